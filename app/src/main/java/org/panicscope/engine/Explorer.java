package org.panicscope.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.panicscope.model.CpuStatus;
import org.panicscope.model.Kernel;
import org.panicscope.model.Machine;
import org.panicscope.model.Config;

/**
 * Exhaustive exploration of every interleaving a scenario leaves free: which CPU steps next, when a pending IPI
 * or NMI lands within its latency bound, and when the panic starts inside the scenario's window. States are
 * settled in order of the number of choices that reach them (Dijkstra with a bucket queue), so the witness kept for
 * each outcome is a shortest one (fewest choices). States are identified by their {@link
 * org.panicscope.model.StateKey} (or its 64-bit fingerprint).
 *
 * <p>Outcomes: terminal verdicts as the run engine detects them (DL at once, OK-*), and livelock (LL) as a
 * reachable strongly connected set of non-terminal states, entered after the panic started, in which every CPU
 * that still runs takes a step (a fair cycle): the panic CPU then never reaches its next milestone. A cycle in
 * which some CPU never steps is the scheduler starving it, not a kernel livelock.
 *
 * <p>Reduction: steps that are local to one CPU ({@link Machine#nextStepIsLocal}) are run at once after each
 * choice instead of being interleaved (a sound partial-order reduction, argued in docs/exploration.md), and a
 * state with a single enabled choice is passed through without being stored (at most {@link #CHAIN} in a row, so
 * that deterministic cycles still close on stored states). Witnesses include every choice, so they replay exactly. Otherwise the result is exact up to the state and time caps; when a
 * cap stops the search the result says so and makes no claim about absent outcomes.
 */
public final class Explorer {

    /**
     * @param timed  honour the time costs (default) or explore pure interleavings
     * @param reduce run CPU-local steps at once (default); off explores every interleaving of every step
     * @param exact  store whole state keys instead of 64-bit fingerprints (slower, more memory, no collisions)
     */
    public record Options(boolean timed, int stateCap, long timeCapMillis, boolean reduce, boolean exact) {
        public Options(boolean timed, int stateCap, long timeCapMillis) { this(timed, stateCap, timeCapMillis, true, false); }
        public static Options defaults() { return new Options(true, 3_000_000, 120_000, true, false); }
        public Options withTimed(boolean t) { return new Options(t, stateCap, timeCapMillis, reduce, exact); }
        public Options withReduce(boolean r) { return new Options(timed, stateCap, timeCapMillis, r, exact); }
        public Options withExact(boolean e) { return new Options(timed, stateCap, timeCapMillis, reduce, e); }
    }

    /** A witness: the shortest schedule (fewest choices) found for an outcome, replayable with {@code run --schedule}. */
    public record Witness(Verdict verdict, String window, String schedule, String reason, int choices) { }

    public record Result(String scenario, String config, boolean timed, long states, long transitions,
                         Map<Verdict, Witness> outcomes, List<Witness> hangs, boolean complete, String stopReason,
                         long millis) {
        public boolean reaches(Verdict v) { return outcomes.containsKey(v); }
    }

    /** Progress reports and cancellation, polled every few thousand states. */
    public interface Progress {
        Progress NONE = new Progress() { };
        default void states(long explored) { }
        default boolean cancelled() { return false; }
    }

    /** Longest run of forced choices taken without storing a state. */
    static final int CHAIN = 256;

    private Explorer() { }

    public static Result explore(KernelSource s, Config config, Options o, Progress progress) {
        return new Search(s, config, o, progress).run();
    }

    /** Which kernel window a hang belongs to, in the design doc's letters, from its cause. */
    public static String window(Outcome out) {
        String c = out.cause();
        if (out.verdict() == Verdict.LL) return "(b) flood livelock";
        if (c.contains("console_waiter")) return "(a) owner halted";
        if (c.contains("console_sem.lock")) return "(d) sem->lock";
        if (c.contains("console_owner_lock")) return "(d2) console_owner_lock";
        if (c.contains("gsmi_lock")) return "(f) gsmi_lock";
        if (c.contains("dump_lock")) return "(e) dump_lock";
        if (c.contains("port_lock")) return "port_lock";
        return c.isEmpty() ? out.verdict().id() : c;
    }

    private static final class Search {
        final KernelSource scenario;
        final Config config;
        final Options o;
        final Progress progress;
        final Visited ids;
        /** Per state: parent, the choices from the parent (a chosen one plus local and forced steps) in {@code chains}. */
        IntList parent = new IntList(), chainAt = new IntList(), flags = new IntList(), dist = new IntList();
        java.util.BitSet expanded = new java.util.BitSet();
        IntList edgeTo = new IntList(), edgeChainAt = new IntList();
        IntList chains = new IntList();
        final Map<Verdict, Witness> outcomes = new EnumMap<>(Verdict.class);
        final Map<String, Witness> hangs = new LinkedHashMap<>();
        long transitions;

        Search(KernelSource s, Config c, Options o, Progress p) {
            this.scenario = s;
            this.config = c;
            this.o = o;
            this.progress = p;
            this.ids = Visited.create(o.exact());
        }

        /** A queued state: settled when popped with its best distance. */
        private record Entry(Run run, int id, int dist) { }

        Result run() {
            long t0 = System.nanoTime();
            Run init = new Run(scenario.newKernel(config), o.timed(), Run.Mode.EXPLORE, false);
            List<ArrayDeque<Entry>> buckets = new ArrayList<>();
            int initChain = chain(init, null);
            add(init, ids.keyOf(init.kernel()), -1, initChain, chains.get(initChain));
            push(buckets, new Entry(init, 0, dist.get(0)));
            String stop = null;
            int at = 0;
            long settled = 0;
            while (true) {
                while (at < buckets.size() && buckets.get(at).isEmpty()) at++;
                if (at >= buckets.size()) break;
                Entry e = buckets.get(at).poll();
                int id = e.id();
                if (e.dist() > dist.get(id) || expanded.get(id)) continue;
                expanded.set(id);
                Run r = e.run();
                if (r.finished()) { record(r.outcome(), id); continue; }
                if ((++settled & 0xfff) == 0) {
                    progress.states(ids.size());
                    if (progress.cancelled()) { stop = "cancelled"; break; }
                    if (System.nanoTime() - t0 > o.timeCapMillis() * 1_000_000L) { stop = "time cap of " + o.timeCapMillis() / 1000 + " s reached"; break; }
                    Runtime rt = Runtime.getRuntime();
                    if (rt.maxMemory() - (rt.totalMemory() - rt.freeMemory()) < 192L << 20) { stop = "memory nearly exhausted"; break; }
                }
                if (ids.size() >= o.stateCap()) { stop = "state cap of " + o.stateCap() + " states reached"; break; }
                edgeFrom(id);
                List<Choice> enabled = r.enabled();
                for (int ci = 0; ci < enabled.size(); ci++) {
                    Choice ch = enabled.get(ci);
                    Run n = ci == enabled.size() - 1 ? r : r.fork(); // the last branch reuses the settled state's run
                    n.apply(ch);
                    int chain = chain(n, ch);
                    int nd = e.dist() + chains.get(chain);
                    transitions++;
                    Object key = ids.keyOf(n.kernel());
                    int to = ids.get(key);
                    if (to < 0) {
                        to = add(n, key, id, chain, nd);
                        push(buckets, new Entry(n, to, nd));
                    } else if (nd < dist.get(to) && !expanded.get(to)) {
                        dist.set(to, nd);
                        parent.set(to, id);
                        chainAt.set(to, chain);
                        push(buckets, new Entry(n, to, nd));
                    }
                    edgeTo.add(to);
                    edgeSrc.add(id);
                    edgeChainAt.add(chain);
                }
            }
            edgeFrom(ids.size());
            boolean complete = stop == null;
            if (complete) findLivelocks();
            List<Witness> hangList = new ArrayList<>(hangs.values());
            return new Result(scenario.id(), config.name(), o.timed(), ids.size(), transitions, outcomes, hangList,
                    complete, complete ? "" : stop + "; outcomes not found may still be reachable", (System.nanoTime() - t0) / 1_000_000);
        }

        /** Edges are stored in order of expansion: [begin(v), end(v)) per state, empty for states never expanded. */
        private final IntList edgeSrc = new IntList(), eBegin = new IntList(), eEnd = new IntList();
        private int expanding = -1;

        private void edgeFrom(int id) {
            if (expanding >= 0) eEnd.set(expanding, edgeTo.size());
            expanding = id < ids.size() ? id : -1;
            if (expanding >= 0) eBegin.set(id, edgeTo.size());
        }

        private int begin(int v) { return eBegin.get(v); }
        private int end(int v) { return eEnd.get(v); }

        private static void push(List<ArrayDeque<Entry>> buckets, Entry e) {
            while (buckets.size() <= e.dist()) buckets.add(new ArrayDeque<>());
            buckets.get(e.dist()).add(e);
        }

        /**
         * Runs the local steps that are due after {@code first} (null: at the start) and stores the whole chain of
         * choices; returns where it starts in {@code chains} (length first, then the codes).
         */
        private int chain(Run n, Choice first) {
            int at = chains.size();
            chains.add(0);
            int len = 0;
            if (first != null) { chains.add(code(first)); len++; }
            boolean more = o.reduce();
            int forced = 0;
            while (more && !n.finished()) {
                more = false;
                Choice next = null;
                for (int i = 0; i < n.kernel().cpuCount(); i++) {
                    if (Machine.nextStepIsLocal(n.kernel(), i) && n.canStep(i)) { next = Choice.step(i); break; }
                }
                if (next == null && forced < CHAIN) {
                    next = n.onlyEnabled();
                    if (next != null) forced++;
                }
                if (next != null) {
                    n.apply(next);
                    chains.add(code(next));
                    len++;
                    more = true;
                }
            }
            chains.set(at, len);
            return at;
        }

        private List<Choice> chainChoices(int at) {
            List<Choice> l = new ArrayList<>();
            for (int i = 0; i < chains.get(at); i++) l.add(decode(chains.get(at + 1 + i)));
            return l;
        }

        private int add(Run n, Object key, int from, int via, int d) {
            int id = ids.size();
            ids.put(key, id);
            parent.add(from);
            chainAt.add(via);
            dist.add(d);
            eBegin.add(0);
            eEnd.add(0);
            Kernel k = n.kernel();
            int mask = 0;
            for (int i = 0; i < k.cpuCount(); i++) if (k.cpu(i).status().runnable()) mask |= 1 << i;
            boolean started = k.panicCpu() != Kernel.INVALID || k.cpu(k.triggerCpu).panicked();
            flags.add(mask | (started ? 1 << 16 : 0) | (n.finished() ? 1 << 17 : 0));
            return id;
        }

        private void record(Outcome out, int id) {
            Witness w = null;
            if (!outcomes.containsKey(out.verdict())) {
                w = witness(out.verdict(), window(out), out.reason(), path(id), List.of());
                outcomes.put(out.verdict(), w);
            }
            if (out.verdict().hang() || out.verdict() == Verdict.ERROR) {
                String win = window(out);
                if (!hangs.containsKey(win)) hangs.put(win, w != null && w.window().equals(win) ? w : witness(out.verdict(), win, out.reason(), path(id), List.of()));
            }
        }

        private Witness witness(Verdict v, String window, String reason, List<Choice> prefix, List<Choice> cycle) {
            Schedule s = Schedule.of(prefix, cycle).withUntimed(!o.timed());
            return new Witness(v, window, s.toString(), reason, prefix.size() + cycle.size());
        }

        private List<Choice> path(int id) {
            List<List<Choice>> parts = new ArrayList<>();
            for (int at = id; at >= 0; at = parent.get(at)) parts.add(chainChoices(chainAt.get(at)));
            List<Choice> l = new ArrayList<>();
            for (int i = parts.size() - 1; i >= 0; i--) l.addAll(parts.get(i));
            return l;
        }

        // ---- livelock: fair strongly connected components (iterative Tarjan) -----------------------------------

        private void findLivelocks() {
            int n = ids.size();
            int[] index = new int[n], low = new int[n], comp = new int[n];
            Arrays.fill(index, -1);
            boolean[] onStack = new boolean[n];
            int[] stack = new int[n];
            int sp = 0, counter = 0, comps = 0;
            int[] callStack = new int[n], edgePos = new int[n];
            for (int root = 0; root < n; root++) {
                if (index[root] >= 0 || terminal(root)) continue;
                int csp = 0;
                callStack[csp] = root;
                edgePos[csp] = begin(root);
                index[root] = low[root] = counter++;
                stack[sp++] = root;
                onStack[root] = true;
                while (csp >= 0) {
                    int v = callStack[csp];
                    int end = end(v);
                    if (edgePos[csp] < end) {
                        int w = edgeTo.get(edgePos[csp]++);
                        if (terminal(w)) continue;
                        if (index[w] < 0) {
                            index[w] = low[w] = counter++;
                            stack[sp++] = w;
                            onStack[w] = true;
                            csp++;
                            callStack[csp] = w;
                            edgePos[csp] = begin(w);
                        } else if (onStack[w]) {
                            low[v] = Math.min(low[v], index[w]);
                        }
                    } else {
                        if (low[v] == index[v]) {
                            int c = comps++;
                            int w;
                            do { w = stack[--sp]; onStack[w] = false; comp[w] = c; } while (w != v);
                        }
                        csp--;
                        if (csp >= 0) low[callStack[csp]] = Math.min(low[callStack[csp]], low[v]);
                    }
                }
            }
            checkFairComponents(n, comp, comps, index);
        }

        private void checkFairComponents(int n, int[] comp, int comps, int[] index) {
            int[] covered = new int[comps], mask = new int[comps], entry = new int[comps];
            boolean[] hasEdge = new boolean[comps];
            Arrays.fill(entry, -1);
            for (int v = 0; v < n; v++) {
                if (index[v] < 0) continue;
                int c = comp[v];
                if (entry[c] < 0) entry[c] = v; // smallest id = shallowest state of the component
                mask[c] = flags.get(v) & 0xffff;
                for (int e = begin(v); e < end(v); e++) {
                    int w = edgeTo.get(e);
                    if (terminal(w) || index[w] < 0 || comp[w] != c) continue;
                    hasEdge[c] = true;
                    for (Choice ch : chainChoices(edgeChainAt.get(e)))
                        if (ch.kind() == Choice.Kind.STEP) covered[c] |= 1 << ch.cpu();
                }
            }
            int best = -1;
            for (int c = 0; c < comps; c++) {
                if (!hasEdge[c] || (flags.get(entry[c]) & (1 << 16)) == 0) continue;
                if ((covered[c] & mask[c]) != mask[c]) continue;
                if (best < 0 || entry[c] < entry[best]) best = c;
            }
            if (best < 0) return;
            List<Choice> cycle = fairCycle(entry[best], best, comp, mask[best], index);
            Run probe = replayTo(path(entry[best]));
            String reason = "a fair cycle of " + cycle.size() + " choices after the panic started: every running CPU steps, "
                    + "and CPU" + Math.max(0, probe.kernel().panicCpu()) + " stays in "
                    + describe(probe) + " forever";
            Witness w = witness(Verdict.LL, "(b) flood livelock", reason, path(entry[best]), cycle);
            outcomes.putIfAbsent(Verdict.LL, w);
            hangs.putIfAbsent(w.window(), w);
        }

        private String describe(Run r) {
            Kernel k = r.kernel();
            var c = k.cpu(Math.max(0, k.panicCpu()));
            String outer = "";
            for (var s : c.stack()) if (s.id().startsWith("PN")) outer = s.id() + " ";
            return outer + "(" + c.pc().id() + " " + c.pc().function() + (c.status() == CpuStatus.SPIN ? ", spinning" : "") + ")";
        }

        private Run replayTo(List<Choice> choices) {
            Run r = new Run(scenario.newKernel(config), o.timed(), Run.Mode.EXPLORE, false);
            for (Choice c : choices) r.apply(c);
            return r;
        }

        /** A cycle through the component from its entry that takes a step of every running CPU. */
        private List<Choice> fairCycle(int entry, int c, int[] comp, int need, int[] index) {
            List<Choice> cycle = new ArrayList<>();
            int at = entry, covered = 0;
            while ((covered & need) != need) {
                final int missing = need & ~covered;
                int[] found = bfs(at, c, comp, index, e -> {
                    for (Choice ch : chainChoices(edgeChainAt.get(e)))
                        if (ch.kind() == Choice.Kind.STEP && (missing & (1 << ch.cpu())) != 0) return true;
                    return false;
                });
                for (int i = 1; i < found.length; i++) {
                    for (Choice ch : chainChoices(edgeChainAt.get(found[i]))) {
                        cycle.add(ch);
                        if (ch.kind() == Choice.Kind.STEP) covered |= 1 << ch.cpu();
                    }
                }
                at = edgeTo.get(found[found.length - 1]);
            }
            final int target = entry;
            if (at != target || cycle.isEmpty()) {
                int[] back = bfs(at, c, comp, index, e -> edgeTo.get(e) == target);
                for (int i = 1; i < back.length; i++) cycle.addAll(chainChoices(edgeChainAt.get(back[i])));
            }
            return cycle;
        }

        /** Shortest edge path inside the component from {@code from} to an edge accepted by {@code goal}; [from, e1..ek]. */
        private int[] bfs(int from, int c, int[] comp, int[] index, java.util.function.IntPredicate goal) {
            Map<Integer, Integer> via = new HashMap<>();
            ArrayDeque<Integer> q = new ArrayDeque<>();
            q.add(from);
            via.put(from, -1);
            while (!q.isEmpty()) {
                int v = q.poll();
                for (int e = begin(v); e < end(v); e++) {
                    int w = edgeTo.get(e);
                    if (terminal(w) || index[w] < 0 || comp[w] != c) continue;
                    if (goal.test(e)) {
                        List<Integer> edges = new ArrayList<>();
                        edges.add(e);
                        for (int x = v; via.get(x) >= 0; ) { int pe = via.get(x); edges.add(pe); x = edgeSrc.get(pe); }
                        java.util.Collections.reverse(edges);
                        int[] out = new int[edges.size() + 1];
                        out[0] = from;
                        for (int i = 0; i < edges.size(); i++) out[i + 1] = edges.get(i);
                        return out;
                    }
                    if (!via.containsKey(w)) { via.put(w, e); q.add(w); }
                }
            }
            throw new IllegalStateException("component is not strongly connected");
        }

        private boolean terminal(int id) { return (flags.get(id) & (1 << 17)) != 0; }
    }

    static int code(Choice c) { return c.kind().ordinal() * 16 + c.cpu(); }
    static Choice decode(int code) { return new Choice(Choice.Kind.values()[code / 16], code % 16); }

    /** A growable int array. */
    static final class IntList {
        private int[] a = new int[1024];
        private int n;
        void add(int v) { if (n == a.length) a = Arrays.copyOf(a, n * 2); a[n++] = v; }
        void set(int i, int v) { a[i] = v; }
        int get(int i) { return a[i]; }
        int size() { return n; }
    }
}

package org.panicscope.engine;

import org.panicscope.model.Config;
import org.panicscope.model.Kernel;
import org.panicscope.model.Machine;
import org.panicscope.model.Snapshot;

/**
 * One exploration: the queue and the reductions. States are settled in order of distance ({@link Frontier}), each
 * expanded by loading its snapshot into one reused run and applying each enabled choice in turn; after a choice,
 * CPU-local steps and forced choices run at once ({@link #chain}: the partial-order reduction of
 * docs/exploration.md). A successor is identified by its state key ({@link Visited}); a new one is stored in the
 * {@link StateGraph} and queued as a snapshot.
 */
final class Search {
    final KernelSource source;
    final Config config;
    final Explorer.Options o;
    private final Explorer.Progress progress;
    final Visited ids;
    final StateGraph g = new StateGraph();
    final Witnesses witnesses;
    private final Frontier queue = new Frontier();
    private final Run work;
    private final Snapshot.Out out = new Snapshot.Out();
    private int[] buf = new int[64];
    long transitions;

    Search(KernelSource s, Config c, Explorer.Options o, Explorer.Progress p) {
        this.source = s;
        this.config = c;
        this.o = o;
        this.progress = p;
        this.ids = Visited.create(o.exact());
        this.work = newRun();
        this.witnesses = new Witnesses(this);
    }

    Run newRun() { return new Run(source.newKernel(config), o.timed(), Run.Mode.EXPLORE, false); }

    Explorer.Result run() {
        long t0 = System.nanoTime();
        int initChain = chain(work, null);
        int root = add(work, ids.keyOf(work.kernel(), o.timed()), -1, initChain, g.chains.length(initChain));
        queue.push(root, g.dist(root), payload(work));
        String stop = null;
        long settled = 0;
        while (queue.pop()) {
            int id = queue.id, d = queue.dist;
            if (d > g.dist(id) || g.expanded(id)) continue;
            g.expand(id);
            if (queue.payload instanceof Outcome done) { witnesses.terminal(done, id); continue; }
            if ((++settled & 0xfff) == 0 && (stop = checkCaps(t0)) != null) break;
            if (ids.size() >= o.stateCap()) { stop = "state cap of " + o.stateCap() + " states reached"; break; }
            expand(id, d, (byte[]) queue.payload);
        }
        g.close();
        boolean complete = stop == null;
        if (complete) new FairCycles(this).find();
        long bytes = ids.bytes() + g.bytes() + queue.peakBytes();
        return new Explorer.Result(source.id(), config.name(), o.timed(), ids.size(), transitions, witnesses.outcomes(),
                witnesses.hangs(), complete, complete ? "" : stop + "; outcomes not found may still be reachable",
                (System.nanoTime() - t0) / 1_000_000, bytes);
    }

    private String checkCaps(long t0) {
        progress.states(ids.size());
        if (progress.cancelled()) return "cancelled";
        if (System.nanoTime() - t0 > o.timeCapMillis() * 1_000_000L) return "time cap of " + o.timeCapMillis() / 1000 + " s reached";
        return Budget.Heap.RUNTIME.exhausted(); // the same guard as every run's (engine.Budget)
    }

    /** Every enabled choice of the state saved in {@code saved}, in {@link Run#enabled()} order. */
    private void expand(int id, int d, byte[] saved) {
        work.load(saved);
        java.util.List<Choice> enabled = work.enabled();
        for (int ci = 0; ci < enabled.size(); ci++) {
            if (ci > 0) work.load(saved);
            Choice ch = enabled.get(ci);
            work.apply(ch);
            int chain = chain(work, ch);
            int nd = d + g.chains.length(chain);
            transitions++;
            Object key = ids.keyOf(work.kernel(), o.timed());
            int to = ids.get(key);
            if (to < 0) {
                to = add(work, key, id, chain, nd);
                queue.push(to, nd, payload(work));
            } else if (nd < g.dist(to) && !g.expanded(to)) {
                g.relax(to, id, chain, nd);
                queue.push(to, nd, payload(work));
            }
            g.edge(id, to, chain);
        }
    }

    private Object payload(Run r) { return r.finished() ? r.outcome() : Snapshot.save(r.kernel(), out); }

    /**
     * Runs the local steps that are due after {@code first} (null: at the start) and forced choices (at most
     * {@link Explorer#CHAIN} in a row, so that deterministic cycles still close on stored states); returns the
     * whole chain of choices as a reference into the chain pool.
     */
    private int chain(Run n, Choice first) {
        int len = 0;
        if (first != null) buf[len++] = ChainPool.code(first);
        boolean more = o.reduce();
        int forced = 0;
        while (more && !n.finished()) {
            more = false;
            Choice next = null;
            for (int i = 0; i < n.kernel().cpuCount(); i++) {
                if (Machine.nextStepIsLocal(n.kernel(), i) && n.canStep(i)) { next = Choice.step(i); break; }
            }
            if (next == null && forced < Explorer.CHAIN) {
                next = n.onlyEnabled();
                if (next != null) forced++;
            }
            if (next != null) {
                n.apply(next);
                if (len == buf.length) buf = java.util.Arrays.copyOf(buf, len * 2);
                buf[len++] = ChainPool.code(next);
                more = true;
            }
        }
        return g.chains.intern(buf, len);
    }

    private int add(Run n, Object key, int from, int via, int d) {
        int id = ids.size();
        ids.put(key, id);
        Kernel k = n.kernel();
        int mask = 0;
        for (int i = 0; i < k.cpuCount(); i++) if (k.cpu(i).status().runnable()) mask |= 1 << i;
        boolean started = k.panicCpu() != Kernel.INVALID || k.cpu(k.triggerCpu).panicked();
        g.add(from, via, d, mask | (started ? StateGraph.STARTED : 0) | (n.finished() ? StateGraph.TERMINAL : 0));
        return id;
    }
}

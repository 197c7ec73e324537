package org.panicscope.engine;

import org.panicscope.model.Config;
import org.panicscope.model.Kernel;
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
    private final Progress progress;
    /** States already reported to the progress sink. */
    private long reported;
    final Visited ids;
    final StateGraph g = new StateGraph();
    final Witnesses witnesses;
    private final Frontier queue = new Frontier();
    private final Run work;
    /** The state being expanded, kept to put {@link #work} back between its choices. */
    private final Kernel base;
    private final Snapshot.Out out = new Snapshot.Out();
    private int[] buf = new int[64];
    long transitions;

    Search(KernelSource s, Config c, Explorer.Options o, Progress p) {
        this.source = s;
        this.config = c;
        this.o = o;
        this.progress = p;
        this.ids = Visited.create(o.exact());
        this.work = newRun().withoutHistory();
        this.base = work.kernel().copy(); // of the same params object (an untimed source makes new ones per kernel)
        this.witnesses = new Witnesses(this);
    }

    Run newRun() { return new Run(source.newKernel(config), o.timed(), Run.Mode.EXPLORE, false); }

    Explorer.Result run() {
        long t0 = System.nanoTime();
        int initChain = chain(work, null);
        if (ids.find(work.kernel(), o.timed()) >= 0) throw new IllegalStateException("the table is not empty");
        int root = add(work, -1, initChain, g.chains.length(initChain));
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
        progress.advanced(ids.size() - reported, null);
        reported = ids.size();
        if (progress.cancelled()) return "cancelled";
        if (System.nanoTime() - t0 > o.timeCapMillis() * 1_000_000L) return "time cap of " + o.timeCapMillis() / 1000 + " s reached";
        return Budget.Heap.RUNTIME.exhausted(); // the same guard as every run's (engine.Budget)
    }

    /**
     * Every enabled choice of the state saved in {@code saved}, in {@link Run#enabled()} order. The snapshot is
     * decoded once; between two choices the working kernel is put back from a copy ({@link Kernel#restore}).
     */
    private void expand(int id, int d, byte[] saved) {
        work.load(saved);
        java.util.List<Choice> enabled = work.enabled();
        if (enabled.size() > 1) base.restore(work.kernel());
        for (int ci = 0; ci < enabled.size(); ci++) {
            if (ci > 0) work.restore(base);
            Choice ch = enabled.get(ci);
            work.applyEnabled(ch);
            int chain = chain(work, ch);
            int nd = d + g.chains.length(chain);
            transitions++;
            int to = ids.find(work.kernel(), o.timed());
            if (to < 0) {
                to = add(work, id, chain, nd);
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
            Choice next = n.chainNext(forced < Explorer.CHAIN);
            if (n.chainForced) forced++;
            if (next != null) {
                n.applyEnabled(next);
                if (len == buf.length) buf = java.util.Arrays.copyOf(buf, len * 2);
                buf[len++] = ChainPool.code(next);
                more = true;
            }
        }
        return g.chains.intern(buf, len);
    }

    /** Stores the state just looked up in {@link #ids} (and not found there). */
    private int add(Run n, int from, int via, int d) {
        int id = ids.size();
        ids.addFound(id);
        Kernel k = n.kernel();
        int mask = 0;
        for (int i = 0; i < k.cpuCount(); i++) if (k.cpu(i).status().runnable()) mask |= 1 << i;
        boolean started = k.panicCpu() != Kernel.INVALID || k.cpu(k.triggerCpu).panicked();
        g.add(from, via, d, mask | (started ? StateGraph.STARTED : 0) | (n.finished() ? StateGraph.TERMINAL : 0));
        return id;
    }
}

package org.panicscope.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.panicscope.model.Config;
import org.panicscope.model.Kernel;
import org.panicscope.model.Snapshot;
import org.panicscope.model.StateKey;

/**
 * One exploration: the queue and the reductions. States are settled in order of distance ({@link Frontier}), each
 * expanded by loading its snapshot into a reused run and applying each enabled choice in turn; after a choice,
 * CPU-local steps and forced choices run at once ({@link Expander#chain}: the partial-order reduction of
 * docs/exploration.md). A successor is identified by its state key ({@link Visited}); a new one is stored in the
 * {@link StateGraph} and queued as a snapshot.
 *
 * <p><b>Threads.</b> States are taken from the queue in batches of one distance ({@link #batch} at most), and each
 * batch in two passes. The first computes every successor of every state of the batch, on all the search's threads
 * at once ({@link Explorer.Options#threads}): its chain, its key, a look-up in the table of visited states, and the
 * snapshot of one the table did not know. The second pass, on the search thread alone, records them state by state
 * in the order they were queued, exactly as one thread expanding them in that order would: the ids, distances,
 * parents, edges and the queue come out the same whatever the thread count and however the threads ran, and so do
 * the result and its witnesses (ExplorerThreadsTest). Everything the second pass decides comes from the table and
 * the graph as they are at that moment; the first pass's look-up only saves work. A state the first pass found is
 * found for good (ids never change); one it did not find is looked up again, since an earlier successor may have
 * added it since.
 *
 * <p>While the search thread records a batch, the other threads already compute the next one, when it is of the
 * same distance or the next: recording a batch of distance d queues states of distance d + 1 or more, behind those
 * already queued, so the next batch is the same whenever it is taken, and recording cannot change a state of it (a
 * state's distance or expansion depends only on states nearer than it). The first pass reads the table of visited states, which {@link Visited} lets other
 * threads read while the search thread writes it, and the distance of a state it found there, to decide whether
 * to take a snapshot ({@link Expander#expand}).
 */
final class Search {
    /** The most states of one distance expanded together. */
    static final int BATCH = 512;

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
    /** The states stored lately, for the second pass ({@link #record}); fingerprints only (the exact table is a map). */
    private final Recent recent = new Recent();
    /** One per thread; the search thread's is the first. */
    private final Expander[] expanders;
    /**
     * States per batch: {@link #BATCH}, or one on a single thread, where nothing runs meanwhile and a state's
     * successors are best recorded while the table's slots they looked up are still in the cache.
     */
    private final int batch;
    long transitions;
    /**
     * Stored states below which batches are of one state, as on one thread, by default
     * ({@link Explorer.Options#parallelFrom}): a small exploration (the bundled
     * kmsg-panic under FINAL, 59,545 states) took about 1.1 times as long on two threads as on one, its distances
     * too narrow for batches to pay for handing states to another thread (docs/performance.md, "Fifth round").
     * The result does not depend on the batch size (the class comment), so changing it during a search is safe.
     */
    static final int PARALLEL_FROM = 1 << 16;

    /** The most states the next batch takes: {@link #batch}, or one while the search is small. */
    private int batchNow() { return ids.size() < o.parallelFrom() ? 1 : batch; }

    Search(KernelSource s, Config c, Explorer.Options o, Progress p) {
        this.source = s;
        this.config = c;
        this.o = o;
        this.progress = p;
        this.ids = Visited.create(o.exact());
        this.expanders = new Expander[Math.max(1, o.threads())];
        for (int i = 0; i < expanders.length; i++) expanders[i] = new Expander();
        this.batch = expanders.length == 1 ? 1 : BATCH;
        this.witnesses = new Witnesses(this);
    }

    Run newRun() { return new Run(source.newKernel(config), o.timed(), Run.Mode.EXPLORE, false); }

    Explorer.Result run() {
        long t0 = System.nanoTime();
        ExecutorService helpers = expanders.length == 1 ? null : Executors.newFixedThreadPool(expanders.length - 1, r -> {
            Thread t = new Thread(r, "explore-helper");
            t.setDaemon(true);
            return t;
        });
        Batch cur = new Batch(), next = new Batch();
        String stop = null;
        try {
            root();
            long settled = 0;
            if (queue.pop(cur.popped, batchNow()) > 0) cur.expand(helpers);
            batches:
            while (cur.popped.n > 0) {
                int d = cur.popped.dist;
                // the next batch, expanded meanwhile, when recording this one cannot queue anything nearer: it is of
                // this distance or the next (a successor is at least one further, and is queued behind it). This
                // batch's first pass is over, so its snapshots may be refilled from here on (Frontier.pop)
                boolean early = queue.hasMore(d) || queue.hasMore(d + 1);
                if (early && queue.pop(next.popped, batchNow()) > 0) next.start(helpers);
                recent.forgetBelow(cur.seenFrom); // neither this batch nor the next needs what its first pass saw
                for (int i = 0; i < cur.popped.n; i++) {
                    int id = cur.popped.ids[i];
                    if (stale(id, d)) continue;
                    g.expand(id);
                    if (cur.popped.outcomes[i] != null) { witnesses.terminal(cur.popped.outcomes[i], id); continue; }
                    if ((++settled & 0xfff) == 0 && (stop = checkCaps(t0)) != null) break batches;
                    if (ids.size() >= o.stateCap()) { stop = "state cap of " + o.stateCap() + " states reached"; break batches; }
                    record(cur, i, d);
                }
                if (early) next.finish();
                else if (queue.pop(next.popped, batchNow()) > 0) next.expand(helpers);
                Batch t = cur;
                cur = next;
                next = t;
            }
        } finally {
            next.cancel();
            if (helpers != null) helpers.shutdownNow();
        }
        g.close();
        long bytes = ids.bytes() + g.bytes() + queue.peakBytes();
        int states = ids.size();
        if (stop == null) stop = livelocks(states);
        boolean complete = stop == null;
        return new Explorer.Result(source.id(), config.name(), o.timed(), states, transitions, witnesses.outcomes(),
                witnesses.hangs(), complete, complete ? "" : stop + "; outcomes not found may still be reachable",
                (System.nanoTime() - t0) / 1_000_000, bytes);
    }

    /**
     * The livelock analysis of a complete search ({@link FairCycles}), with the table of states and the queue let go
     * first: it needs the graph and two ints a state. Returns null, or, when the heap cannot take the analysis, why
     * the search counts as incomplete (its outcomes stand; a livelock is then neither found nor ruled out) instead
     * of ending the process with an OutOfMemoryError.
     */
    private String livelocks(int states) {
        ids.release();
        queue.release();
        try {
            new FairCycles(this).find();
            return null;
        } catch (OutOfMemoryError e) { // the analysis's own arrays, let go as it unwinds
            return "the heap is too small for the livelock analysis of " + states + " states; " + Budget.heapHint();
        }
    }

    /** The initial state, after the local steps and forced choices due at the start; stored and queued. */
    private void root() {
        Expander x = expanders[0];
        int len = x.chain(null);
        ids.key(x.work.kernel(), o.timed(), x.key);
        if (ids.get(x.key.fingerprint, x.key.exact) >= 0) throw new IllegalStateException("the table is not empty");
        Successors s = new Successors();
        s.add(x, len, -1, true);
        queue(add(s, 0, -1, g.chains.intern(x.buf, 0, len), len), len, s, 0);
    }

    /** A queued entry made obsolete by a shorter path (queued again nearer), or a state already expanded. */
    private boolean stale(int id, int d) { return d > g.dist(id) || g.expanded(id); }

    private String checkCaps(long t0) {
        progress.advanced(ids.size() - reported, null);
        reported = ids.size();
        if (progress.cancelled()) return "cancelled";
        if (System.nanoTime() - t0 > o.timeCapMillis() * 1_000_000L) return "time cap of " + o.timeCapMillis() / 1000 + " s reached";
        return Budget.Heap.RUNTIME.exhausted(); // the same guard as every run's (engine.Budget)
    }

    /**
     * States taken from the queue together and their successors from the first pass. Its states are handed to the
     * threads one at a time from a shared counter; each state's successors have their own slot, each thread its own
     * expander, so nothing one thread writes is read by another before {@link #finish} returns.
     */
    private final class Batch {
        final Frontier.Popped popped = new Frontier.Popped(batch);
        final Successors[] successors = new Successors[batch];
        /** The number of states stored when this batch's first pass started: it found every state numbered below. */
        int seenFrom;
        private final AtomicInteger nextState = new AtomicInteger();
        private final List<Future<?>> running = new ArrayList<>();

        Batch() { for (int i = 0; i < batch; i++) successors[i] = new Successors(); }

        /** The first pass on every thread, the search thread's included; returns when it is done. */
        void expand(ExecutorService helpers) {
            start(helpers);
            finish();
        }

        /** Starts the first pass on the helper threads (none: nothing yet). */
        void start(ExecutorService helpers) {
            seenFrom = ids.size();
            nextState.set(0);
            if (helpers == null || popped.n < 2 * expanders.length) return;
            for (int t = 1; t < expanders.length; t++) {
                Expander x = expanders[t];
                running.add(helpers.submit(() -> expandSome(x)));
            }
        }

        /** Takes part in the first pass on the search thread until no state is left, then waits for the helpers. */
        void finish() {
            expandSome(expanders[0]);
            try {
                for (Future<?> f : running) f.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                if (e.getCause() instanceof Error r) throw r;
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } finally {
                running.clear();
            }
        }

        /** Stops handing out states and waits for the helpers' current ones (the search stops). */
        void cancel() {
            nextState.set(Integer.MAX_VALUE / 2);
            for (Future<?> f : running) {
                try {
                    f.get();
                } catch (ExecutionException | java.util.concurrent.CancellationException e) {
                    // the search is stopping; its own error, if any, is already on its way
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            running.clear();
        }

        private void expandSome(Expander x) {
            for (int i; (i = nextState.getAndIncrement()) < popped.n; ) {
                successors[i].clear();
                if (popped.outcomes[i] == null) x.expand(popped.snapshots[i], popped.offsets[i], popped.lengths[i], popped.dist, successors[i]);
            }
        }
    }

    /** The second pass, on the search thread: stores, relaxes and queues the successors of the batch's state {@code i}. */
    private void record(Batch b, int i, int d) {
        int id = b.popped.ids[i];
        Successors s = b.successors[i];
        for (int j = 0; j < s.n; j++) {
            int len = s.len[j], nd = d + len;
            int chain = g.chains.intern(s.codes, s.off[j], len, s.hash[j]);
            transitions++;
            int to = s.found[j] >= 0 ? s.found[j] : lookAgain(s.fingerprint[j], s.exact[j]);
            if (to < 0) {
                to = add(s, j, id, chain, nd);
                queue(to, nd, s, j);
            } else if (nd < g.dist(to) && !g.expanded(to)) {
                g.relax(to, id, chain, nd);
                queue(to, nd, s, j);
            }
            g.edge(id, to, chain);
        }
    }

    /**
     * The second look-up of a successor the first pass did not find: it may have been stored since, by this pass or
     * by the previous batch's, as a state numbered at least its batch's {@link Batch#seenFrom} (the first pass saw
     * every state stored before it started: a helper thread's look-ups begin after it was handed the batch). Those
     * are the {@link Recent} ones, a table small enough to stay in the cache, where the table of all states has
     * long been left by the time a successor is recorded (about a fifth of the second pass's time went to this
     * look-up before, docs/performance.md).
     */
    private int lookAgain(long f, StateKey e) {
        return o.exact() || f == 0 ? ids.get(f, e) : recent.get(f);
    }

    /** Queues successor {@code j} of {@code s} as state {@code id}, by the outcome or snapshot the first pass took. */
    private void queue(int id, int d, Successors s, int j) {
        if (s.outcomes[j] != null) queue.push(id, d, s.outcomes[j]);
        else if (s.snapLen[j] > 0) queue.push(id, d, s.snaps, s.snapOff[j], s.snapLen[j]);
        else throw new IllegalStateException("the first pass took no snapshot of a successor to queue");
    }

    /**
     * Stores successor {@code j} of {@code s}, new to the table, reached from {@code from} by chain {@code via}: in
     * the graph first, then in the table, so that a thread that finds it in the table can read its distance.
     */
    private int add(Successors s, int j, int from, int via, int d) {
        int id = ids.size();
        g.add(from, via, d, s.flags[j]);
        ids.put(s.fingerprint[j], s.exact[j], id);
        if (!o.exact()) recent.put(s.fingerprint[j], id);
        return id;
    }

    /** One thread's working run and buffers. */
    private final class Expander {
        final Run work = newRun().withoutHistory();
        /** The state being expanded, kept to put {@link #work} back between its choices. */
        final Kernel base = work.kernel().copy(); // of the same params object (an untimed source makes new ones per kernel)
        final Snapshot.Out out = new Snapshot.Out();
        final Visited.Key key = new Visited.Key();
        final List<Choice> choices = new ArrayList<>(8);
        int[] buf = new int[64];

        /**
         * Every enabled choice of the state saved in {@code saved}, in {@link Run#enabled()} order, each with its
         * chain, key and look-up. The snapshot is decoded once; between two choices the working kernel is put back
         * from a copy ({@link Kernel#restore}). A successor's snapshot is taken when it may be queued: the table did
         * not know it, or knew it further than {@code d} plus its chain (a distance read while the search thread may
         * lower it, so at least the distance it will have when recorded: the test errs on the side of a snapshot).
         */
        void expand(byte[] saved, int at, int size, int d, Successors s) {
            work.load(saved, at, size);
            List<Choice> enabled = work.enabled(choices);
            if (enabled.size() > 1) base.restore(work.kernel());
            for (int ci = 0; ci < enabled.size(); ci++) {
                if (ci > 0) work.restore(base);
                Choice ch = enabled.get(ci);
                work.applyEnabled(ch);
                int len = chain(ch);
                ids.key(work.kernel(), o.timed(), key);
                int to = ids.get(key.fingerprint, key.exact);
                s.add(this, len, to, to < 0 || d + len < g.distShared(to));
            }
        }

        /**
         * Runs the local steps that are due after {@code first} (null: at the start) and forced choices (at most
         * {@link Explorer#CHAIN} in a row, so that deterministic cycles still close on stored states); the whole
         * chain of choices is left in {@link #buf}, its length returned.
         */
        int chain(Choice first) {
            Run n = work;
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
                    if (len == buf.length) buf = Arrays.copyOf(buf, len * 2);
                    buf[len++] = ChainPool.code(next);
                    more = true;
                }
            }
            return len;
        }

        /** The graph's flags for the state now ({@link StateGraph}). */
        int flags() {
            Kernel k = work.kernel();
            int mask = 0;
            for (int i = 0; i < k.cpuCount(); i++) if (k.cpu(i).status().runnable()) mask |= 1 << i;
            boolean started = k.panicCpu() != Kernel.INVALID || k.cpu(k.triggerCpu).panicked();
            return mask | (started ? StateGraph.STARTED : 0) | (work.finished() ? StateGraph.TERMINAL : 0);
        }
    }

    /**
     * The successors of one state from the first pass, one column per field: chain (as {@code len} codes from
     * {@code off} in {@code codes}, and their {@link ChainPool#hash}), key, the id the table gave (-1: not known
     * then), the flags of a state not known, and what to queue: its outcome, or its snapshot ({@code snapLen}
     * bytes from {@code snapOff} in {@code snaps}; 0: not taken). Reused from batch to batch.
     */
    private static final class Successors {
        int n;
        int[] codes = new int[256];
        private int used;
        byte[] snaps = new byte[1024];
        private int snapUsed;
        int[] off = new int[8], len = new int[8], hash = new int[8], found = new int[8], flags = new int[8];
        int[] snapOff = new int[8], snapLen = new int[8];
        long[] fingerprint = new long[8];
        StateKey[] exact = new StateKey[8];
        Outcome[] outcomes = new Outcome[8];

        void clear() {
            Arrays.fill(outcomes, 0, n, null);
            Arrays.fill(exact, 0, n, null);
            n = 0;
            used = 0;
            snapUsed = 0;
        }

        /**
         * The successor in {@code x}'s run now, reached by the {@code chainLen} choices in its buffer; {@code found}:
         * the table's id for it, or -1; {@code queued}: it may be queued, so its outcome or snapshot is taken.
         */
        void add(Expander x, int chainLen, int found, boolean queued) {
            if (n == off.length) grow();
            if (used + chainLen > codes.length) codes = Arrays.copyOf(codes, Math.max(codes.length * 2, used + chainLen));
            System.arraycopy(x.buf, 0, codes, used, chainLen);
            off[n] = used;
            len[n] = chainLen;
            hash[n] = ChainPool.hash(codes, used, chainLen);
            used += chainLen;
            fingerprint[n] = x.key.fingerprint;
            exact[n] = x.key.exact;
            this.found[n] = found;
            snapLen[n] = 0;
            flags[n] = found < 0 ? x.flags() : 0;
            if (queued) take(n, x);
            n++;
        }

        /** Takes what queues successor {@code j}, which is in {@code x}'s run now: its outcome or its snapshot. */
        void take(int j, Expander x) {
            if (x.work.finished()) { outcomes[j] = x.work.outcome(); return; }
            Snapshot.Out o = Snapshot.saveInto(x.work.kernel(), x.out);
            int m = o.length();
            if (snapUsed + m > snaps.length) snaps = Arrays.copyOf(snaps, Math.max(snaps.length * 2, snapUsed + m));
            o.copyTo(snaps, snapUsed);
            snapOff[j] = snapUsed;
            snapLen[j] = m;
            snapUsed += m;
        }

        private void grow() {
            int m = off.length * 2;
            off = Arrays.copyOf(off, m);
            len = Arrays.copyOf(len, m);
            hash = Arrays.copyOf(hash, m);
            found = Arrays.copyOf(found, m);
            flags = Arrays.copyOf(flags, m);
            snapOff = Arrays.copyOf(snapOff, m);
            snapLen = Arrays.copyOf(snapLen, m);
            fingerprint = Arrays.copyOf(fingerprint, m);
            exact = Arrays.copyOf(exact, m);
            outcomes = Arrays.copyOf(outcomes, m);
        }
    }

    /**
     * Fingerprints of the states stored since a given id, with their ids: an open-addressing table (0: an empty slot;
     * the fingerprint 0 is left to the table of all states) that forgets, when it has grown, the states below the
     * oldest batch still to be recorded. On the search thread alone.
     */
    static final class Recent {
        private long[] fps = new long[1 << 12];
        private int[] ids = new int[1 << 12];
        /** The arrays the table is rebuilt into when it forgets, of its size (no garbage: it forgets every few batches). */
        private long[] spareFps = new long[1 << 12];
        private int[] spareIds = new int[1 << 12];
        private int size;

        int get(long f) {
            int mask = fps.length - 1;
            for (int i = index(f) & mask; ; i = (i + 1) & mask) {
                long at = fps[i];
                if (at == f) return ids[i];
                if (at == 0) return -1;
            }
        }

        void put(long f, int id) {
            if (f == 0) return;
            if (size + 1 > fps.length >> 1) rebuild(fps.length * 2, 0);
            insert(fps, ids, f, id);
            size++;
        }

        /** Drops the states numbered below {@code from} once the table is a quarter full. */
        void forgetBelow(int from) {
            if (size > fps.length >> 2) rebuild(fps.length, from);
        }

        /**
         * Moves the states numbered {@code from} or more into a table of {@code capacity} slots: the spare arrays when
         * they are of that size, and the old arrays become the spare ones.
         */
        private void rebuild(int capacity, int from) {
            long[] f = spareFps.length == capacity ? spareFps : new long[capacity];
            int[] d = spareIds.length == capacity ? spareIds : new int[capacity];
            Arrays.fill(f, 0);
            int kept = 0;
            for (int i = 0; i < fps.length; i++) {
                if (fps[i] != 0 && ids[i] >= from) { insert(f, d, fps[i], ids[i]); kept++; }
            }
            spareFps = fps;
            spareIds = ids;
            fps = f;
            ids = d;
            size = kept;
        }

        private static int index(long f) { return (int) (f ^ (f >>> 32)) * 0x9E3779B9; }

        private static void insert(long[] f, int[] d, long fp, int id) {
            int mask = f.length - 1, i = index(fp) & mask;
            while (f[i] != 0) i = (i + 1) & mask;
            f[i] = fp;
            d[i] = id;
        }
    }
}

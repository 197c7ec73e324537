package org.panicscope.engine;

import java.util.List;
import java.util.Map;
import org.panicscope.model.Config;

/**
 * Exhaustive exploration of every interleaving a scenario leaves free: which CPU steps next, when a pending IPI
 * or NMI lands within its latency bound, and when the panic starts inside the scenario's window. States are
 * settled in order of the number of choices that reach them (Dijkstra with a bucket queue), so the witness kept for
 * each outcome is a shortest one (fewest choices). States are identified by their {@link
 * org.panicscope.model.StateKey} (or its 64-bit fingerprint).
 *
 * <p>The work is split by concern: {@link Search} (the queue and the reductions), {@link StateGraph} and
 * {@link ChainPool} (what is kept of each state and edge), {@link FairCycles} (strongly connected components and
 * fair cycles) and {@link Witnesses} (the schedules that replay each outcome).
 *
 * <p>Outcomes: terminal verdicts as the run engine detects them (DL at once, OK-*), and livelock (LL) as a
 * reachable strongly connected set of non-terminal states, entered after the panic started, in which every CPU
 * that still runs takes a step (a fair cycle): the panic CPU then never reaches its next milestone. A cycle in
 * which some CPU never steps is the scheduler starving it, not a kernel livelock.
 *
 * <p>Reduction: steps that are local to one CPU ({@link org.panicscope.model.Machine#nextStepIsLocal}) are run at once after each
 * choice instead of being interleaved (a sound partial-order reduction, argued in docs/exploration.md), and a
 * state with a single enabled choice is passed through without being stored (at most {@link #CHAIN} in a row, so
 * that deterministic cycles still close on stored states). Witnesses include every choice, so they replay exactly. Otherwise the result is exact up to the state and time caps; when a
 * cap stops the search the result says so and makes no claim about absent outcomes.
 */
public final class Explorer {

    /**
     * @param timed   honour the time costs (default) or explore pure interleavings
     * @param reduce  run CPU-local steps at once (default); off explores every interleaving of every step
     * @param exact   store whole state keys instead of 64-bit fingerprints (slower, more memory, no collisions)
     * @param threads threads that compute successors together ({@link Search}); the result is the same for any
     *                count. One unless asked: the app and the matrix already run several explorations at once
     * @param parallelFrom stored states from which those threads share the work ({@link Search#PARALLEL_FROM} unless
     *                asked); below, the search expands one state at a time, as on one thread. The result is the
     *                same for any value
     */
    public record Options(boolean timed, int stateCap, long timeCapMillis, boolean reduce, boolean exact, int threads,
                          int parallelFrom) {
        public Options {
            if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, not " + threads);
            if (parallelFrom < 0) throw new IllegalArgumentException("parallelFrom must not be negative, not " + parallelFrom);
        }
        public Options(boolean timed, int stateCap, long timeCapMillis, boolean reduce, boolean exact, int threads) {
            this(timed, stateCap, timeCapMillis, reduce, exact, threads, Search.PARALLEL_FROM);
        }
        public Options(boolean timed, int stateCap, long timeCapMillis) { this(timed, stateCap, timeCapMillis, true, false); }
        public Options(boolean timed, int stateCap, long timeCapMillis, boolean reduce, boolean exact) {
            this(timed, stateCap, timeCapMillis, reduce, exact, 1);
        }
        public static Options defaults() { return new Options(true, 3_000_000, 120_000, true, false); }
        public Options withTimed(boolean t) { return new Options(t, stateCap, timeCapMillis, reduce, exact, threads, parallelFrom); }
        public Options withReduce(boolean r) { return new Options(timed, stateCap, timeCapMillis, r, exact, threads, parallelFrom); }
        public Options withExact(boolean e) { return new Options(timed, stateCap, timeCapMillis, reduce, e, threads, parallelFrom); }
        public Options withThreads(int n) { return new Options(timed, stateCap, timeCapMillis, reduce, exact, n, parallelFrom); }
        public Options withParallelFrom(int states) { return new Options(timed, stateCap, timeCapMillis, reduce, exact, threads, states); }
    }

    /** A witness: the shortest schedule (fewest choices) found for an outcome, replayable with {@code run --schedule}. */
    public record Witness(Verdict verdict, String window, String schedule, String reason, int choices) { }

    /**
     * @param bytes what the search held at its end: the visited-state table, the state graph and the chain pool,
     *              plus the most its queue held at once (an estimate from array sizes, without object headers)
     */
    public record Result(String scenario, String config, boolean timed, long states, long transitions,
                         Map<Verdict, Witness> outcomes, List<Witness> hangs, boolean complete, String stopReason,
                         long millis, long bytes) {
        public boolean reaches(Verdict v) { return outcomes.containsKey(v); }
        /** Bytes per stored state (see {@code bytes}). */
        public double bytesPerState() { return states == 0 ? 0 : (double) bytes / states; }
    }

    /** Longest run of forced choices taken without storing a state. */
    static final int CHAIN = 256;

    private Explorer() { }

    public static Result explore(KernelSource s, Config config, Options o, Progress progress) {
        return new Search(s, config, o, progress).run();
    }

    /** Which kernel window a hang belongs to, in the design doc's letters ({@link Outcome#window()}). */
    public static String window(Outcome out) { return out.window(); }
}

package org.panicscope.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.panicscope.model.Config;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.Scenarios;

/**
 * A search on several threads ({@link Explorer.Options#threads}) records its states in the order one thread would
 * (Search's class comment), so its result is the same: the same states and transitions, the same outcomes with the
 * same witnesses, the same hangs, and, when a cap stops it, the same stop at the same state. Only the time and the
 * queue's peak size (which depends on how many states are taken from it at once) may differ.
 */
class ExplorerThreadsTest {

    /** Everything a result says but its time and its byte estimate. */
    private static String summary(Explorer.Result r) {
        return r.scenario() + " " + r.config() + " timed=" + r.timed() + " states=" + r.states() + " transitions="
                + r.transitions() + " complete=" + r.complete() + " stop=" + r.stopReason() + "\n" + r.outcomes() + "\n"
                + r.hangs();
    }

    /**
     * The result on one thread and on each of {@code threads}, there sharing the work from the first state
     * ({@link Explorer.Options#parallelFrom} 0: the bundled scenarios are smaller than the default threshold).
     */
    private static void sameOnThreads(KernelSource s, Config c, Explorer.Options o, int... threads) {
        String one = summary(Explorer.explore(s, c, o, Progress.NONE));
        for (int t : threads) {
            assertEquals(one, summary(Explorer.explore(s, c, o.withThreads(t).withParallelFrom(0), Progress.NONE)),
                    s.id() + " " + c.name() + " on " + t + " threads");
        }
    }

    @Test
    void theSearchMayStartOnOneStateAtATimeAndShareTheWorkFromAnyPointOn() {
        KernelSource s = Scenarios.bundled("kmsg-panic");
        Config c = Config.parse("FINAL");
        String one = summary(Explorer.explore(s, c, Explorer.Options.defaults(), Progress.NONE));
        for (int from : new int[] {1, 511, 20_000, Search.PARALLEL_FROM}) {
            assertEquals(one, summary(Explorer.explore(s, c, Explorer.Options.defaults().withThreads(2).withParallelFrom(from), Progress.NONE)),
                    "sharing from " + from + " states");
        }
        assertThrows(IllegalArgumentException.class, () -> Explorer.Options.defaults().withParallelFrom(-1));
    }

    @Test
    void everyBundledScenarioGivesTheSameResultOnOneTwoAndThreeThreads() {
        Explorer.Options o = Explorer.Options.defaults();
        int cells = 0;
        for (Scenario s : Scenarios.all()) for (String cfg : List.of("BASE", "FINAL", "NBCON", "FINAL+FX-TRYLOCK")) {
            sameOnThreads(s, Config.parse(cfg), o, 2, 3);
            cells++;
        }
        assertEquals(56, cells);
    }

    @Test
    void aCapStopsTheSearchAtTheSameStateOnAnyThreadCount() {
        // caps that fall inside a batch of 512 states (and the stop itself is checked per state, in queue order)
        for (int cap : new int[] {1, 700, 5_003}) {
            Explorer.Options o = new Explorer.Options(true, cap, 600_000);
            sameOnThreads(Scenarios.bundled("kmsg-panic"), Config.parse("VP"), o, 2, 3);
            Explorer.Result r = Explorer.explore(Scenarios.bundled("kmsg-panic"), Config.parse("VP"), o.withThreads(2).withParallelFrom(0), Progress.NONE);
            assertFalse(r.complete());
            assertTrue(r.stopReason().startsWith("state cap of " + cap), r.stopReason());
        }
    }

    @Test
    void untimedAndExactSearchesToo() {
        Explorer.Options untimed = new Explorer.Options(false, 50_000, 600_000);
        for (String id : List.of("flood-livelock", "waiter-halted", "halted-holding-sem"))
            for (String cfg : List.of("BASE", "FINAL")) sameOnThreads(Scenarios.bundled(id), Config.parse(cfg), untimed, 2);
        Explorer.Options exact = Explorer.Options.defaults().withExact(true);
        for (String id : List.of("kmsg-panic", "owner-halted")) sameOnThreads(Scenarios.bundled(id), Config.parse("FINAL"), exact, 2);
    }

    @Test
    void aLivelockIsFoundAsOnOneThread() {
        Explorer.Result r = Explorer.explore(Scenarios.bundled("flood-livelock"), Config.parse("VP"),
                Explorer.Options.defaults().withThreads(2).withParallelFrom(0), Progress.NONE);
        assertTrue(r.complete());
        assertTrue(r.reaches(Verdict.LL), r.outcomes().toString());
        sameOnThreads(Scenarios.bundled("flood-livelock"), Config.parse("VP"), Explorer.Options.defaults(), 2, 4);
    }

    @Test
    void threadsMustBeAtLeastOne() {
        assertThrows(IllegalArgumentException.class, () -> Explorer.Options.defaults().withThreads(0));
    }

    @Test
    void aMatrixSharesItsThreadsAmongFewerExplorations() {
        Explorer.Options o = Explorer.Options.defaults();
        assertEquals(4, MatrixRunner.share(o, 4, 1).threads());
        assertEquals(2, MatrixRunner.share(o, 4, 2).threads());
        assertEquals(1, MatrixRunner.share(o, 4, 3).threads());
        assertEquals(1, MatrixRunner.share(o, 2, 238).threads());
        assertEquals(1, MatrixRunner.share(o, 1, 1).threads());
    }
}

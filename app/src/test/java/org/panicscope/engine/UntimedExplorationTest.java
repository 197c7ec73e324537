package org.panicscope.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.panicscope.model.Config;

/**
 * Untimed exploration ends (its state key saturates the clocks) and reports livelocks as fair cycles. The point of
 * the timing note (docs/model-notes.md §4): without a timing assumption even FINAL livelocks, because a writer
 * that is never faster than the console never overflows the buffer, so patch 3 never fires.
 */
class UntimedExplorationTest {

    @Test
    void floodLivelockUnderFinalIsALivelockWithoutTiming() {
        KernelSource src = UntimedAbstractionTest.small("flood-livelock");
        Config c = Config.parse("FINAL");
        Explorer.Result r = Explorer.explore(src, c, new Explorer.Options(false, 3_000_000, 900_000), Progress.NONE);
        assertTrue(r.complete(), r.stopReason());
        assertTrue(r.reaches(Verdict.LL), "untimed FINAL: " + r.outcomes().keySet());
        Explorer.Witness w = r.outcomes().get(Verdict.LL);
        assertTrue(w.schedule().startsWith("untimed:") && w.schedule().contains("("), w.schedule());
        Run run = Scheduler.drive(new Run(src.newKernel(c), false, Run.Mode.REPLAY, false), new ReplayScheduler(Schedule.parse(w.schedule()), true));
        assertEquals(Verdict.LL, run.outcome().verdict(), w.schedule() + ": " + run.outcome().reason());
        assertTrue(run.outcome().reason().contains("state repeats"), run.outcome().reason());
    }

    @Test
    void theBundledFloodLivelockUnderFinalCompletesUntimedWithALivelock() {
        // issue 12's test of done: `explore flood-livelock --config FINAL --untimed` at the bundled sizes completes
        // (3,131,744 states with the untimed reductions of docs/exploration.md, 11,848,565 before them) and reports LL
        // with a fair-cycle witness that replays: CPU0 stays in PN5's console_unlock() while CPU1 keeps writing
        var s = org.panicscope.scenario.Scenarios.bundled("flood-livelock");
        Config c = Config.parse("FINAL");
        Explorer.Result r = Explorer.explore(s, c, new Explorer.Options(false, 6_000_000, 900_000), Progress.NONE);
        assertTrue(r.complete(), r.stopReason());
        assertEquals(java.util.Set.of(Verdict.DL, Verdict.LL, Verdict.OK_K), r.outcomes().keySet());
        Explorer.Witness w = r.outcomes().get(Verdict.LL);
        assertTrue(w.schedule().contains("(") && w.window().startsWith("(b)"), w.schedule() + " " + w.window());
        Run run = s.replay(c, Schedule.parse(w.schedule()), false, false);
        assertEquals(Verdict.LL, run.outcome().verdict(), run.outcome().reason());
        assertTrue(run.outcome().reason().contains("state repeats every 486 choices"), run.outcome().reason());
    }

    @Test
    void theDoubleReleaseOfDesignDocInvariantOneNeedsACpuTheStopDidNotHalt() {
        // found by `explore halted-holding-sem --config BASE --untimed --state-cap 15000000`: CPU1 holds console_sem
        // and is starved through the whole wait of the stop; the final flush unlocks it anyway, then CPU1's up() too
        String witness = "untimed: p0 0*3 1*46 0*693 1*7";
        Run run = org.panicscope.scenario.Scenarios.bundled("halted-holding-sem").replay(Config.parse("BASE"), Schedule.parse(witness), false, false);
        assertEquals(Verdict.ERROR, run.outcome().verdict(), run.outcome().reason());
        assertTrue(run.outcome().reason().contains("console_sem.count = 2: released twice") && run.outcome().reason().contains("still running: CPU1"),
                run.outcome().reason());
    }
}

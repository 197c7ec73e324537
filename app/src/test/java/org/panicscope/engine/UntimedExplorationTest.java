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
    void theBundledFloodLivelockWitnessUnderFinalReplays() {
        // found by `explore flood-livelock --config FINAL --untimed` at the bundled sizes (11,848,565 states, complete;
        // too slow for the unit suite): the prefix reaches PN5's console_unlock(), the cycle repeats the state
        String witness = "untimed: 0*10 p0 0*18 1*153 0*7 1*16 (0 1*3 0*262 1*4 0*4 1*16 0*12 1*184)*";
        Run run = org.panicscope.scenario.Scenarios.bundled("flood-livelock").replay(Config.parse("FINAL"), Schedule.parse(witness), false, false);
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

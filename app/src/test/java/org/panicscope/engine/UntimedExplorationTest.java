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
        Explorer.Result r = Explorer.explore(src, c, new Explorer.Options(false, 3_000_000, 900_000), Explorer.Progress.NONE);
        assertTrue(r.complete(), r.stopReason());
        assertTrue(r.reaches(Verdict.LL), "untimed FINAL: " + r.outcomes().keySet());
        Explorer.Witness w = r.outcomes().get(Verdict.LL);
        assertTrue(w.schedule().startsWith("untimed:") && w.schedule().contains("("), w.schedule());
        Run run = Scheduler.drive(new Run(src.newKernel(c), false, Run.Mode.REPLAY, false), new ReplayScheduler(Schedule.parse(w.schedule()), true));
        assertEquals(Verdict.LL, run.outcome().verdict(), w.schedule() + ": " + run.outcome().reason());
        assertTrue(run.outcome().reason().contains("state repeats"), run.outcome().reason());
    }
}

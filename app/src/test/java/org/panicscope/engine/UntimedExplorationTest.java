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
        // (2,878,942 states with the untimed reductions and the key relative to next_seq - C of docs/exploration.md;
        // 3,131,744 before that key, 11,848,565 before the reductions) and reports LL with a fair-cycle witness that
        // replays: CPU0 stays in PN5's console_unlock() while CPU1 keeps writing
        var s = org.panicscope.scenario.Scenarios.bundled("flood-livelock");
        Config c = Config.parse("FINAL");
        Explorer.Result r = Explorer.explore(s, c, new Explorer.Options(false, 6_000_000, 900_000), Progress.NONE);
        assertTrue(r.complete(), r.stopReason());
        assertEquals(java.util.Set.of(Verdict.DL, Verdict.LL, Verdict.OK_K), r.outcomes().keySet());
        Explorer.Witness w = r.outcomes().get(Verdict.LL);
        assertTrue(w.schedule().contains("(") && w.window().startsWith("(b)"), w.schedule() + " " + w.window());
        Run run = s.replay(c, Schedule.parse(w.schedule()), false, false);
        assertEquals(Verdict.LL, run.outcome().verdict(), run.outcome().reason());
        assertTrue(run.outcome().reason().contains("state repeats every 70 choices"), run.outcome().reason());

        // the cycle closes before the buffer has filled (its key leaves the record count out): taken 40 times over,
        // as plain choices, it fills the buffer, panic() stays unfinished, and once full the state repeats with the key
        // relative to the real first_seq as well (the two keys agree on a full buffer, RingBufferFillUntimedTest)
        String text = w.schedule(), body = text.substring(text.indexOf('(') + 1, text.indexOf(")*"));
        StringBuilder unrolled = new StringBuilder(text.substring(0, text.indexOf('(')));
        for (int i = 0; i < 40; i++) unrolled.append(' ').append(body);
        Run plain = replayAlone(s, c, unrolled.toString());
        assertTrue(!plain.finished(), plain.finished() ? plain.outcome().reason() : "");
        var rb = plain.kernel().ringBuffer();
        assertTrue(rb.nextSeq() - rb.firstSeq() == rb.capacity() && rb.firstSeq() > 0, rb.firstSeq() + ".." + rb.nextSeq());
        org.panicscope.model.StateKey last = plain.kernel().key(false);
        Run again = replayAlone(s, c, unrolled + " " + body);
        assertEquals(last, again.kernel().key(false));
        assertTrue(again.kernel().ringBuffer().firstSeq() > rb.firstSeq(), "the writer stores records in every pass");
        var stack = java.util.Arrays.asList(again.kernel().cpu(0).stack());
        assertTrue(stack.contains(org.panicscope.model.Step.PN5), "CPU0 in " + stack);
    }

    /** The run of exactly the choices of {@code schedule}, without the default policy after them. */
    private static Run replayAlone(KernelSource s, Config c, String schedule) {
        return Scheduler.drive(new Run(s.newKernel(c), false, Run.Mode.REPLAY, false), new ReplayScheduler(Schedule.parse(schedule), false));
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

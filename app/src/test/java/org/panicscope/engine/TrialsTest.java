package org.panicscope.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.panicscope.model.Config;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.Scenarios;

class TrialsTest {
    final Scenario harness = Scenarios.bundled("kmsg-panic");

    @Test
    void theSameSeedGivesTheSameResultWhateverTheThreadCount() {
        Trials.Result one = Trials.run(harness, Config.parse("BASE"), 300, 7, 1, 10, Progress.NONE);
        Trials.Result two = Trials.run(harness, Config.parse("BASE"), 300, 7, 2, 10, Progress.NONE);
        Trials.Result five = Trials.run(harness, Config.parse("BASE"), 300, 7, 5, 10, Progress.NONE);
        assertEquals(one.outcomes(), two.outcomes());
        assertEquals(one.outcomes(), five.outcomes());
        assertEquals(one.causes(), five.causes());
        assertEquals(one.firstHangs(), two.firstHangs());
    }

    @Test
    void baseHangsOftenAndEveryListedHangReplays() {
        Trials.Result r = Trials.run(harness, Config.parse("BASE"), 400, 1, 2, 5, Progress.NONE);
        assertTrue(r.hangRate() > 0.3, "BASE should hang often, got " + r.hangRate());
        assertTrue(r.causes().keySet().stream().anyMatch(k -> k.startsWith("(a)")), r.causes().toString());
        for (Trials.Hang h : r.firstHangs()) {
            Run replay = harness.replay(Config.parse("BASE"), Schedule.parse(h.schedule()), false, false);
            assertEquals(h.verdict(), replay.outcome().verdict(), "trial " + h.trial());
            Run again = Trials.trial(harness, Config.parse("BASE"), h.seed(), false);
            assertEquals(h.schedule(), again.schedule().toString(), "the trial's own seed reproduces it");
        }
    }

    @Test
    void petrsVariantLivelocksSometimesAndFinalNeverHangsThroughAOrB() {
        Trials.Result vp = Trials.run(harness, Config.parse("VP"), 600, 1, 2, 2, Progress.NONE);
        assertTrue(vp.outcomes().getOrDefault(Verdict.LL, 0) > 0, "VP: " + vp.outcomes());
        Trials.Result fin = Trials.run(harness, Config.parse("FINAL"), 1000, 1, 2, 5, Progress.NONE);
        for (String cause : fin.causes().keySet()) assertTrue(cause.startsWith("(d)"), "FINAL hung through " + cause);
        assertEquals(0, fin.outcomes().getOrDefault(Verdict.LL, 0));
    }

    @Test
    void wilsonIntervalMatchesKnownValues() {
        double[] ci = Trials.wilson(776, 1484);
        assertEquals(0.4975, ci[0], 1e-3);
        assertEquals(0.5483, ci[1], 1e-3);
        double[] zero = Trials.wilson(0, 1238);
        assertEquals(0.0, zero[0], 1e-12);
        assertEquals(0.0031, zero[1], 1e-4);
        assertArrayEquals(new double[] {0, 1}, Trials.wilson(0, 0));
    }
}

package org.panicscope.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.panicscope.engine.Explorer;
import org.panicscope.model.Config;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.Scenarios;

/** Parameter sweeps: the grammar, the grid, and the done-when sweep of issue 12 on sem-lock-window. */
class SweepTest {

    @Test
    void parsesRangesSingleValuesAndSeveralAxes() {
        List<Axis> a = Axis.parseAll("K_dump=0..5, P=2,kdumpLoaded=0..1");
        assertEquals(List.of(new Axis("K_dump", 0, 5), new Axis("P", 2, 2), new Axis("kdumpLoaded", 0, 1)), a);
        assertEquals(12, Sweep.grid(a).size());
        assertEquals(Map.of("K_dump", 0, "P", 2, "kdumpLoaded", 0), Sweep.grid(a).getFirst());
        assertEquals(Map.of("K_dump", 5, "P", 2, "kdumpLoaded", 1), Sweep.grid(a).getLast());
    }

    @Test
    void badInputNamesTheValueAndWhatIsValid() {
        String unknown = assertThrows(IllegalArgumentException.class, () -> Axis.parseAll("K_dmp=0..5")).getMessage();
        assertTrue(unknown.contains("'K_dmp'") && unknown.contains("K_dump") && unknown.contains("writers"), unknown);
        String backwards = assertThrows(IllegalArgumentException.class, () -> Axis.parseAll("K_dump=5..0")).getMessage();
        assertTrue(backwards.contains("K_dump=5..0"), backwards);
        String outside = assertThrows(IllegalArgumentException.class, () -> Axis.parseAll("K_dump=0..99")).getMessage();
        assertTrue(outside.contains("0..50"), outside);
        String word = assertThrows(IllegalArgumentException.class, () -> Axis.parseAll("W=a..b")).getMessage();
        assertTrue(word.contains("W=a..b"), word);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Axis.parseAll("K_dump")).getMessage().contains("NAME=LO..HI"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Axis.parseAll("P=1,P=2")).getMessage().contains("twice"));
        String big = assertThrows(IllegalArgumentException.class, () -> Sweep.grid(Axis.parseAll("C=2..64,W=1..100"))).getMessage();
        assertTrue(big.contains("6300 points"), big);
        for (String line : List.of(unknown, backwards, outside, word, big)) assertFalse(line.contains("\n"), line);
    }

    @Test
    void aPointSetsTheParametersAndTheWriterCount() {
        Scenario s = Scenarios.bundled("kmsg-panic");
        List<Axis> axes = Axis.parseAll("K_dump=0,kdumpLoaded=0,writers=1");
        Scenario p = Sweep.at(s, axes, Sweep.grid(axes).getFirst());
        assertEquals(0, p.params().K_dump);
        assertFalse(p.params().kdumpLoaded);
        assertEquals(1, Writers.count(p));
        assertEquals(s.cpus().size() - Writers.count(s) + 1, p.cpus().size());
        assertTrue(p.cpus().stream().anyMatch(Scenario.CpuSpec::panics), "the panic CPU stays");
    }

    /**
     * Issue 12's done-when: under VP, window (d) is reachable at K_dump 0 and stops at a larger K_dump, so the
     * timed matrix's "(d) not under VP" holds only from there on (docs/model-notes.md §3).
     */
    @Test
    void semLockWindowUnderPetrsVariantFlipsWithKDump() {
        SweepResult r = Sweep.run(Scenarios.bundled("sem-lock-window"), Config.parse("VP"), Axis.parseAll("K_dump=0..5"),
                Explorer.Options.defaults(), 2, Sweep.Listener.NONE);
        assertTrue(r.complete());
        SweepResult.OutcomeSweep d = r.outcome("DL(d)");
        assertEquals(SweepResult.Reach.SOME, d.reach());
        assertEquals("reachable at some points (2 of 6): K_dump=0..1; not at K_dump=2..5", SweepText.reach(d));
        assertEquals(1, d.flips().size());
        assertEquals("K_dump 1 -> 2: reachable -> not", d.flips().getFirst().text());
        assertFalse(d.robust());
        assertEquals(Map.of("K_dump", 0), d.witnessAt().values());
        // OK-K is robust over the grid; the sweep's summaries cover every point
        SweepResult.OutcomeSweep ok = r.outcome("OK-K");
        assertTrue(ok.robust());
        assertEquals(SweepResult.Reach.ALL, ok.reach());
        assertEquals(SweepResult.Reach.NONE, r.outcome("DL(a)").reach());
    }

    @Test
    void flipsOnTwoAxesNameTheOtherAxisValue() {
        SweepResult r = Sweep.run(Scenarios.bundled("sem-lock-window"), Config.parse("VP"), Axis.parseAll("K_dump=1..2,K_notif=2"),
                Explorer.Options.defaults(), 2, Sweep.Listener.NONE);
        List<SweepResult.Flip> f = r.outcome("DL(d)").flips();
        assertEquals(1, f.size());
        assertEquals("K_dump 1 -> 2 (at K_notif=2): reachable -> not", f.getFirst().text());
    }
}

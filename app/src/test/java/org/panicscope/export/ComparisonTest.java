package org.panicscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.panicscope.cli.Cli;
import org.panicscope.engine.Choice;
import org.panicscope.engine.Verdict;
import org.panicscope.model.Config;
import org.panicscope.model.Step;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.Scenarios;
import org.panicscope.recording.Comparison;
import org.panicscope.recording.Entry;
import org.panicscope.recording.Tape;

class ComparisonTest {

    private static Comparison compare(String id, String a, String b) {
        Scenario s = Scenarios.bundled(id);
        Config ca = Config.parse(a), cb = Config.parse(b);
        return Comparison.of(s, ca, cb, s.scheduleFor(ca), s.scheduleFor(cb), true);
    }

    @Test
    void ownerHaltedBaseVsFinalDivergesWhereCpu0StopsSpinningAtCts2() {
        Comparison c = compare("owner-halted", "BASE", "FINAL");
        Comparison.Divergence d = c.divergence();
        assertNotNull(d);
        assertEquals(Comparison.Kind.STEP, d.kind());
        assertEquals(0, d.cpu(), "the panic CPU is the one that goes different ways");
        assertEquals(Step.CTS3, d.a().step(), "BASE goes on into the optimistic spin");
        assertEquals(Step.CTS2, d.b().step(), "FINAL has patch 2's CTS2 check");
        assertEquals(Step.CTS8, d.a().path().getLast());
        assertTrue(d.a().outcome().startsWith("spins at CTS8 on console_waiter"), d.a().outcome());
        assertTrue(d.b().outcome().startsWith("returns to VE4"), d.b().outcome());
        assertTrue(d.switchNote().contains("P2"), d.switchNote());
        assertTrue(d.context().contains("console_trylock_spinning") && d.context().contains("after CTS1"), d.context());
        // the entries just before the divergence are the same step in both runs: the walk did not skip past it
        Entry beforeA = c.a().entries().get(d.a().index() - 2), beforeB = c.b().entries().get(d.b().index() - 2);
        assertEquals(Step.CTS1, beforeA.step());
        assertEquals(Step.CTS1, beforeB.step());
        assertEquals(beforeA.t0(), beforeB.t0());
        // FINAL's P3 check (VE2) runs before the panic and changes nothing: stepped over, not a divergence
        assertTrue(c.noOpB().stream().allMatch(e -> e.step() == Step.VE2 && e.changes().isEmpty()));
        assertTrue(c.noOpA().isEmpty());
        assertEquals(Verdict.DL, c.a().outcome().verdict());
        assertEquals(Verdict.OK_K, c.b().outcome().verdict());
    }

    @Test
    void configurationsThatTakeTheSameStepsDoNotDiverge() {
        Comparison c = compare("owner-halted", "P12", "P123");
        assertNull(c.divergence());
        assertEquals(c.a().outcome().verdict(), c.b().outcome().verdict());
    }

    @Test
    void theSameStepWithADifferentEffectIsAnEffectDivergence() {
        Comparison c = compare("sem-lock-window", "FINAL", "FINAL+FX-TRYLOCK");
        Comparison.Divergence d = c.divergence();
        assertEquals(Comparison.Kind.EFFECT, d.kind());
        assertEquals(Step.DT1, d.a().step());
        assertEquals(Step.DT1, d.b().step());
        assertTrue(d.a().outcome().contains("which is halted"), d.a().outcome());
        assertEquals(Verdict.DL, c.a().outcome().verdict());
        assertEquals(Verdict.OK_K, c.b().outcome().verdict());
    }

    @Test
    void aChoiceEnabledInOneRunOnlyIsExplainedByTheEngine() {
        // the same literal schedule: CPU1 steps once more under FINAL (VE2), so the NMI token finds it elsewhere
        Scenario s = Scenarios.bundled("owner-halted");
        Tape a = Tape.replay(s, Config.parse("BASE"), org.panicscope.engine.Schedule.parse("p0 0*3"), true);
        Tape b = Tape.replay(s, Config.parse("BASE"), org.panicscope.engine.Schedule.parse("0 p0 0*3"), true);
        Comparison c = Comparison.of(a, b);
        assertEquals(Comparison.Kind.CHOICE, c.divergence().kind());
        assertTrue(c.divergence().headline().contains("enters panic()"), c.divergence().headline());
        assertEquals(Choice.panic(0), a.entries().getFirst().choice());
    }

    @Test
    void compareCommandNamesTheDivergingStepAndBothVerdicts() {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int rc = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), "compare", "owner-halted", "--config", "BASE", "--config", "FINAL");
        assertEquals(0, rc, err.toString());
        String text = out.toString();
        List<String> lines = text.lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("first divergence:") && l.contains("CPU0")), text);
        assertTrue(lines.stream().anyMatch(l -> l.contains("BASE") && l.contains("CTS8") && l.contains("spins")), text);
        assertTrue(lines.stream().anyMatch(l -> l.contains("FINAL") && l.contains("CTS2") && l.contains("returns to VE4")), text);
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\s+BASE\\s*: DL .*")), text);
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\s+FINAL\\s*: OK-K .*")), text);
        assertTrue(text.contains("share: panicscope:owner-halted?config=BASE&vs=FINAL"), text);
    }

    @Test
    void compareWantsExactlyTwoConfigurations() {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int rc = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), "compare", "owner-halted", "--config", "BASE");
        assertEquals(2, rc);
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().contains("2 configurations"), err.toString());
    }
}

package org.panicscope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.panicscope.engine.Choice;
import org.panicscope.engine.Run;
import org.panicscope.engine.TraceEvent;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.Scenarios;

/**
 * Each switch changes only the steps it changes (design doc §5, STYLE rule 4): replaying the same choices with and
 * without the switch gives the same trace until the first step the switch owns.
 */
class SwitchIsolationTest {

    /** The steps each switch may change: those the doc tags with it, plus the untagged steps it acts in. */
    static final Map<Switch, Set<Step>> OWNS = Map.ofEntries(
            Map.entry(Switch.P2, EnumSet.of(Step.CTS1, Step.CTS2)),
            Map.entry(Switch.VP, EnumSet.of(Step.CTS1, Step.CTS2)),
            Map.entry(Switch.VS, EnumSet.of(Step.CTS1, Step.CTS2)),
            Map.entry(Switch.P3, EnumSet.of(Step.VE1, Step.VE2, Step.CU4)),
            Map.entry(Switch.P4, EnumSet.of(Step.CU12, Step.CU12a, Step.CU15)),
            Map.entry(Switch.V0, EnumSet.of(Step.PN8, Step.PN8b)),
            Map.entry(Switch.K23, EnumSet.of(Step.CTS1, Step.CU15, Step.FP1, Step.FP4, Step.CT0)),
            Map.entry(Switch.K24, EnumSet.of(Step.VE1, Step.VE2, Step.CU4, Step.CU7, Step.SE0, Step.CU9, Step.SD0)),
            Map.entry(Switch.FX_SEMINIT, EnumSet.of(Step.PN13, Step.FP0)),
            Map.entry(Switch.FX_ZAP, EnumSet.of(Step.PN8)),
            Map.entry(Switch.FX_SAFE, EnumSet.of(Step.PN4, Step.PN13)),
            Map.entry(Switch.FX_TRYLOCK, EnumSet.of(Step.DT1)),
            Map.entry(Switch.KD_AFTER_STOP, EnumSet.of(Step.PN8, Step.PN9)),
            Map.entry(Switch.GSMI_TRYLOCK, EnumSet.of(Step.PN9, Step.GP)),
            Map.entry(Switch.KEXEC_ATOMIC, EnumSet.of(Step.KX1)),
            // NBCON: ST1 counts lost records against the slowest console; the printk flush decision, the panic steps
            // that call into nbcon, the writer's emergency section, and every step of its own
            Map.entry(Switch.NBCON, nbconSteps()));

    private static Set<Step> nbconSteps() {
        Set<Step> s = EnumSet.of(Step.ST1, Step.ST2, Step.PN8, Step.PN8b, Step.PN12, Step.PN13, Step.PN15, Step.WR1, Step.WR2);
        for (Step st : Step.values()) if ("NBCON".equals(st.patch())) s.add(st);
        return s;
    }

    @Test
    void everySwitchIsCovered() {
        assertEquals(EnumSet.allOf(Switch.class), EnumSet.copyOf(OWNS.keySet()));
    }

    static Stream<Arguments> pairs() {
        List<Arguments> l = new ArrayList<>();
        for (Switch s : Switch.values())
            for (Scenario sc : Scenarios.all()) l.add(Arguments.of(s, sc.id()));
        return l.stream();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("pairs")
    void traceIsUnchangedUntilTheFirstStepTheSwitchOwns(Switch sw, String id) {
        Scenario sc = Scenarios.bundled(id);
        Config base = Config.parse("BASE");
        Set<Switch> on = EnumSet.copyOf(base.switches());
        Set<Switch> off = EnumSet.copyOf(base.switches());
        on.add(sw);
        off.remove(sw);
        Run without = sc.replay(new Config("off", off), sc.schedule(), false, true);
        Run with = sc.newRun(new Config("on", on), true, false, true);
        for (Choice c : without.history()) {
            if (!with.isEnabled(c)) break;
            with.apply(c);
            if (with.finished()) break;
        }
        List<TraceEvent> a = without.trace(), b = with.trace();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (OWNS.get(sw).contains(Step.byId(b.get(i).step())) || OWNS.get(sw).contains(Step.byId(a.get(i).step()))) return;
            assertEquals(a.get(i).line(), b.get(i).line(), sw.id() + " changed step " + (i + 1) + " of " + id + ", which it does not own");
        }
    }

    @Test
    void taggedStepsRunOnlyWithTheirSwitch() {
        Scenario sc = Scenarios.bundled("flood-livelock");
        Run base = sc.replay(Config.parse("BASE"), sc.schedule(), false, true);
        for (TraceEvent e : base.trace()) {
            Step s = Step.byId(e.step());
            if (s == null) continue; // NMI / IPI / trigger entries
            assertFalse(Set.of(Step.CTS2, Step.VE2, Step.CU12a, Step.PN8b, Step.CT0, Step.SE0, Step.SD0, Step.FP0, Step.NV1, Step.PN8c, Step.PN16, Step.NB1).contains(s),
                    "BASE ran " + s + ", a step only a patch adds");
        }
        Run fin = sc.replay(Config.parse("FINAL"), sc.schedule(), false, true);
        assertTrue(fin.trace().stream().anyMatch(e -> e.step().equals("CTS2")), "FINAL never checks panic_cpu in CTS2");
        assertTrue(fin.trace().stream().anyMatch(e -> e.step().equals("VE2")), "FINAL never runs patch 3's VE2");
    }
}

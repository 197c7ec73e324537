package org.panicscope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.panicscope.engine.Choice;
import org.panicscope.engine.Run;
import org.panicscope.engine.TraceEvent;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.Scenarios;

/**
 * Each switch changes only the steps it names (design doc §5, STYLE rule 4), checked at every step of whole runs:
 * the forcing schedule of every bundled scenario is replayed under a configuration with and without the switch,
 * and before each choice the state is copied under the other configuration and given the same choice. The two
 * states that result must be equal (same {@link Kernel#key()}, same step) unless the step is one the switch owns.
 * So a switch that leaked into another step is caught wherever in the run that step comes, not only up to the first
 * step the switch owns.
 *
 * <p>A state reached with a switch can be impossible without it (K24 leaves a stale console_owner behind, which
 * invariant §9.2 forbids elsewhere): where the copy already breaks an invariant of its own configuration, that
 * choice is not compared (counted; only K24 may do this).
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
            // DT1' and UP2' (the model's id for the trylock in up())
            Map.entry(Switch.FX_TRYLOCK_UP, EnumSet.of(Step.DT1, Step.UP2)),
            // CT0 itself, and the three callers of console_trylock() that now enter at CT0
            Map.entry(Switch.K23_TRYLOCK, EnumSet.of(Step.CT0, Step.CTS1, Step.CU15, Step.FP1)),
            // UP1 goes on to UP3 without the lock, UP4 releases nothing
            Map.entry(Switch.UP_ATOMIC, EnumSet.of(Step.UP1, Step.UP4)),
            Map.entry(Switch.KD_AFTER_STOP, EnumSet.of(Step.PN8, Step.PN9)),
            Map.entry(Switch.GSMI_TRYLOCK, EnumSet.of(Step.PN9, Step.GP)),
            Map.entry(Switch.KEXEC_ATOMIC, EnumSet.of(Step.KX1)),
            // the two callers of kmsg_dump(KMSG_DUMP_PANIC) (PN10 below the stop, PN8 before it without
            // KD-AFTER-STOP) enter pstore's panic path KD0 instead of the abstract dumper's KD1
            Map.entry(Switch.PSTORE_TRYLOCK, EnumSet.of(Step.PN8, Step.PN10, Step.KD0)),
            // NBCON: ST1 counts lost records against the slowest console; the printk flush decision, the panic steps
            // that call into nbcon, the writer's emergency section, and every step of its own
            Map.entry(Switch.NBCON, nbconSteps()));

    private static Set<Step> nbconSteps() {
        Set<Step> s = EnumSet.of(Step.ST1, Step.ST2, Step.PN8, Step.PN8b, Step.PN12, Step.PN13, Step.PN15, Step.WR1, Step.WR2);
        for (Step st : Step.values()) if (st.patches().contains(Switch.NBCON)) s.add(st);
        return s;
    }

    /**
     * The steps each of the three switches added for issue 12 was seen to change on the bundled scenarios: exactly
     * the steps it names, less CT0, which only K23-TRYLOCK's callers reach and whose code does not test the switch,
     * and CU15, console_unlock()'s retry, which no forcing run reaches with records pending. PSTORE-TRYLOCK (issue
     * 16) likewise: its caller PN10, less PN8 and its own KD0.
     */
    static final Map<Switch, Set<Step>> SEEN_EXACTLY = Map.of(
            // PN10 only: PN8 is not reached (every base configuration here dumps below the stop, KD-AFTER-STOP), and
            // KD0, where the runs differ from then on, does not test the switch (as CT0 for K23-TRYLOCK)
            Switch.PSTORE_TRYLOCK, EnumSet.of(Step.PN10),
            Switch.FX_TRYLOCK_UP, EnumSet.of(Step.DT1, Step.UP2),
            Switch.K23_TRYLOCK, EnumSet.of(Step.CTS1, Step.FP1),
            Switch.UP_ATOMIC, EnumSet.of(Step.UP1, Step.UP4));

    /** The configurations the switches are toggled on: before the series, the series, and the 2023 state. */
    static final List<String> BASES = List.of("BASE", "FINAL", "K23");

    static final Map<Switch, Set<Step>> seen = new EnumMap<>(Switch.class);
    static final List<String> violations = new java.util.ArrayList<>();
    static int compared;
    static int skipped;
    static final Map<Switch, Integer> skippedBy = new EnumMap<>(Switch.class);
    static final Map<Switch, Integer> comparedBy = new EnumMap<>(Switch.class);

    @BeforeAll
    static void compareEveryStepOfEveryForcingRun() {
        for (Switch sw : Switch.values()) {
            seen.put(sw, EnumSet.noneOf(Step.class));
            for (Scenario sc : scenarios()) {
                for (String base : BASES) {
                    Set<Switch> on = EnumSet.copyOf(Config.parse(base).switches());
                    Set<Switch> off = EnumSet.copyOf(on);
                    on.add(sw);
                    off.remove(sw);
                    Config with = new Config(base + "+" + sw.id(), on), without = new Config(base + "-" + sw.id(), off);
                    compareAlong(sc, with, without, sw);
                    compareAlong(sc, without, with, sw);
                }
            }
        }
    }

    /**
     * The bundled scenarios, and sem-lock-window without a kdump kernel: there the panic CPU reaches the up() of its
     * final flush while the halted CPU1 holds sem->lock (the design doc's caveat to FX-TRYLOCK), the one place
     * FX-TRYLOCK-UP's UP2' acts.
     */
    static List<Scenario> scenarios() {
        List<Scenario> l = new java.util.ArrayList<>(Scenarios.all());
        l.add(Scenarios.bundled("sem-lock-window").withParam("kdumpLoaded", false));
        return l;
    }

    /** Drives the forcing run under {@code drive}; at each choice, the same choice from the same state under {@code other}. */
    private static void compareAlong(Scenario sc, Config drive, Config other, Switch sw) {
        Run forced;
        try {
            forced = sc.replay(drive, sc.scheduleFor(drive), false, false);
        } catch (org.panicscope.engine.ReplayScheduler.ImpossibleSchedule e) {
            // the forcing schedule is written for the named configurations; elsewhere the default policy's run
            forced = org.panicscope.engine.Scheduler.drive(sc.newRun(drive, true, false, false), Run::defaultChoice);
        }
        Run run = sc.newRun(drive, forced.timed(), false, false);
        for (Choice ch : forced.history()) {
            Kernel mirror = run.kernel().withConfig(other);
            Step step = mirror.cpu(ch.cpu()).pc();
            run.apply(ch);
            if (run.outcome() != null && run.outcome().verdict() == org.panicscope.engine.Verdict.ERROR) break;
            try {
                Machine.checkInvariants(mirror);
            } catch (ModelError impossibleWithout) {
                skipped++;
                skippedBy.merge(sw, 1, Integer::sum);
                continue;
            }
            boolean same;
            try {
                apply(mirror, ch, run.timed());
                same = mirror.key().equals(run.kernel().key()) && mirror.cpu(ch.cpu()).pc() == run.kernel().cpu(ch.cpu()).pc();
            } catch (ModelError e) {
                same = false;
            }
            compared++;
            comparedBy.merge(sw, 1, Integer::sum);
            if (same || ch.kind() != Choice.Kind.STEP) {
                if (!same) violations.add(sw.id() + " changed " + ch + " (an interrupt or trigger, no step of its own) in " + sc.id() + " under " + drive);
                continue;
            }
            seen.get(sw).add(step);
            if (!OWNS.get(sw).contains(step))
                violations.add(sw.id() + " changed step " + step + " at choice " + run.history().size() + " of " + sc.id() + " under " + drive
                        + " (" + other + " gives another state), a step it does not own");
        }
    }

    private static void apply(Kernel k, Choice ch, boolean timed) {
        switch (ch.kind()) {
            case STEP -> Machine.step(k, ch.cpu(), timed);
            case NMI -> Machine.deliverNmi(k, ch.cpu());
            case IPI -> Machine.deliverIpi(k, ch.cpu());
            case PANIC -> Machine.triggerPanic(k, ch.cpu());
            case STALL -> Machine.stall(k, ch.cpu());
        }
    }

    @Test
    void everySwitchIsCovered() {
        assertEquals(EnumSet.allOf(Switch.class), EnumSet.copyOf(OWNS.keySet()));
    }

    @Test
    void everySwitchChangesSomeStepAndOnlyStepsItOwns() {
        assertEquals(List.of(), violations.stream().distinct().limit(20).toList());
        // each switch was seen to act at all, so the comparison cannot pass by comparing nothing
        for (Switch sw : Switch.values()) assertFalse(seen.get(sw).isEmpty(), sw.id() + " changed no step of any forcing run");
        assertTrue(compared > 100_000, "compared " + compared + " choices");
        // only K24 reaches states another configuration forbids (its stale console_owner, invariant §9.2)
        assertEquals(Set.of(Switch.K24), skippedBy.keySet(), "choices skipped as impossible without the switch: " + skippedBy);
        assertTrue(comparedBy.get(Switch.K24) > 10_000, "K24 compared at " + comparedBy.get(Switch.K24) + " choices only");
    }

    @Test
    void theNewSwitchesChangeExactlyTheStepsTheyName() {
        for (Map.Entry<Switch, Set<Step>> e : SEEN_EXACTLY.entrySet()) assertEquals(e.getValue(), seen.get(e.getKey()), e.getKey().id());
    }

    @Test
    void stepTagsNameTheSwitchesThatOwnThem() {
        // Step.patches() is what the code panel shows; a step tagged with a switch must be one that switch owns
        for (Step s : Step.values())
            for (Switch sw : s.patches()) assertTrue(OWNS.get(sw).contains(s), s + " is tagged " + sw.id() + " but the switch does not own it");
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

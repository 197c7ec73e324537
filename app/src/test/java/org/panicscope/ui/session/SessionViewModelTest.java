package org.panicscope.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.panicscope.engine.Choice;
import org.panicscope.engine.ReplayScheduler;
import org.panicscope.engine.Run;
import org.panicscope.engine.Scheduler;
import org.panicscope.engine.Verdict;
import org.panicscope.model.Config;
import org.panicscope.model.Resource;
import org.panicscope.model.Switch;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.Scenarios;
import org.panicscope.recording.WaitFor;
import org.panicscope.recording.Tape;
import org.panicscope.recording.StepLog;
import org.panicscope.recording.Comparison;
import org.panicscope.recording.EventKind;

/** The main view model, without a window: opening, stepping, branching, patches, schedules, markers. */
class SessionViewModelTest {
    private SessionViewModel vm;

    @BeforeEach void open() {
        vm = new SessionViewModel();
        vm.open(Scenarios.bundled("owner-halted"));
    }

    @Test void opensAtTheStartWithTheScenariosOwnConfigurationAndSchedule() {
        assertThat(vm.config().name()).isEqualTo("BASE");
        assertThat(vm.position()).isZero();
        assertThat(vm.frame().outcome()).isNull();
        assertThat(vm.scheduleTextProperty().get()).isEqualTo("1@DRV2 p0 0@PN8 1@DRV2");
        assertThat(vm.tape().outcome().verdict()).isEqualTo(Verdict.DL);
        assertThat(vm.frame().options()).anyMatch(o -> o.planned() && o.enabled());
    }

    @Test void theEndOfBaseIsTheDeadlockWithTheOwnerHalted() {
        vm.toEnd();
        Frame f = vm.frame();
        assertThat(f.outcome().verdict()).isEqualTo(Verdict.DL);
        assertThat(f.outcome().reason()).contains("CTS8").contains("halted");
        assertThat(f.waits()).hasSize(1);
        WaitFor w = f.waits().get(0);
        assertThat(w.spinner()).isZero();
        assertThat(w.resource()).isEqualTo(Resource.CONSOLE_WAITER);
        assertThat(w.holder()).isEqualTo(1);
        assertThat(w.holderStopped()).isTrue();
        assertThat(f.options()).isEmpty();
    }

    @Test void steppingBackAndForthGivesTheSameStateAsAFreshReplay() {
        Scenario s = vm.scenario();
        for (int p : new int[] {700, 3, 699, 512, 513, 852, 0, 256, 257}) {
            vm.seek(p);
            Run fresh = s.newRun(Config.parse("BASE"), true, Run.Mode.REPLAY, false);
            for (int i = 0; i < p; i++) fresh.apply(vm.tape().choice(i));
            assertThat(Frame.vars(vm.frame().kernel())).as("position " + p).isEqualTo(Frame.vars(fresh.kernel()));
        }
        vm.seek(600);
        vm.stepBack();
        assertThat(vm.position()).isEqualTo(599);
        vm.stepForward();
        vm.stepForward();
        assertThat(vm.position()).isEqualTo(601);
    }

    @Test void theLastStepsChangesAreNamed() {
        int nmi = vm.tape().log().findForward(0, StepLog.F_NMI);
        vm.seek(nmi + 1);
        assertThat(vm.frame().changed()).contains("cpu1.status", "waiting_for_crash_ipi");
        assertThat(vm.frame().kernel().cpu(1).status().stopped()).isTrue();
    }

    @Test void switchingToFinalReplaysTheScheduleAndMarksWhereTheRunsPart() {
        vm.toEnd();
        vm.setPreset("FINAL");
        assertThat(vm.config().has(Switch.P2)).isTrue();
        assertThat(vm.tape().outcome().verdict()).isEqualTo(Verdict.OK_K);
        Comparison.Divergence d = vm.comparisonProperty().get().divergence();
        assertThat(d).isNotNull();
        assertThat(d.kind()).isEqualTo(Comparison.Kind.STEP);
        assertThat(vm.divergenceColumn()).isEqualTo(d.b().index() - 1);
        assertThat(vm.position()).isLessThanOrEqualTo(vm.divergenceColumn());
        assertThat(d.headline()).contains("CPU0").contains("CTS2"); // FINAL's P2 check, not P3's no-op VE2
        vm.toEnd();
        assertThat(vm.frame().outcome().verdict()).isEqualTo(Verdict.OK_K);
    }

    /** Issue 13: a switch records the new run once and compares the two recordings the window has. */
    @Test void aSwitchRecordsOnlyTheNewRunAndComparesTheRecordingsTheWindowHas() {
        org.panicscope.recording.Tape old = vm.tape();
        long before = org.panicscope.recording.Tape.drives();
        vm.setSwitch(Switch.P2, !vm.config().has(Switch.P2));
        assertThat(org.panicscope.recording.Tape.drives() - before).isEqualTo(1);
        assertThat(vm.comparisonProperty().get().a()).isSameAs(old);
        assertThat(vm.comparisonProperty().get().b()).isSameAs(vm.tape());
    }

    @Test void aToggleNamesTheConfigurationByItsNearestPreset() {
        vm.setPreset("FINAL");
        vm.setSwitch(Switch.FX_TRYLOCK, true);
        assertThat(vm.config().name()).isEqualTo("FINAL+FX-TRYLOCK");
        vm.setSwitch(Switch.P4, false);
        assertThat(vm.config().name()).isEqualTo("P123+FX-TRYLOCK");
        vm.setSwitch(Switch.P2, false);
        vm.setSwitch(Switch.P3, false);
        vm.setSwitch(Switch.FX_TRYLOCK, false);
        assertThat(vm.config().name()).isEqualTo("BASE");
        assertThat(vm.tape().outcome().verdict()).isEqualTo(Verdict.DL);
    }

    @Test void aDisabledChoiceIsRefusedWithTheEnginesReason() {
        assertThat(vm.choose(Choice.nmi(1))).isFalse();
        assertThat(vm.messageProperty().get()).contains("no pending NMI");
        assertThat(vm.position()).isZero();
    }

    @Test void choosingAnotherCpuBranchesAndTheScheduleReproducesIt() {
        Choice planned = vm.tape().choice(0);
        Choice other = planned.cpu() == 0 ? Choice.step(1) : Choice.step(0);
        assertThat(vm.choose(other)).isTrue();
        assertThat(vm.position()).isEqualTo(1);
        assertThat(vm.ownPlanProperty().get()).isTrue();
        assertThat(vm.tape().choice(0)).isEqualTo(other);
        String text = vm.scheduleTextProperty().get();
        int size = vm.tape().size();
        Verdict v = vm.tape().outcome().verdict();
        SessionViewModel again = new SessionViewModel();
        again.open(vm.scenario());
        assertThat(again.applySchedule(text)).isNull();
        assertThat(again.tape().size()).isEqualTo(size);
        assertThat(again.tape().outcome().verdict()).isEqualTo(v);
        assertThat(again.position()).isEqualTo(size);
    }

    @Test void theExactScheduleOfAPrefixReproducesTheSameChoices() {
        String exact = vm.tape().exactSchedule(vm.length()).toString();
        Run r = vm.scenario().newRun(Config.parse("BASE"), true, Run.Mode.REPLAY, false);
        Scheduler.drive(r, new ReplayScheduler(org.panicscope.engine.Schedule.parse(exact), false));
        assertThat(r.history()).isEqualTo(vm.tape().choices());
    }

    @Test void aBadScheduleIsReportedWithItsColumnAndTheRunIsKept() {
        int size = vm.length();
        String err = vm.applySchedule("1@DRV2 q7");
        assertThat(err).contains("column 8");
        assertThat(vm.length()).isEqualTo(size);
    }

    @Test void anImpossibleTokenStopsReplayThereAndTheRunGoesOn() {
        assertThat(vm.applySchedule("1*3 n1 0")).isNull();
        Tape t = vm.tape();
        assertThat(t.replayStop()).isNotNull();
        assertThat(t.replayStop().index()).isBetween(3, 8); // timed replay lets CPUs behind in time catch up first
        assertThat(t.replayStop().reason()).contains("no pending NMI");
        assertThat(t.outcome()).isNotNull();
    }

    @Test void runToTheNextEventOfAKind() {
        assertThat(vm.nextEvent(EventKind.HALT)).isTrue();
        StepLog log = vm.tape().log();
        assertThat(log.has(vm.position() - 1, StepLog.F_HALT)).isTrue();
        assertThat(log.kind(vm.position() - 1)).isEqualTo(Choice.Kind.NMI);
        assertThat(vm.nextEvent(EventKind.HALT)).isFalse();
        vm.toStart();
        assertThat(vm.nextEvent(EventKind.HANDOVER)).isTrue();
        assertThat(log.step(vm.position() - 1).id()).isEqualTo("SD5");
        int first = vm.position();
        assertThat(vm.nextEvent(EventKind.HANDOVER)).isTrue();
        assertThat(vm.previousEvent(EventKind.HANDOVER)).isTrue();
        assertThat(vm.position()).isEqualTo(first);
        vm.toStart();
        assertThat(vm.nextEvent(EventKind.SPIN)).isTrue();
        assertThat(vm.frame().kernel().cpu(log.cpu(vm.position() - 1)).status().name()).isEqualTo("SPIN");
    }

    @Test void markersMeasureChoicesAndTime() {
        vm.seek(100);
        vm.markers().markA();
        vm.seek(300);
        vm.markers().markB();
        assertThat(vm.markers().words()).startsWith("A #100 to B #300: 200 choices,").contains("time units");
    }

    @Test void playbackAdvancesBySpeedAndStopsAtTheEnd() {
        Playback p = vm.playback();
        p.setSpeedIndex(4); // 20 per second
        p.play();
        assertThat(p.tick(0.5)).isEqualTo(10);
        assertThat(vm.position()).isEqualTo(10);
        p.setSpeedIndex(Playback.SPEEDS.length - 1);
        while (p.playing()) p.tick(1);
        assertThat(vm.atEnd()).isTrue();
        assertThat(vm.frame().outcome().verdict()).isEqualTo(Verdict.DL);
    }

    @Test void narrationFollowsThePosition() throws Exception {
        String json = """
            {"id": "told", "title": "A told story", "description": "d",
             "cpus": [{"program": "panic"}, {"program": "writer"}],
             "params": {"kdumpLoaded": true, "crashKexecPostNotifiers": true},
             "schedule": "1@DRV2 p0 0@PN8 1@DRV2",
             "narration": {"intro": "Watch CPU1.", "notes": [{"at": 5, "text": "Five.", "point": "console_sem"},
                                                               {"at": 40, "text": "Forty.", "point": "ringbuffer"}]}}
            """;
        Scenario s = org.panicscope.scenario.ScenarioLoader.parse(json, "told.json", "test");
        vm.open(s);
        assertThat(vm.narrationProperty().get()).isEqualTo("Watch CPU1.");
        vm.seek(5);
        assertThat(vm.noteProperty().get().point()).isEqualTo("console_sem");
        vm.nextNote();
        assertThat(vm.position()).isEqualTo(40);
        assertThat(vm.narrationProperty().get()).isEqualTo("Forty.");
        vm.previousNote();
        assertThat(vm.position()).isEqualTo(5);
    }

    @Test void notesBelongToTheScenariosOwnRun() {
        vm.open(Scenarios.bundled("owner-halted"));
        assertThat(vm.scenario().narration().notes()).isNotEmpty();
        vm.toEnd();
        assertThat(vm.noteProperty().get()).isNotNull();
        assertThat(vm.noteProperty().get().point()).isEqualTo("verdict");
        vm.setPreset("FINAL");
        vm.toEnd();
        assertThat(vm.noteProperty().get()).as("BASE's notes do not fit FINAL's run").isNull();
        assertThat(vm.narrationProperty().get()).contains("Not the scenario's own run");
        vm.nextNote();
        assertThat(vm.messageProperty().get()).contains("The notes follow BASE");
        vm.setPreset("BASE");
        vm.toEnd();
        assertThat(vm.noteProperty().get()).isNotNull();
    }

    @Test void everyBundledScenarioOpensUnderEveryPreset() {
        for (Scenario s : Scenarios.all()) {
            vm.open(s);
            for (String c : Config.namedIds()) {
                vm.setPreset(c);
                vm.toEnd();
                assertThat(vm.frame()).isNotNull();
                assertThat(vm.tape().size()).as(s.id() + " " + c).isPositive();
            }
        }
        Map<String, String> vars = Frame.vars(vm.frame().kernel());
        assertThat(vars).containsKeys("console_sem.count", "cpu0.irqs", "cpu1.status");
    }
}

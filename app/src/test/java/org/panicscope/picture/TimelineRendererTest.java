package org.panicscope.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.panicscope.engine.Verdict;
import org.panicscope.model.Config;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.Scenarios;
import org.panicscope.recording.Arrow;
import org.panicscope.ui.session.SessionViewModel;
import org.panicscope.recording.StepLog;
import org.panicscope.recording.Tape;
import org.panicscope.recording.WaitFor;

/** What the timeline draws, through a recording painter: lanes, arrows, the deadlock, and only what is visible. */
class TimelineRendererTest {

    private static TimelineSnapshot snapshot(SessionViewModel vm) {
        int n = vm.tape().cpuCount();
        List<String> t = new ArrayList<>(), s = new ArrayList<>(), st = new ArrayList<>();
        for (int i = 0; i < n; i++) { t.add("CPU" + i); s.add(""); st.add("RUN"); }
        return new TimelineSnapshot(vm.tape().log(), vm.position(), -1, -1, -1, null, vm.frame().waits(),
                vm.frame().outcome() != null && vm.frame().outcome().verdict() == Verdict.DL, t, s, st, true);
    }

    @Test void theBaseDeadlockIsVisibleAtAGlance() {
        SessionViewModel vm = new SessionViewModel();
        vm.open(Scenarios.bundled("owner-halted"));
        vm.toEnd();
        TimelineSnapshot s = snapshot(vm);
        Viewport v = new Viewport(0, 1600.0 / vm.length(), 1800, 300, 180, 40, 64, 6, 2);
        RecordingPainter p = new RecordingPainter();
        new TimelineRenderer().paint(s, v, p);
        assertThat(p.groups).containsExactly("cpu0", "cpu1");
        assertThat(p.count("rect", Tone.ACT_SPIN)).as("spinning segments").isPositive();
        assertThat(p.count("rect", Tone.ACT_HALTED)).as("CPU1 halted").isPositive();
        assertThat(p.count("line", Tone.DEADLOCK)).as("wait-for arrow to the halted holder").isPositive();
        assertThat(p.count("line", Tone.ARROW_NMI)).as("the stop NMI").isPositive();
        assertThat(p.count("line", Tone.ARROW_HANDOVER)).as("hand-overs").isPositive();
        assertThat(p.hasText("CPU1 is halted")).isTrue();
        assertThat(p.hasText("HALTED by NMI")).isTrue();
        assertThat(p.clipDepth()).isZero();
    }

    @Test void theLogHasTheArrowsOfTheRace() {
        Tape t = Tape.record(Scenarios.bundled("owner-halted"), Config.parse("BASE"), Scenarios.bundled("owner-halted").schedule());
        StepLog log = t.log();
        List<Arrow> arrows = log.arrows();
        assertThat(arrows).anyMatch(a -> a.kind() == Arrow.Kind.NMI && a.fromCpu() == 0 && a.toCpu() == 1 && a.completed());
        assertThat(arrows).anyMatch(a -> a.kind() == Arrow.Kind.HANDOVER && a.fromCpu() == 1 && a.toCpu() == 0);
        assertThat(arrows).anyMatch(a -> a.kind() == Arrow.Kind.HANDOVER && a.fromCpu() == 0 && a.toCpu() == 1);
        assertThat(arrows).anyMatch(a -> a.kind() == Arrow.Kind.WAIT_FOR && a.severe() && a.fromCpu() == 0 && a.toCpu() == 1);
        for (Arrow a : arrows) if (a.kind() == Arrow.Kind.HANDOVER) assertThat(log.step(a.fromIndex()).id()).isEqualTo("SD5");
        int nmi = arrows.stream().filter(a -> a.kind() == Arrow.Kind.NMI).findFirst().orElseThrow().toIndex();
        assertThat(log.status(nmi).stopped()).isTrue();
    }

    @Test void nbconHandOverRequestsAndTakeoversAreArrows() {
        Scenario unsafe = Scenarios.bundled("nbcon-unsafe-takeover");
        List<Arrow> arrows = Tape.record(unsafe, Config.parse("NBCON"), unsafe.schedule()).log().arrows();
        // requests to the live owner, then to the halted one (severe), and one hostile takeover at the end
        assertThat(arrows).anyMatch(a -> a.kind() == Arrow.Kind.WAIT_FOR && !a.severe() && a.label().contains("hand-over") && a.toCpu() == 1);
        assertThat(arrows).anyMatch(a -> a.kind() == Arrow.Kind.WAIT_FOR && a.severe() && a.label().contains("hand-over") && a.toCpu() == 1);
        assertThat(arrows.stream().filter(a -> a.kind() == Arrow.Kind.HANDOVER && a.label().contains("hostilely"))).hasSize(1);
        Scenario safe = Scenarios.bundled("nbcon-safe-takeover");
        List<Arrow> direct = Tape.record(safe, Config.parse("NBCON"), safe.schedule()).log().arrows();
        assertThat(direct).anyMatch(a -> a.kind() == Arrow.Kind.HANDOVER && a.label().contains("directly") && a.fromCpu() == 1 && a.toCpu() == 0);
        assertThat(direct).noneMatch(a -> a.label().contains("hostilely"));
    }

    @Test void zoomedOutItDrawsAtMostAFewRectanglesPerPixel() {
        SessionViewModel vm = new SessionViewModel();
        vm.open(Scenarios.bundled("flood-livelock"));
        vm.setPreset("P12"); // the livelock: tens of thousands of choices
        vm.toEnd();
        assertThat(vm.length()).isGreaterThan(50_000);
        double width = 1000;
        Viewport v = new Viewport(0, (width - 150) / vm.length(), width, 300, 150, 40, 64, 6, 2);
        RecordingPainter p = new RecordingPainter();
        new TimelineRenderer().paint(snapshot(vm), v, p);
        long rects = p.count("rect", null);
        assertThat(rects).as("bounded by the width, not by " + vm.length() + " choices").isLessThan((long) (width * 2 * 4));
    }

    @Test void zoomedInOnlyTheVisibleColumnsAreDrawnAndLabelled() {
        SessionViewModel vm = new SessionViewModel();
        vm.open(Scenarios.bundled("owner-halted"));
        vm.toEnd();
        Viewport v = new Viewport(100, 40, 1000, 300, 150, 40, 64, 6, 2); // columns 100..121
        RecordingPainter p = new RecordingPainter();
        new TimelineRenderer().paint(snapshot(vm), v, p);
        StepLog log = vm.tape().log();
        String idInView = log.step(110).id();
        assertThat(p.hasText(idInView)).as("step ids when zoomed in").isTrue();
        assertThat(p.calls.stream().filter(c -> c.op().equals("rect") && c.tone() != Tone.BACKGROUND && c.tone() != Tone.LANE
                && c.tone() != Tone.LANE_ALT && c.tone() != Tone.CURSOR && c.x() >= 150)).allMatch(c -> c.x() <= 1000 + 1);
        assertThat(p.hasText("#100")).isTrue();
    }

    @Test void waitWordsNameTheHolderAndWhetherItIsHalted() {
        assertThat(ArrowPainter.words(new WaitFor(0, org.panicscope.model.Resource.CONSOLE_WAITER, 1, true)))
                .isEqualTo("waits for CPU1's hand-over — CPU1 is halted");
        assertThat(ArrowPainter.words(new WaitFor(0, org.panicscope.model.Resource.SEM_LOCK, 1, false)))
                .isEqualTo("waits for console_sem.lock (CPU1)");
    }
}

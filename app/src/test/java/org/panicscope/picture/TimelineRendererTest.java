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

    /**
     * On tall lanes (presenter mode on a 1280x720 projector), the halted CPU's "HALTED by NMI" stands on its halted
     * block, right of the step that halted it, and no blocked mark (the ring where a wait-for arrow reaches the
     * halted holder) covers it: the marks sit at the arrows' tips, at the top of the block.
     */
    @Test void onTallLanesTheHaltLabelStandsOnTheHaltedBlockAndNoBlockedMarkCoversIt() {
        SessionViewModel vm = new SessionViewModel();
        vm.open(Scenarios.bundled("owner-halted"));
        vm.toEnd();
        TimelineSnapshot s = snapshot(vm);
        int halt = -1;
        for (int i = 0; i < vm.length(); i++) if (s.log().has(i, StepLog.F_HALT)) halt = i;
        assertThat(halt).as("CPU1 halted").isPositive();
        // as on the projector: from the halting step to the cursor, room for the label and a little more, but not for
        // the 30 pixels a blocked mark on the label's line would need (this painter's "HALTED by NMI" is 91 px wide)
        double ppc = (6 + 91 + 20) / (double) (vm.length() - halt - 1), first = halt - 20;
        Viewport v = new Viewport(first, ppc, 320 + (vm.length() - first) * ppc + 10, 560, 320, 60, 240, 8, 2);
        RecordingPainter p = new RecordingPainter();
        new TimelineRenderer().paint(s, v, p);
        RecordingPainter.Call label = p.calls.stream().filter(c -> "HALTED by NMI".equals(c.text())).findFirst().orElseThrow();
        assertThat(label.x()).as("right of the halting step").isGreaterThan(v.x(halt));
        double lx0 = label.x() - 3, lx1 = label.x() + p.textWidth(label.text(), TextStyle.BOLD) + 3;
        double ly0 = label.y() - p.fontSize() - 1, ly1 = label.y() + 5;
        List<RecordingPainter.Call> marks = p.calls.stream().filter(c -> c.op().equals("oval") && c.tone() == Tone.BACKGROUND).toList();
        assertThat(marks).as("blocked marks").isNotEmpty();
        for (RecordingPainter.Call m : marks) {
            boolean apart = m.x() + m.w() < lx0 || m.x() > lx1 || m.y() + m.h() < ly0 || m.y() > ly1;
            assertThat(apart).as("a blocked mark at (%.0f, %.0f) over the label [%.0f-%.0f] x [%.0f-%.0f]",
                    m.x(), m.y(), lx0, lx1, ly0, ly1).isTrue();
        }
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

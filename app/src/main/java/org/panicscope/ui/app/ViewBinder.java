package org.panicscope.ui.app;

import org.panicscope.picture.HeaderPainter;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.panicscope.engine.Verdict;
import org.panicscope.model.Cpu;
import org.panicscope.model.Kernel;
import org.panicscope.scenario.Scenario;
import org.panicscope.recording.Comparison;
import org.panicscope.ui.session.Frame;
import org.panicscope.ui.session.SessionViewModel;
import org.panicscope.recording.Tape;
import org.panicscope.picture.TimelineSnapshot;

/** Binds the view model to the main window's views: every view is updated from the current frame, nothing else. */
final class ViewBinder {
    private final MainWindow w;
    private final SessionViewModel vm;
    private final BooleanProperty showFuture = new SimpleBooleanProperty(true);

    ViewBinder(MainWindow w) {
        this.w = w;
        this.vm = w.vm();
    }

    void bind() {
        vm.frameProperty().addListener(o -> refresh());
        vm.markers().aProperty().addListener(o -> refreshTimeline());
        vm.markers().bProperty().addListener(o -> refreshTimeline());
        vm.scenarioProperty().addListener((o, a, s) -> {
            if (s == null) return;
            w.scenarioBar().show(s);
            w.prefs().put("lastScenario", "bundled".equals(s.origin()) ? s.id() : s.origin());
            javafx.application.Platform.runLater(() -> { fitSplit(); w.timeline().fitAll(); });
        });
        vm.configProperty().addListener((o, a, c) -> { if (c != null) w.configBar().show(c); });
        vm.tapeProperty().addListener((o, a, t) -> { if (a != null && t != null && a.size() != t.size()) javafx.application.Platform.runLater(w.timeline()::fitAll); });
        vm.noteProperty().addListener(o -> point());
        vm.playback().playingProperty().addListener((o, a, on) -> { if (!on) { lastPanels = 0; refresh(); } });
        showFuture.addListener(o -> refreshTimeline());
        w.timeline().setOnChooseCpu(cpu -> w.choose(org.panicscope.engine.Choice.step(cpu)));
        w.timeline().setOnSeek(vm::seek);
        w.timeline().setOnMark((m, p) -> {
            if (m == 'A') vm.markers().set(p, vm.markers().bProperty().get());
            else vm.markers().set(vm.markers().aProperty().get(), p);
            vm.say(vm.markers().words());
        });
    }

    BooleanProperty showFuture() { return showFuture; }

    /** Gives the timeline the height its lanes need (more CPUs, more height), the rest to the panels. */
    void fitSplit() {
        javafx.scene.control.SplitPane sp = w.centerSplit();
        if (sp == null || sp.getHeight() <= 0) return;
        javafx.scene.Node upper = sp.getItems().getFirst();
        javafx.scene.Node steps = upper instanceof javafx.scene.layout.VBox v && v.getChildren().size() > 1 ? v.getChildren().get(1) : null;
        double stepping = steps == null || !steps.isManaged() ? 0 : steps.prefHeight(-1);
        double want = w.timeline().contentHeight() + stepping + 24;
        // presenter mode: the narration beside the lanes is read aloud from; it gets the height of its whole note
        if (w.presenter().active()) want = Math.max(want, w.narration().wholeNoteHeight() + stepping + 8);
        sp.setDividerPositions(Math.max(0.3, Math.min(w.timeline().getSnapshot() != null && w.timeline().getSnapshot().log().cpuCount() > 4 ? 0.7 : 0.58,
                want / sp.getHeight())));
    }

    private long lastPanels;
    private int group;
    private List<String> lastStates = List.of();

    /** Playing faster than 20 choices a second: words that change every frame could not be read anyway. */
    private boolean fast() {
        var pb = vm.playback();
        return pb.playing() && pb.speed() > 20;
    }

    /**
     * The timeline follows every frame; while playing fast the text panels and the lane states are refreshed about
     * ten times a second (the numbers could not be read faster), one group of panels per frame so that no frame
     * carries them all, and fully again when play stops.
     */
    private void refresh() {
        Frame f = vm.frame();
        if (f == null) return;
        boolean fast = fast();
        if (!fast) {
            refreshTimeline(true);
            panels(f, 0, false);
            panels(f, 1, false);
            panels(f, 2, false);
            return;
        }
        long now = System.nanoTime();
        boolean due = now - lastPanels >= 100_000_000L / 3;
        refreshTimeline(due && group == 0);
        if (!due) return;
        lastPanels = now;
        panels(f, group, true);
        group = (group + 1) % 3;
    }

    private void panels(Frame f, int which, boolean fast) {
        switch (which) {
            case 0 -> {
                w.statePanels().setAnimated(!fast);
                w.statePanels().show(f);
                point();
            }
            case 1 -> w.codePanels().show(f, vm.config());
            default -> {
                w.verdict().show(vm.scenario(), vm.config(), vm.tape(), f);
                w.choiceBar().show(f.options(), f.outcome() != null ? "The run is over: " + f.outcome().verdict().id()
                        : "Nothing can happen now.");
            }
        }
    }

    void refreshTimeline() { refreshTimeline(true); }

    /** @param states update the lane state words (every frame unless playing fast) */
    void refreshTimeline(boolean updateStates) {
        Frame f = vm.frame();
        Tape t = vm.tape();
        if (f == null || t == null) return;
        Kernel k = f.kernel();
        Scenario s = vm.scenario();
        List<String> titles = new ArrayList<>(), subs = new ArrayList<>();
        List<String> states = new ArrayList<>();
        for (int i = 0; i < k.cpuCount(); i++) {
            Cpu c = k.cpu(i);
            titles.add("CPU" + i);
            subs.add(HeaderPainter.programWords(s, k, i));
            states.add(HeaderPainter.stateWords(c));
        }
        if (!updateStates && lastStates.size() == states.size()) states = lastStates;
        lastStates = states;
        Comparison cmp = vm.comparisonProperty().get();
        int div = vm.divergenceColumn();
        w.timeline().snapshotProperty().set(new TimelineSnapshot(t.log(), f.position(), vm.markers().aProperty().get(), vm.markers().bProperty().get(),
                div, cmp == null ? null : "runs part: " + cmp.a().config().name() + " → " + cmp.b().config().name(), fast() ? List.of() : f.waits(),
                f.outcome() != null && f.outcome().verdict() == Verdict.DL, titles, subs, states, showFuture.get(), t.timed()));
    }

    /** Highlights what the current narration note points at. */
    private void point() {
        var n = vm.noteProperty().get();
        String p = n == null ? null : n.point();
        w.statePanels().point(p);
        w.statePanels().revealPointed();
        toggle(w.timeline(), "timeline".equals(p));
        toggle(w.codePanels(), "code".equals(p));
        toggle(w.verdict(), "verdict".equals(p));
    }

    private static void toggle(javafx.scene.Node node, boolean on) {
        if (on && !node.getStyleClass().contains("pointed")) node.getStyleClass().add("pointed");
        if (!on) node.getStyleClass().remove("pointed");
    }
}

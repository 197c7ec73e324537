package org.panicscope.ui.timeline;

import java.util.ArrayList;
import java.util.List;
import javafx.event.EventHandler;
import javafx.scene.input.MouseEvent;
import org.panicscope.engine.Choice;
import org.panicscope.model.CpuStatus;
import org.panicscope.model.Step;
import org.panicscope.recording.StepLog;
import org.panicscope.picture.Viewport;
import org.panicscope.picture.TimelineSnapshot;
import org.panicscope.picture.Tone;
import org.panicscope.picture.TextStyle;
import org.panicscope.picture.Painter;

/**
 * Hover: names the step under the mouse (choice number, CPU, step id, kernel function, the step's text, time,
 * state after it, the patch that adds it) in a box next to the mouse, and outlines its block.
 */
public final class HoverPlugin implements TimelinePlugin {
    private final EventHandler<MouseEvent> move = this::move;
    private final EventHandler<MouseEvent> exit = e -> clear();
    private TimelineView view;
    private double mx, my;
    private int index = -1;
    private List<String> lines = List.of();

    @Override public void attach(TimelineView v) {
        view = v;
        v.addEventHandler(MouseEvent.MOUSE_MOVED, move);
        v.addEventHandler(MouseEvent.MOUSE_EXITED, exit);
    }

    @Override public void detach(TimelineView v) {
        v.removeEventHandler(MouseEvent.MOUSE_MOVED, move);
        v.removeEventHandler(MouseEvent.MOUSE_EXITED, exit);
        view = null;
    }

    private void clear() {
        index = -1;
        lines = List.of();
        if (view != null) { view.setHoverText(""); view.redraw(); }
    }

    private void move(MouseEvent e) {
        mx = e.getX();
        my = e.getY();
        TimelineSnapshot s = view.getSnapshot();
        Viewport v = view.viewport();
        int lane = v.laneAt(my);
        if (s == null || lane < 0 || mx < v.header()) { clear(); return; }
        index = v.choiceAt(s.log(), lane, mx, s.end());
        int col = v.timeAxis() ? index : (int) Math.floor(v.col(mx));
        lines = index < 0 ? List.of() : describe(s.log(), index, col);
        if (index >= 0 && v.axis() instanceof org.panicscope.picture.TimeAxis t) {
            // several zero-time steps at one instant share a tick: say so, the arrow keys step through them
            int n = t.sharing(index, s.end());
            if (n > 1) { lines = new ArrayList<>(lines); lines.add(n + " choices of CPU" + lane + " at this instant; the last is shown (→ steps through them)"); }
        }
        var fold = v.foldAt(s.log(), lane, mx);
        if (fold != null) {
            lines = List.of(fold.label() + "  (#" + (fold.first() + 1) + "…#" + (fold.last() + 1) + "; click or F to unfold)");
        }
        view.setHoverText(String.join("\n", lines));
        view.redraw(); // the box follows the mouse
    }

    static List<String> describe(StepLog log, int i, int col) {
        List<String> l = new ArrayList<>();
        Step s = log.step(i);
        l.add(log.describe(i) + (i == col ? "" : "   (state since then, at #" + (col + 1) + ")"));
        if (log.kind(i) == Choice.Kind.STEP) l.add(s.id() + ": " + s.text());
        String state = switch (log.status(i)) {
            case SPIN -> "spinning on " + log.spinOn(i).label();
            case HALTED -> "halted";
            case SELF_STOPPED -> "self-stopped";
            case KDUMP -> "in the kdump kernel";
            case DONE -> "panic() done";
            case RUN -> "running";
        };
        l.add("t " + log.timeBefore(i) + " -> " + log.timeAfter(i) + " · then " + state
                + (log.has(i, StepLog.F_IRQS_OFF) ? " · IRQs off" : " · IRQs on")
                + (log.has(i, StepLog.F_IN_NMI) ? " · in NMI" : ""));
        if (s.patch() != null && log.kind(i) == Choice.Kind.STEP) l.add("added or changed by " + s.patch());
        if (log.status(i) == CpuStatus.SPIN && log.has(i, StepLog.F_SPIN_START)) l.add("starts to spin here");
        return l;
    }

    @Override public void paintOverlay(TimelineView v, Viewport vp, Painter p) {
        if (index < 0 || lines.isEmpty()) return;
        TimelineSnapshot s = v.getSnapshot();
        int lane = s.log().cpu(index);
        double x0 = vp.x0(index), x1 = vp.blockRight(index);
        if (x1 >= vp.header()) p.strokeRect(Math.max(vp.header(), x0) - 1, vp.segTop(lane) - 2, Math.max(3, x1 - x0) + 2, vp.segHeight() + 4, Tone.CURSOR, 2);
        double w = 0, lh = p.fontSize() * 1.35;
        for (String t : lines) w = Math.max(w, p.textWidth(t, TextStyle.LABEL));
        double h = lines.size() * lh + 10;
        double bx = mx + 16 + w + 16 > vp.width() ? mx - w - 28 : mx + 16;
        double by = Math.min(my + 16, vp.height() - h - 4);
        p.fillRect(bx, by, w + 16, h, Tone.HOVER, 0.97);
        p.strokeRect(bx, by, w + 16, h, Tone.TEXT_MUTED, 1);
        for (int k = 0; k < lines.size(); k++)
            p.text(bx + 8, by + 5 + lh * (k + 0.8), lines.get(k), k == 0 ? Tone.TEXT : Tone.TEXT_MUTED, k == 0 ? TextStyle.BOLD : TextStyle.LABEL, Painter.Align.LEFT);
    }
}

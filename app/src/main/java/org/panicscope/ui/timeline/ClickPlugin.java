package org.panicscope.ui.timeline;

import javafx.event.EventHandler;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.panicscope.picture.Viewport;

/**
 * Clicks. On a lane (or its header) a click lets that CPU take the next step. On the ruler a click moves the cursor
 * there; a right-click puts marker A there, Shift+right-click marker B (the keys M and Shift+M put them at the
 * cursor), and the distance between the markers is drawn under the lanes. On the time axis, where several positions
 * share an instant, the ruler picks the position nearest the click (of those at one instant, the first).
 */
public final class ClickPlugin implements TimelinePlugin {
    private final EventHandler<MouseEvent> click = this::click;
    private TimelineView view;

    @Override public void attach(TimelineView v) {
        view = v;
        v.addEventHandler(MouseEvent.MOUSE_CLICKED, click);
    }

    @Override public void detach(TimelineView v) {
        v.removeEventHandler(MouseEvent.MOUSE_CLICKED, click);
        view = null;
    }

    private void click(MouseEvent e) {
        if (view.getSnapshot() == null) return;
        Viewport v = view.viewport();
        boolean onRuler = e.getY() < v.ruler() && e.getX() > v.header();
        int col = (int) Math.max(0, Math.min(view.getSnapshot().log().size(), Math.round(v.col(e.getX()))));
        int lane = v.laneAt(e.getY());
        if (e.getButton() == MouseButton.PRIMARY && lane >= 0 && unfold(v, e.getX(), lane)) {
            // a click on a folded block opens it (issue 11: folds open by a click or the F key)
        } else if (e.getButton() == MouseButton.PRIMARY && onRuler) {
            view.seek(col);
        } else if (e.getButton() == MouseButton.PRIMARY && lane >= 0) {
            view.chooseCpu(lane);
        } else if (e.getButton() == MouseButton.SECONDARY && onRuler) {
            view.mark(e.isShiftDown() ? 'B' : 'A', col);
        } else {
            return;
        }
        e.consume();
    }

    /** Opens the fold under x if it is drawn in this lane. */
    private boolean unfold(Viewport v, double x, int lane) {
        var f = v.foldAt(view.getSnapshot().log(), lane, x);
        return f != null && view.unfoldAt(f.first());
    }
}

package org.panicscope.ui.timeline;

import javafx.event.EventHandler;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Clicks: a click on a lane (or its header) lets that CPU take the next step; a click on the ruler moves the
 * cursor there (the time cursor).
 */
public final class LaneClickPlugin implements TimelinePlugin {
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
        if (e.getButton() != MouseButton.PRIMARY || view.getSnapshot() == null) return;
        Viewport v = view.viewport();
        if (e.getY() < v.ruler() && e.getX() > v.header()) {
            int col = (int) Math.round(v.col(e.getX()));
            view.seek(Math.max(0, Math.min(view.getSnapshot().log().size(), col)));
            e.consume();
            return;
        }
        int lane = v.laneAt(e.getY());
        if (lane >= 0) {
            view.chooseCpu(lane);
            e.consume();
        }
    }
}

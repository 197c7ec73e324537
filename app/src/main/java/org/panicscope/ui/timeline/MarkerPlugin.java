package org.panicscope.ui.timeline;

import javafx.event.EventHandler;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Markers with the mouse: a right-click on the ruler puts marker A there, Shift+right-click marker B (the keys M and
 * Shift+M put them at the cursor). The distance between them is drawn under the lanes.
 */
public final class MarkerPlugin implements TimelinePlugin {
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
        if (e.getButton() != MouseButton.SECONDARY || view.getSnapshot() == null) return;
        Viewport v = view.viewport();
        if (e.getY() >= v.ruler() || e.getX() < v.header()) return;
        int col = (int) Math.max(0, Math.min(view.getSnapshot().log().size(), Math.round(v.col(e.getX()))));
        view.mark(e.isShiftDown() ? 'B' : 'A', col);
        e.consume();
    }
}

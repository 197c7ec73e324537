package org.panicscope.ui.timeline;

import javafx.event.EventHandler;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Mouse zoom and pan: the wheel zooms around the mouse, Shift+wheel or a horizontal scroll pans, and dragging
 * pans. A drag suppresses the click that would otherwise follow it.
 */
public final class ZoomPanPlugin implements TimelinePlugin {
    private double pressX;
    private double lastX;
    private boolean dragging;
    private final EventHandler<ScrollEvent> scroll = this::scroll;
    private final EventHandler<MouseEvent> press = e -> { pressX = lastX = e.getX(); dragging = false; };
    private final EventHandler<MouseEvent> drag = this::drag;
    private final EventHandler<MouseEvent> click = e -> { if (dragging) e.consume(); };
    private TimelineView view;

    @Override public void attach(TimelineView v) {
        view = v;
        v.addEventHandler(ScrollEvent.SCROLL, scroll);
        v.addEventHandler(MouseEvent.MOUSE_PRESSED, press);
        v.addEventHandler(MouseEvent.MOUSE_DRAGGED, drag);
        v.addEventFilter(MouseEvent.MOUSE_CLICKED, click);
    }

    @Override public void detach(TimelineView v) {
        v.removeEventHandler(ScrollEvent.SCROLL, scroll);
        v.removeEventHandler(MouseEvent.MOUSE_PRESSED, press);
        v.removeEventHandler(MouseEvent.MOUSE_DRAGGED, drag);
        v.removeEventFilter(MouseEvent.MOUSE_CLICKED, click);
        view = null;
    }

    private void scroll(ScrollEvent e) {
        double dx = e.getDeltaX(), dy = e.getDeltaY();
        if (e.isShiftDown() || Math.abs(dx) > Math.abs(dy)) {
            view.panPixels(-(Math.abs(dx) > 0 ? dx : dy));
        } else if (dy != 0) {
            view.followProperty().set(false);
            view.zoomAt(dy > 0 ? 1.25 : 0.8, e.getX());
        }
        e.consume();
    }

    private void drag(MouseEvent e) {
        if (!dragging && Math.abs(e.getX() - pressX) > 4) dragging = true;
        if (dragging) {
            view.followProperty().set(false);
            view.panPixels(lastX - e.getX());
        }
        lastX = e.getX();
    }
}

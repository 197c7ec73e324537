package org.panicscope.ui.timeline;

import javafx.beans.InvalidationListener;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.SkinBase;

/**
 * Draws a {@link TimelineView} on one Canvas. Changes only mark the drawing dirty; it is redrawn at most once per
 * pulse, during layout, and only the visible columns are visited.
 */
final class TimelineSkin extends SkinBase<TimelineView> {
    private final Canvas canvas = new Canvas();
    private final TimelineRenderer renderer = new TimelineRenderer();
    private CanvasPainter painter;
    private Palette palette;
    private double painterFont = -1;
    private boolean dirty = true;
    private long lastDrawNanos;

    TimelineSkin(TimelineView view) {
        super(view);
        getChildren().add(canvas);
        InvalidationListener redraw = o -> markDirty();
        view.snapshotProperty().addListener(redraw);
        view.firstProperty().addListener(redraw);
        view.pxPerChoiceProperty().addListener(redraw);
        view.fontSizeProperty().addListener(o -> { painterFont = -1; markDirty(); });
        view.laneHeightProperty().addListener(redraw);
        view.tones().addListener(o -> { palette = null; painterFont = -1; markDirty(); });
        view.hoverTextProperty().addListener(redraw);
    }

    void markDirty() {
        dirty = true;
        getSkinnable().requestLayout();
    }

    @Override protected void layoutChildren(double x, double y, double w, double h) {
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            dirty = true;
        }
        canvas.relocate(x, y);
        if (dirty) draw();
    }

    private void draw() {
        dirty = false;
        TimelineView view = getSkinnable();
        TimelineSnapshot s = view.getSnapshot();
        if (palette == null) palette = view.palette();
        if (painter == null || painterFont != view.fontSizeProperty().get()) {
            painterFont = view.fontSizeProperty().get();
            painter = new CanvasPainter(canvas.getGraphicsContext2D(), palette, painterFont);
        }
        long t0 = System.nanoTime();
        canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (s != null) {
            Viewport v = view.viewport();
            renderer.paint(s, v, painter);
            for (TimelinePlugin pl : view.getPlugins()) pl.paintOverlay(view, v, painter);
        }
        lastDrawNanos = System.nanoTime() - t0;
        view.getProperties().put("lastDrawNanos", lastDrawNanos);
    }

    @Override protected double computePrefHeight(double w, double t, double r, double b, double l) {
        return getSkinnable().contentHeight();
    }

    @Override protected double computeMinHeight(double w, double t, double r, double b, double l) {
        return getSkinnable().contentHeight();
    }

    @Override protected double computePrefWidth(double h, double t, double r, double b, double l) { return 900; }
    @Override protected double computeMinWidth(double h, double t, double r, double b, double l) { return 300; }
}

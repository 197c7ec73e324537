package org.panicscope.ui.state;

import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.SkinBase;
import javafx.util.Duration;
import org.panicscope.model.Kernel;
import org.panicscope.ui.timeline.CanvasPainter;

/** Draws a {@link RingBufferView}; a newly stored record grows into its slot over a fifth of a second. */
final class RingBufferSkin extends SkinBase<RingBufferView> {
    private final Canvas canvas = new Canvas();
    private final DoubleProperty grow = new SimpleDoubleProperty(1);
    private final Timeline growIn = new Timeline(
            new KeyFrame(Duration.ZERO, new KeyValue(grow, 0)), new KeyFrame(Duration.millis(200), new KeyValue(grow, 1)));
    private long lastNext = -1;

    RingBufferSkin(RingBufferView v) {
        super(v);
        getChildren().add(canvas);
        v.kernelProperty().addListener((o, a, k) -> {
            if (k != null && lastNext >= 0 && k.ringBuffer().nextSeq() == lastNext + 1) growIn.playFromStart();
            lastNext = k == null ? -1 : k.ringBuffer().nextSeq();
            v.requestLayout();
            draw();
        });
        grow.addListener(o -> draw());
        v.tones().addListener(o -> draw());
    }

    @Override protected void layoutChildren(double x, double y, double w, double h) {
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            draw();
        }
        canvas.relocate(x, y);
    }

    private void draw() {
        Kernel k = getSkinnable().getKernel();
        var g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (k == null || canvas.getWidth() < 40) return;
        double fs = Math.max(11, Math.min(24, Math.min(canvas.getWidth(), canvas.getHeight()) / 20));
        RingBufferRenderer.paint(k, canvas.getWidth(), canvas.getHeight(), grow.get(),
                new CanvasPainter(g, getSkinnable().tones().palette(), fs));
    }

    @Override protected double computePrefWidth(double h, double t, double r, double b, double l) { return 280; }
    @Override protected double computePrefHeight(double w, double t, double r, double b, double l) { return 280; }
    @Override protected double computeMinHeight(double w, double t, double r, double b, double l) { return 240; }
    @Override protected double computeMinWidth(double h, double t, double r, double b, double l) { return 200; }

}

package org.panicscope.ui.analysis;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.control.SkinBase;
import javafx.scene.paint.Paint;
import org.panicscope.ui.timeline.CanvasPainter;
import org.panicscope.ui.timeline.ToneStyles;

/** The trials chart (control; {@link TrialsChartRenderer} draws it on a canvas in its skin). */
public final class TrialsChart extends Control {
    private static final List<CssMetaData<TrialsChart, Paint>> TONES = ToneStyles.metaData(v -> v.tones);
    private static final List<CssMetaData<? extends Styleable, ?>> META = ToneStyles.withControlMetaData(TONES);

    final ToneStyles tones = new ToneStyles(this, TONES);
    private final TrialsViewModel vm;

    public TrialsChart(TrialsViewModel vm) {
        this.vm = vm;
        getStyleClass().add("trials-chart");
        setId("trials-chart");
    }

    TrialsViewModel vm() { return vm; }

    @Override protected Skin<?> createDefaultSkin() { return new ChartSkin(this); }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() { return META; }
    @Override public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() { return META; }

    private static final class ChartSkin extends SkinBase<TrialsChart> {
        private final Canvas canvas = new Canvas();

        ChartSkin(TrialsChart c) {
            super(c);
            getChildren().add(canvas);
            c.vm().rows().addListener((ListChangeListener<TrialsViewModel.Row>) ch -> draw());
            c.tones.addListener(o -> draw());
        }

        @Override protected void layoutChildren(double x, double y, double w, double h) {
            canvas.relocate(x, y);
            if (canvas.getWidth() != w || canvas.getHeight() != h) {
                canvas.setWidth(w);
                canvas.setHeight(h);
                draw();
            }
        }

        private void draw() {
            var g = canvas.getGraphicsContext2D();
            g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
            if (canvas.getWidth() < 50) return;
            TrialsChart c = getSkinnable();
            double fs = Math.max(11, Math.min(18, canvas.getHeight() / 26));
            TrialsChartRenderer.paint(List.copyOf(c.vm().rows()), canvas.getWidth(), canvas.getHeight(), new CanvasPainter(g, c.tones.palette(), fs));
        }

        @Override protected double computePrefHeight(double w, double t, double r, double b, double l) { return 380; }
        @Override protected double computePrefWidth(double h, double t, double r, double b, double l) { return 800; }
        /** Every configuration gets a readable row: the chart scrolls rather than squeeze them. */
        @Override protected double computeMinHeight(double w, double t, double r, double b, double l) {
            return 14 * 3.2 + Math.max(1, getSkinnable().vm().rows().size()) * 14 * 2.4 + 14;
        }
    }
}

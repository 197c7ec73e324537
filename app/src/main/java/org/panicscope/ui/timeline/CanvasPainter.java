package org.panicscope.ui.timeline;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.panicscope.picture.Tone;
import org.panicscope.picture.TextStyle;
import org.panicscope.picture.Painter;
import org.panicscope.picture.Palette;

/** {@link Painter} on a JavaFX Canvas. Fonts and text widths are cached: the timeline draws up to 60 times a second. */
public final class CanvasPainter implements Painter {
    private final GraphicsContext g;
    private final Palette palette;
    private final Color[] colors = new Color[Tone.values().length];
    private final double fontSize;
    private final Map<TextStyle, Font> fonts;
    private final Map<TextStyle, Map<String, Double>> widths;
    private final Text measure;

    public CanvasPainter(GraphicsContext g, Palette palette, double fontSize) {
        this(g, palette, fontSize, new HashMap<>(), new HashMap<>(), new Text());
    }

    private CanvasPainter(GraphicsContext g, Palette palette, double fontSize, Map<TextStyle, Font> fonts,
                          Map<TextStyle, Map<String, Double>> widths, Text measure) {
        this.g = g;
        this.palette = palette;
        this.fontSize = fontSize;
        this.fonts = fonts;
        this.widths = widths;
        this.measure = measure;
        g.setTextBaseline(VPos.BASELINE);
        g.setLineCap(StrokeLineCap.BUTT);
    }

    /** The same painter on another canvas, sharing fonts and measured widths (one per tile). */
    public CanvasPainter on(GraphicsContext other) {
        return new CanvasPainter(other, palette, fontSize, fonts, widths, measure);
    }

    private Color color(Tone t) {
        Color c = colors[t.ordinal()];
        if (c == null) colors[t.ordinal()] = c = ToneStyles.color(palette.rgb(t));
        return c;
    }

    private Font font(TextStyle s) {
        return fonts.computeIfAbsent(s, k -> Font.font(k.mono() ? "Monospaced" : "System",
                k.bold() ? FontWeight.BOLD : FontWeight.NORMAL, Math.round(fontSize * k.scale())));
    }

    @Override public double fontSize() { return fontSize; }

    @Override public void fillRect(double x, double y, double w, double h, Tone tone, double alpha) {
        g.setGlobalAlpha(alpha);
        g.setFill(color(tone));
        g.fillRect(x, y, w, h);
        g.setGlobalAlpha(1);
    }

    @Override public void strokeRect(double x, double y, double w, double h, Tone tone, double width) {
        g.setStroke(color(tone));
        g.setLineWidth(width);
        g.setLineDashes();
        g.strokeRect(x, y, w, h);
    }

    @Override public void line(double x1, double y1, double x2, double y2, Tone tone, double width, boolean dashed) {
        g.setStroke(color(tone));
        g.setLineWidth(width);
        if (dashed) g.setLineDashes(6, 4); else g.setLineDashes();
        g.strokeLine(x1, y1, x2, y2);
        g.setLineDashes();
    }

    @Override public void polyline(double[] xs, double[] ys, int n, Tone tone, double width) {
        g.setStroke(color(tone));
        g.setLineWidth(width);
        g.setLineDashes();
        g.strokePolyline(xs, ys, n);
    }

    @Override public void fillPolygon(double[] xs, double[] ys, int n, Tone tone, double alpha) {
        g.setGlobalAlpha(alpha);
        g.setFill(color(tone));
        g.fillPolygon(xs, ys, n);
        g.setGlobalAlpha(1);
    }

    @Override public void fillOval(double x, double y, double w, double h, Tone tone, double alpha) {
        g.setGlobalAlpha(alpha);
        g.setFill(color(tone));
        g.fillOval(x, y, w, h);
        g.setGlobalAlpha(1);
    }

    @Override public void text(double x, double y, String text, Tone tone, TextStyle style, Align align) {
        g.setFont(font(style));
        g.setFill(color(tone));
        g.setTextAlign(switch (align) {
            case LEFT -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
        });
        g.fillText(text, x, y);
    }

    @Override public double textWidth(String text, TextStyle style) {
        Map<String, Double> m = widths.computeIfAbsent(style, k -> new HashMap<>());
        Double w = m.get(text);
        if (w == null) {
            measure.setFont(font(style));
            measure.setText(text);
            w = measure.getLayoutBounds().getWidth();
            if (m.size() < 4096) m.put(text, w);
        }
        return w;
    }

    @Override public void clip(double x, double y, double w, double h) {
        g.save();
        g.beginPath();
        g.rect(x, y, w, h);
        g.clip();
    }

    @Override public void unclip() { g.restore(); }
}

package org.panicscope.export;

import org.panicscope.picture.TextStyle;
import org.panicscope.picture.Tone;

/**
 * The app's timeline {@link org.panicscope.picture.Painter} onto an export backend ({@link SvgPainter} for SVG,
 * {@link AwtPainter} for PNG and GIF frames): the app's own {@code TimelineRenderer} draws into a file through
 * this, so an exported view is the drawing on screen. The app's tones map one to one onto {@link Tone} by their
 * theme token ({@code -ps-act-spin}), and {@link Palette} reads the same theme stylesheets. The drawing can be
 * moved by (dx, dy), to stack two timelines in one picture, and its group ids get a prefix ({@code BASE-cpu0}).
 * No JavaFX: it runs headless and off the FX thread.
 */
public final class ExportPainter implements org.panicscope.picture.Painter {
    private final Painter out;
    private final double fontSize, dx, dy;
    private final String idPrefix;

    public ExportPainter(Painter out, double fontSize) { this(out, fontSize, 0, 0, ""); }

    public ExportPainter(Painter out, double fontSize, double dx, double dy, String idPrefix) {
        this.out = out;
        this.fontSize = fontSize;
        this.dx = dx;
        this.dy = dy;
        this.idPrefix = idPrefix;
    }

    @Override public void fillRect(double x, double y, double w, double h, Tone tone, double alpha) {
        out.rect(x + dx, y + dy, w, h, tone, alpha, null);
    }

    @Override public void strokeRect(double x, double y, double w, double h, Tone tone, double width) {
        out.strokeRect(x + dx, y + dy, w, h, tone, width);
    }

    @Override public void line(double x1, double y1, double x2, double y2, Tone tone, double width, boolean dashed) {
        out.line(x1 + dx, y1 + dy, x2 + dx, y2 + dy, tone, width, dashed);
    }

    @Override public void polyline(double[] xs, double[] ys, int n, Tone tone, double width) {
        out.polyline(shift(xs, n, dx), shift(ys, n, dy), n, tone, width);
    }

    @Override public void fillPolygon(double[] xs, double[] ys, int n, Tone tone, double alpha) {
        double[] xy = new double[2 * n];
        for (int i = 0; i < n; i++) { xy[2 * i] = xs[i] + dx; xy[2 * i + 1] = ys[i] + dy; }
        out.polygon(xy, tone, null);
    }

    @Override public void fillOval(double x, double y, double w, double h, Tone tone, double alpha) {
        out.oval(x + dx, y + dy, w, h, tone, alpha);
    }

    @Override public void text(double x, double y, String text, Tone tone, TextStyle style, Align align) {
        out.text(x + dx, y + dy, text, tone, fontSize * style.scale(), style.bold(), style.mono(), switch (align) {
            case LEFT -> Painter.Anchor.START;
            case CENTER -> Painter.Anchor.MIDDLE;
            case RIGHT -> Painter.Anchor.END;
        });
    }

    @Override public double textWidth(String text, TextStyle style) {
        return out.textWidth(text, fontSize * style.scale(), style.bold(), style.mono());
    }

    @Override public double fontSize() { return fontSize; }

    @Override public void clip(double x, double y, double w, double h) { out.clip(x + dx, y + dy, w, h); }

    @Override public void unclip() { out.unclip(); }

    @Override public void beginGroup(String id) { out.group(idPrefix + id, "lane"); }

    @Override public void endGroup() { out.endGroup(); }

    private static double[] shift(double[] a, int n, double d) {
        double[] b = new double[n];
        for (int i = 0; i < n; i++) b[i] = a[i] + d;
        return b;
    }
}

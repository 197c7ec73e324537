package org.panicscope.picture;

/**
 * A drawing moved by (dx, dy) on another {@link Painter}, its group ids prefixed ({@code lane-BASE-cpu0}): two
 * timelines stacked in one picture (a comparison), or a timeline under a title. Everything else passes through.
 */
public final class ShiftedPainter implements Painter {
    private final Painter out;
    private final double dx, dy;
    private final String idPrefix;

    public ShiftedPainter(Painter out, double dx, double dy, String idPrefix) {
        this.out = out;
        this.dx = dx;
        this.dy = dy;
        this.idPrefix = idPrefix;
    }

    @Override public void fillRect(double x, double y, double w, double h, Tone tone, double alpha) {
        out.fillRect(x + dx, y + dy, w, h, tone, alpha);
    }

    @Override public void fillRect(double x, double y, double w, double h, Tone tone, double alpha, String tooltip) {
        out.fillRect(x + dx, y + dy, w, h, tone, alpha, tooltip);
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
        out.fillPolygon(shift(xs, n, dx), shift(ys, n, dy), n, tone, alpha);
    }

    @Override public void fillOval(double x, double y, double w, double h, Tone tone, double alpha) {
        out.fillOval(x + dx, y + dy, w, h, tone, alpha);
    }

    @Override public void text(double x, double y, String text, Tone tone, TextStyle style, Align align) {
        out.text(x + dx, y + dy, text, tone, style, align);
    }

    @Override public double textWidth(String text, TextStyle style) { return out.textWidth(text, style); }

    @Override public double fontSize() { return out.fontSize(); }

    @Override public void clip(double x, double y, double w, double h) { out.clip(x + dx, y + dy, w, h); }

    @Override public void unclip() { out.unclip(); }

    @Override public void beginGroup(String id, String role) { out.beginGroup(id == null ? null : idPrefix + id, role); }

    @Override public void endGroup() { out.endGroup(); }

    private static double[] shift(double[] a, int n, double d) {
        double[] b = new double[n];
        for (int i = 0; i < n; i++) b[i] = a[i] + d;
        return b;
    }
}

package org.panicscope.picture;

/**
 * The one drawing surface of every picture: rectangles, lines, text and arrows in semantic {@link Tone}s, in pixels
 * with y down. The app draws on a JavaFX Canvas ({@code ui.timeline.CanvasPainter}); {@link SvgPainter} writes
 * vector elements and {@link AwtPainter} rasterises for PNG and GIF. The drawing code ({@link TimelineRenderer},
 * {@link TimelinePicture}, the ring buffer and the trials chart) is written once against this interface, so a file
 * shows what the screen shows.
 *
 * <p>Groups and tooltips carry what a vector file keeps (one {@code <g id="lane-BASE-cpu0">} per CPU lane, a
 * {@code <title>} shown on hover); a canvas or a raster ignores them.
 */
public interface Painter {
    enum Align { LEFT, CENTER, RIGHT }

    /** Starts a picture of the given size on a background (a file backend makes its document or image here). */
    default void begin(double width, double height, Tone background) { fillRect(0, 0, width, height, background); }

    /** Finishes the picture (a file backend closes its document or disposes its graphics). */
    default void end() { }

    void fillRect(double x, double y, double w, double h, Tone tone, double alpha);

    void strokeRect(double x, double y, double w, double h, Tone tone, double width);

    void line(double x1, double y1, double x2, double y2, Tone tone, double width, boolean dashed);

    void polyline(double[] xs, double[] ys, int n, Tone tone, double width);

    void fillPolygon(double[] xs, double[] ys, int n, Tone tone, double alpha);

    void fillOval(double x, double y, double w, double h, Tone tone, double alpha);

    /** Text with its baseline at y. */
    void text(double x, double y, String text, Tone tone, TextStyle style, Align align);

    double textWidth(String text, TextStyle style);

    /** The base font size in pixels (the theme's; larger in the projector theme); a {@link TextStyle} scales it. */
    double fontSize();

    void clip(double x, double y, double w, double h);

    void unclip();

    /**
     * Starts a group until {@link #endGroup()}: {@code id} unique in the picture (or null), {@code role} its kind
     * ("lane", "panel", "arrows"). A vector file writes {@code <g id class>}; the canvas ignores groups.
     */
    default void beginGroup(String id, String role) { }

    default void endGroup() { }

    default void fillRect(double x, double y, double w, double h, Tone tone) { fillRect(x, y, w, h, tone, 1); }

    /** A filled rectangle with a text shown on hover where the backend can (SVG {@code <title>}). */
    default void fillRect(double x, double y, double w, double h, Tone tone, double alpha, String tooltip) {
        fillRect(x, y, w, h, tone, alpha);
    }

    /** A filled polygon given as x0, y0, x1, y1, ..., with a hover text where the backend can. */
    default void fillPolygon(double[] xy, Tone tone, String tooltip) {
        int n = xy.length / 2;
        double[] xs = new double[n], ys = new double[n];
        for (int i = 0; i < n; i++) { xs[i] = xy[2 * i]; ys[i] = xy[2 * i + 1]; }
        fillPolygon(xs, ys, n, tone, 1);
    }

    /** A straight arrow with a filled head at (x2, y2). */
    default void arrow(double x1, double y1, double x2, double y2, Tone tone, double width, boolean dashed) {
        double dx = x2 - x1, dy = y2 - y1, len = Math.hypot(dx, dy);
        if (len < 1) return;
        double ux = dx / len, uy = dy / len, head = Math.min(len * 0.6, 6 + width * 3);
        line(x1, y1, x2 - ux * head * 0.8, y2 - uy * head * 0.8, tone, width, dashed);
        double bx = x2 - ux * head, by = y2 - uy * head, px = -uy * head * 0.5, py = ux * head * 0.5;
        fillPolygon(new double[] {x2, bx + px, bx - px}, new double[] {y2, by + py, by - py}, 3, tone, 1);
    }

    /** The same arrow with a hover text where the backend can. */
    default void arrow(double x1, double y1, double x2, double y2, Tone tone, double width, boolean dashed, String tooltip) {
        arrow(x1, y1, x2, y2, tone, width, dashed);
    }

    /** Diagonal hatching inside a rectangle (halted CPUs; readable without colour), see {@link Strokes#hatch}. */
    default void hatch(double x, double y, double w, double h, Tone tone, double spacing) {
        Strokes.hatch(x, y, w, h, spacing, (x1, y1, x2, y2) -> line(x1, y1, x2, y2, tone, 1.2, false));
    }

    /** The longest prefix of {@code text} (with an ellipsis) that fits in {@code width}; "" when nothing fits. */
    default String fit(String text, TextStyle style, double width) {
        if (textWidth(text, style) <= width) return text;
        for (int n = text.length() - 1; n > 0; n--) {
            String t = text.substring(0, n) + "…";
            if (textWidth(t, style) <= width) return t;
        }
        return "";
    }

    /** A zigzag across a rectangle (spinning; readable without colour). */
    default void zigzag(double x, double y, double w, double h, Tone tone, double period) {
        double[][] z = Strokes.zigzag(x, y, w, h, period);
        polyline(z[0], z[1], z[0].length, tone, 1.4);
    }
}

package org.panicscope.picture;

/**
 * The drawing surface of the timeline and the ring buffer: rectangles, lines, text and arrows in semantic tones.
 * {@link CanvasPainter} draws on a JavaFX Canvas; an SVG writer implements the same calls, so a picture for a slide
 * is the same drawing code as the screen. Coordinates are pixels, y down.
 */
public interface Painter {
    enum Align { LEFT, CENTER, RIGHT }

    void fillRect(double x, double y, double w, double h, Tone tone, double alpha);

    void strokeRect(double x, double y, double w, double h, Tone tone, double width);

    void line(double x1, double y1, double x2, double y2, Tone tone, double width, boolean dashed);

    void polyline(double[] xs, double[] ys, int n, Tone tone, double width);

    void fillPolygon(double[] xs, double[] ys, int n, Tone tone, double alpha);

    void fillOval(double x, double y, double w, double h, Tone tone, double alpha);

    /** Text with its baseline at y. */
    void text(double x, double y, String text, Tone tone, TextStyle style, Align align);

    double textWidth(String text, TextStyle style);

    /** The base font size in pixels (the theme's; larger in the projector theme). */
    double fontSize();

    void clip(double x, double y, double w, double h);

    void unclip();

    /** Starts a named group (an SVG {@code <g id>}, one per CPU lane); the canvas ignores groups. */
    default void beginGroup(String id) { }

    default void endGroup() { }

    default void fillRect(double x, double y, double w, double h, Tone tone) { fillRect(x, y, w, h, tone, 1); }

    /** A straight arrow with a filled head at (x2, y2). */
    default void arrow(double x1, double y1, double x2, double y2, Tone tone, double width, boolean dashed) {
        double dx = x2 - x1, dy = y2 - y1, len = Math.hypot(dx, dy);
        if (len < 1) return;
        double ux = dx / len, uy = dy / len, head = Math.min(len * 0.6, 6 + width * 3);
        line(x1, y1, x2 - ux * head * 0.8, y2 - uy * head * 0.8, tone, width, dashed);
        double bx = x2 - ux * head, by = y2 - uy * head, px = -uy * head * 0.5, py = ux * head * 0.5;
        fillPolygon(new double[] {x2, bx + px, bx - px}, new double[] {y2, by + py, by - py}, 3, tone, 1);
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

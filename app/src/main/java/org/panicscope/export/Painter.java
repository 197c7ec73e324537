package org.panicscope.export;

import org.panicscope.picture.Strokes;
import org.panicscope.picture.Tone;

/**
 * The few drawing operations the timeline needs, in logical pixels, with colours as semantic {@link Tone}s. One
 * drawing ({@link TimelinePicture}) feeds every backend, so the app's canvas, the SVG file, the PNG and the GIF
 * frames show the same picture: {@link SvgPainter} writes vector elements, {@link AwtPainter} rasterises for PNG
 * and GIF, and the app implements this interface over a JavaFX {@code GraphicsContext} (docs/export.md shows the
 * twenty lines it takes).
 *
 * <p>Groups carry structure that a vector file keeps (one {@code <g id="lane-BASE-cpu0">} per CPU lane) and that a
 * raster backend ignores. A tooltip is shown on hover where the backend can (SVG {@code <title>}); null for none.
 */
public interface Painter {

    enum Anchor { START, MIDDLE, END }

    /** Starts a picture of the given logical size on the background colour. */
    void begin(double width, double height, Tone background);

    /** Finishes the picture (flushes a file, disposes a graphics context). */
    void end();

    /** Opens a group; {@code id} is unique in the picture (or null), {@code role} names its kind ("lane", "arrow"). */
    void group(String id, String role);

    void endGroup();

    void rect(double x, double y, double w, double h, Tone fill, double alpha, String tooltip);

    default void rect(double x, double y, double w, double h, Tone fill, String tooltip) { rect(x, y, w, h, fill, 1, tooltip); }

    void strokeRect(double x, double y, double w, double h, Tone stroke, double width);

    void line(double x1, double y1, double x2, double y2, Tone stroke, double width, boolean dashed);

    /** A filled polygon given as x0, y0, x1, y1, ... */
    void polygon(double[] xy, Tone fill, String tooltip);

    void polyline(double[] xs, double[] ys, int n, Tone stroke, double width);

    /** A filled ellipse inside the rectangle. */
    void oval(double x, double y, double w, double h, Tone fill, double alpha);

    /** Restricts drawing to a rectangle until {@link #unclip()}; clips nest with groups, not across them. */
    void clip(double x, double y, double w, double h);

    void unclip();

    /** Text with its baseline at {@code y}, in the sans-serif font or (mono) the monospaced one for ids and code. */
    void text(double x, double y, String text, Tone color, double size, boolean bold, boolean mono, Anchor anchor);

    default void text(double x, double y, String text, Tone color, double size, boolean bold, Anchor anchor) {
        text(x, y, text, color, size, bold, false, anchor);
    }

    /** The advance width of {@code text} at {@code size}; layout decisions (does a label fit?) use it. */
    double textWidth(String text, double size, boolean bold, boolean mono);

    default double textWidth(String text, double size, boolean bold) { return textWidth(text, size, bold, false); }

    /** A line with an arrow head at (x2, y2). */
    default void arrow(double x1, double y1, double x2, double y2, Tone stroke, double width, boolean dashed, String tooltip) {
        line(x1, y1, x2, y2, stroke, width, dashed);
        polygon(arrowHead(x1, y1, x2, y2, 4 + 2 * width), stroke, tooltip);
    }

    /** Diagonal hatching inside a rectangle (halted CPUs: readable without colour), as the app's timeline draws it. */
    default void hatch(double x, double y, double w, double h, Tone tone, double spacing) {
        Strokes.hatch(x, y, w, h, spacing, (x1, y1, x2, y2) -> line(x1, y1, x2, y2, tone, 1.2, false));
    }

    /** A zigzag across a rectangle (spinning: readable without colour), as the app's timeline draws it. */
    default void zigzag(double x, double y, double w, double h, Tone tone, double period) {
        double[][] z = Strokes.zigzag(x, y, w, h, period);
        polyline(z[0], z[1], z[0].length, tone, 1.4);
    }

    /** The triangle of an arrow head of length {@code size} pointing at (x2, y2). */
    static double[] arrowHead(double x1, double y1, double x2, double y2, double size) {
        double dx = x2 - x1, dy = y2 - y1, len = Math.max(Math.hypot(dx, dy), 1e-9);
        double ux = dx / len, uy = dy / len, half = size * 0.55;
        double bx = x2 - ux * size, by = y2 - uy * size;
        return new double[] {x2, y2, bx - uy * half, by + ux * half, bx + uy * half, by - ux * half};
    }
}

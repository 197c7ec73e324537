package org.panicscope.picture;

/**
 * The geometry of the patterns that make a timeline readable without colour, shared by the app's {@link Painter}
 * and the export's painter so that the screen and a file draw them alike: the zigzag of a spin, the hatching of a
 * halted CPU or an NMI handler, an arrow's head.
 */
public final class Strokes {
    private Strokes() { }

    /** Receives one straight line of a pattern. */
    @FunctionalInterface
    public interface LineSink {
        void line(double x1, double y1, double x2, double y2);
    }

    /** The zigzag across a rectangle: {xs, ys}, corners every half period, alternating bottom and top edge. */
    public static double[][] zigzag(double x, double y, double w, double h, double period) {
        int n = (int) Math.min(4000, Math.ceil(w / (period / 2))) + 1;
        double[] xs = new double[n], ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = Math.min(x + w, x + i * period / 2);
            ys[i] = (i % 2 == 0) ? y + h : y;
        }
        return new double[][] {xs, ys};
    }

    /**
     * Diagonal hatching inside a rectangle, lines {@code spacing} apart. Each 45-degree line is cut to the rectangle
     * by arithmetic, not by a clip: clipping is slow on the software renderer, and a file needs no clip path.
     */
    public static void hatch(double x, double y, double w, double h, double spacing, LineSink out) {
        if (w <= 0 || h <= 0) return;
        double start = Math.floor((x - h) / spacing) * spacing;
        for (double sx = start; sx < x + w; sx += spacing) {
            // the line from (sx, y+h) to (sx+h, y), i.e. points (sx+t, y+h-t) for t in [0, h]
            double t0 = Math.max(0, x - sx), t1 = Math.min(h, x + w - sx);
            if (t1 > t0) out.line(sx + t0, y + h - t0, sx + t1, y + h - t1);
        }
    }
}

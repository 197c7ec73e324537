package org.panicscope.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * Rasterises the picture with Java2D into an image {@code scale} times the logical size (scale 2 of a 1920-wide
 * picture fills a 4K projector crisply). Runs headless, in the command line and in the jlink image alike.
 */
public final class AwtPainter implements Painter {
    private final Palette palette;
    private final double scale;
    private BufferedImage image;
    private Graphics2D g;
    private final java.util.List<java.awt.Shape> clips = new java.util.ArrayList<>(); // getClip() may be null

    public AwtPainter(Palette palette, double scale) {
        if (!(scale > 0 && scale <= 16)) throw new IllegalArgumentException("scale must be in (0, 16], not " + scale);
        this.palette = palette;
        this.scale = scale;
    }

    /** The image, after {@link #end()}. */
    public BufferedImage image() { return image; }

    @Override public void begin(double width, double height, Tone background) {
        checkFits(width, height, scale);
        image = new BufferedImage((int) Math.ceil(width * scale), (int) Math.ceil(height * scale), BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(scale, scale);
        g.setColor(color(background));
        g.fill(new Rectangle2D.Double(0, 0, width, height));
    }

    /** A picture too large for the heap (or for a Java image at all): the message names the largest scale that fits. */
    public static final class TooLarge extends IllegalArgumentException {
        TooLarge(String m) { super(m); }
    }

    /**
     * Bytes per pixel a raster export holds at once, an estimate with a margin: the RGB image (4 bytes), and for a
     * GIF the writer's indexed copy of it (1 byte), plus the encoder's buffers.
     */
    static final int BYTES_PER_PIXEL = 6;

    /**
     * Checks before the image exists that it fits: a Java image has at most 2^31-1 pixels, and the heap must hold
     * {@link #BYTES_PER_PIXEL} bytes per pixel beside what is in use. Otherwise the export would end in a
     * NegativeArraySizeException or an OutOfMemoryError after minutes of drawing.
     */
    static void checkFits(double width, double height, double scale) {
        double w = Math.ceil(width * scale), h = Math.ceil(height * scale);
        double pixels = w * h;
        Runtime rt = Runtime.getRuntime();
        long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        if (pixels <= Integer.MAX_VALUE && pixels * BYTES_PER_PIXEL <= free) return;
        System.gc(); // garbage counts as used until collected: ask only when the picture looks too large
        free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        double fit = Math.min(Integer.MAX_VALUE, (double) free / BYTES_PER_PIXEL);
        if (pixels <= fit) return;
        double best = Math.floor(scale * Math.sqrt(fit / pixels) * 100) / 100;
        String why = pixels > Integer.MAX_VALUE ? "more pixels than a Java image can hold (2147483647)"
                : String.format(java.util.Locale.ROOT, "%.0f MB; the heap has room for about %d MB (%s)", pixels * BYTES_PER_PIXEL / 1e6,
                        free / 1_000_000, org.panicscope.engine.Budget.heapHint());
        throw new TooLarge(String.format(java.util.Locale.ROOT, "the picture would be %.0f x %.0f pixels: %s. At this width the largest "
                + "scale that fits is --scale %s (or a smaller --width); an svg export has no such limit", w, h, why,
                best > 0 ? String.valueOf(best) : "0.01 (none fits)"));
    }

    @Override public void end() {
        if (g != null) g.dispose();
        g = null;
    }

    @Override public void group(String id, String role) { }

    @Override public void endGroup() { }

    @Override public void rect(double x, double y, double w, double h, Tone fill, double alpha, String tooltip) {
        g.setColor(alpha >= 1 ? color(fill) : new Color(palette.rgb(fill) | ((int) Math.round(alpha * 255) << 24), true));
        g.fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override public void polyline(double[] xs, double[] ys, int n, Tone stroke, double width) {
        if (n < 2) return;
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < n; i++) p.lineTo(xs[i], ys[i]);
        g.setColor(color(stroke));
        g.setStroke(new BasicStroke((float) width));
        g.draw(p);
    }

    @Override public void oval(double x, double y, double w, double h, Tone fill, double alpha) {
        g.setColor(alpha >= 1 ? color(fill) : new Color(palette.rgb(fill) | ((int) Math.round(alpha * 255) << 24), true));
        g.fill(new java.awt.geom.Ellipse2D.Double(x, y, w, h));
    }

    @Override public void clip(double x, double y, double w, double h) {
        clips.add(g.getClip());
        g.clip(new Rectangle2D.Double(x, y, w, h));
    }

    @Override public void unclip() { g.setClip(clips.removeLast()); }

    @Override public void strokeRect(double x, double y, double w, double h, Tone stroke, double width) {
        g.setColor(color(stroke));
        g.setStroke(new BasicStroke((float) width));
        g.draw(new Rectangle2D.Double(x, y, w, h));
    }

    @Override public void line(double x1, double y1, double x2, double y2, Tone stroke, double width, boolean dashed) {
        g.setColor(color(stroke));
        g.setStroke(dashed
                ? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                        new float[] {(float) (3 * width + 2), (float) (2 * width + 2)}, 0f)
                : new BasicStroke((float) width));
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override public void polygon(double[] xy, Tone fill, String tooltip) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) p.lineTo(xy[i], xy[i + 1]);
        p.closePath();
        g.setColor(color(fill));
        g.fill(p);
    }

    @Override public void text(double x, double y, String text, Tone color, double size, boolean bold, boolean mono, Anchor anchor) {
        g.setFont(Fonts.font(size, bold, mono));
        double w = anchor == Anchor.START ? 0 : Fonts.width(text, size, bold, mono);
        g.setColor(color(color));
        g.drawString(text, (float) (x - (anchor == Anchor.MIDDLE ? w / 2 : anchor == Anchor.END ? w : 0)), (float) y);
    }

    @Override public double textWidth(String text, double size, boolean bold, boolean mono) { return Fonts.width(text, size, bold, mono); }

    private Color color(Tone t) { return new Color(palette.rgb(t)); }
}

package org.panicscope.picture;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * A {@link Painter} that rasterises the picture with Java2D into an image {@code scale} times the logical size (scale 2 of a 1920-wide
 * picture fills a 4K projector crisply). Runs headless, in the command line and in the jlink image alike.
 */
public final class AwtPainter implements Painter {
    private final Palette palette;
    private final double scale;
    private final double fontSize;
    private BufferedImage image;
    private Graphics2D g;
    private final java.util.List<java.awt.Shape> clips = new java.util.ArrayList<>(); // getClip() may be null

    /** @param fontSize the base font size in pixels that {@link TextStyle}s scale */
    public AwtPainter(Palette palette, double scale, double fontSize) {
        if (!(scale > 0 && scale <= 16)) throw new IllegalArgumentException("scale must be in (0, 16], not " + scale);
        this.palette = palette;
        this.scale = scale;
        this.fontSize = fontSize;
    }

    @Override public double fontSize() { return fontSize; }

    /** The image, after {@link #end()}. */
    public BufferedImage image() { return image; }

    @Override public void begin(double width, double height, Tone background) {
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

    @Override public void end() {
        if (g != null) g.dispose();
        g = null;
    }

    @Override public void fillRect(double x, double y, double w, double h, Tone fill, double alpha) {
        g.setColor(color(fill, alpha));
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

    @Override public void fillOval(double x, double y, double w, double h, Tone fill, double alpha) {
        g.setColor(color(fill, alpha));
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

    @Override public void fillPolygon(double[] xs, double[] ys, int n, Tone fill, double alpha) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < n; i++) p.lineTo(xs[i], ys[i]);
        p.closePath();
        g.setColor(color(fill, alpha));
        g.fill(p);
    }

    @Override public void text(double x, double y, String text, Tone color, TextStyle style, Align align) {
        double size = fontSize * style.scale();
        g.setFont(Fonts.font(size, style.bold(), style.mono()));
        double w = align == Align.LEFT ? 0 : Fonts.width(text, size, style.bold(), style.mono());
        g.setColor(color(color));
        g.drawString(text, (float) (x - (align == Align.CENTER ? w / 2 : align == Align.RIGHT ? w : 0)), (float) y);
    }

    @Override public double textWidth(String text, TextStyle style) {
        return Fonts.width(text, fontSize * style.scale(), style.bold(), style.mono());
    }

    private Color color(Tone t) { return new Color(palette.rgb(t)); }

    private Color color(Tone t, double alpha) {
        return alpha >= 1 ? color(t) : new Color(palette.rgb(t) | ((int) Math.round(alpha * 255) << 24), true);
    }
}

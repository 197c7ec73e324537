package org.panicscope.picture;

import java.util.Locale;

/**
 * A {@link Painter} that writes the picture as SVG 1.1 text: real vector elements, one {@code <g>} per group with its id, colours as
 * inline presentation attributes (read by browsers and Inkscape alike) plus the token as the element's class, and
 * tooltips as {@code <title>} children (shown on hover in a browser).
 */
public final class SvgPainter implements Painter {
    private final Palette palette;
    private final double fontSize;
    private final StringBuilder out = new StringBuilder(1 << 16);
    private int depth;
    private int clips;

    /** @param fontSize the base font size in pixels that {@link TextStyle}s scale */
    public SvgPainter(Palette palette, double fontSize) {
        this.palette = palette;
        this.fontSize = fontSize;
    }

    @Override public double fontSize() { return fontSize; }

    /** The SVG document, after {@link #end()}. */
    public String svg() { return out.toString(); }

    @Override public void begin(double width, double height, Tone background) {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
           .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(n(width))
           .append("\" height=\"").append(n(height)).append("\" viewBox=\"0 0 ").append(n(width)).append(' ').append(n(height))
           .append("\" font-family=\"").append(esc(Fonts.SVG_FAMILY)).append("\">\n");
        out.append("<rect class=\"").append(background.cssClass()).append("\" x=\"0\" y=\"0\" width=\"").append(n(width))
           .append("\" height=\"").append(n(height)).append("\" fill=\"").append(palette.hex(background)).append("\"/>\n");
        depth = 1;
    }

    @Override public void end() {
        while (depth > 1) endGroup();
        out.append("</svg>\n");
        depth = 0;
    }

    @Override public void beginGroup(String id, String role) {
        indent().append("<g");
        if (id != null) out.append(" id=\"").append(esc(id)).append('"');
        if (role != null) out.append(" class=\"").append(esc(role)).append('"');
        out.append(">\n");
        depth++;
    }

    @Override public void endGroup() {
        depth--;
        indent().append("</g>\n");
    }

    @Override public void fillRect(double x, double y, double w, double h, Tone fill, double alpha) {
        fillRect(x, y, w, h, fill, alpha, null);
    }

    @Override public void fillRect(double x, double y, double w, double h, Tone fill, double alpha, String tooltip) {
        indent().append("<rect class=\"").append(fill.cssClass()).append("\" x=\"").append(n(x)).append("\" y=\"").append(n(y))
           .append("\" width=\"").append(n(w)).append("\" height=\"").append(n(h)).append("\" fill=\"").append(palette.hex(fill)).append('"');
        if (alpha < 1) out.append(" fill-opacity=\"").append(n(alpha)).append('"');
        closeWithTitle("rect", tooltip);
    }

    @Override public void polyline(double[] xs, double[] ys, int count, Tone stroke, double width) {
        indent().append("<polyline class=\"").append(stroke.cssClass()).append("\" points=\"");
        for (int i = 0; i < count; i++) out.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(ys[i]));
        out.append("\" fill=\"none\" stroke=\"").append(palette.hex(stroke)).append("\" stroke-width=\"").append(n(width)).append("\"/>\n");
    }

    @Override public void fillOval(double x, double y, double w, double h, Tone fill, double alpha) {
        indent().append("<ellipse class=\"").append(fill.cssClass()).append("\" cx=\"").append(n(x + w / 2)).append("\" cy=\"").append(n(y + h / 2))
           .append("\" rx=\"").append(n(w / 2)).append("\" ry=\"").append(n(h / 2)).append("\" fill=\"").append(palette.hex(fill)).append('"');
        if (alpha < 1) out.append(" fill-opacity=\"").append(n(alpha)).append('"');
        out.append("/>\n");
    }

    @Override public void clip(double x, double y, double w, double h) {
        String id = "clip" + (++clips);
        indent().append("<clipPath id=\"").append(id).append("\"><rect x=\"").append(n(x)).append("\" y=\"").append(n(y))
           .append("\" width=\"").append(n(w)).append("\" height=\"").append(n(h)).append("\"/></clipPath>\n");
        indent().append("<g clip-path=\"url(#").append(id).append(")\">\n");
        depth++;
    }

    @Override public void unclip() { endGroup(); }

    @Override public void strokeRect(double x, double y, double w, double h, Tone stroke, double width) {
        indent().append("<rect class=\"").append(stroke.cssClass()).append("\" x=\"").append(n(x)).append("\" y=\"").append(n(y))
           .append("\" width=\"").append(n(w)).append("\" height=\"").append(n(h)).append("\" fill=\"none\" stroke=\"")
           .append(palette.hex(stroke)).append("\" stroke-width=\"").append(n(width)).append("\"/>\n");
    }

    @Override public void line(double x1, double y1, double x2, double y2, Tone stroke, double width, boolean dashed) {
        indent().append("<line class=\"").append(stroke.cssClass()).append("\" x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1))
           .append("\" x2=\"").append(n(x2)).append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(palette.hex(stroke))
           .append("\" stroke-width=\"").append(n(width)).append('"');
        if (dashed) out.append(" stroke-dasharray=\"").append(n(3 * width + 2)).append(' ').append(n(2 * width + 2)).append('"');
        out.append("/>\n");
    }

    @Override public void fillPolygon(double[] xs, double[] ys, int count, Tone fill, double alpha) {
        double[] xy = new double[2 * count];
        for (int i = 0; i < count; i++) { xy[2 * i] = xs[i]; xy[2 * i + 1] = ys[i]; }
        polygon(xy, fill, alpha, null);
    }

    @Override public void fillPolygon(double[] xy, Tone fill, String tooltip) { polygon(xy, fill, 1, tooltip); }

    private void polygon(double[] xy, Tone fill, double alpha, String tooltip) {
        indent().append("<polygon class=\"").append(fill.cssClass()).append("\" points=\"");
        for (int i = 0; i < xy.length; i += 2) out.append(i == 0 ? "" : " ").append(n(xy[i])).append(',').append(n(xy[i + 1]));
        out.append("\" fill=\"").append(palette.hex(fill)).append('"');
        if (alpha < 1) out.append(" fill-opacity=\"").append(n(alpha)).append('"');
        closeWithTitle("polygon", tooltip);
    }

    @Override public void text(double x, double y, String text, Tone color, TextStyle style, Align align) {
        indent().append("<text class=\"").append(color.cssClass()).append("\" x=\"").append(n(x)).append("\" y=\"").append(n(y))
           .append("\" font-size=\"").append(n(fontSize * style.scale())).append('"');
        if (style.mono()) out.append(" font-family=\"").append(esc(Fonts.SVG_MONO)).append('"');
        if (style.bold()) out.append(" font-weight=\"bold\"");
        if (align != Align.LEFT) out.append(" text-anchor=\"").append(align == Align.CENTER ? "middle" : "end").append('"');
        out.append(" fill=\"").append(palette.hex(color)).append("\">").append(esc(text)).append("</text>\n");
    }

    @Override public double textWidth(String text, TextStyle style) { return Fonts.width(text, fontSize * style.scale(), style.bold(), style.mono()); }

    @Override public void arrow(double x1, double y1, double x2, double y2, Tone stroke, double width, boolean dashed, String tooltip) {
        beginGroup(null, "arrow " + stroke.cssClass());
        if (tooltip != null) indent().append("<title>").append(esc(tooltip)).append("</title>\n");
        arrow(x1, y1, x2, y2, stroke, width, dashed);
        endGroup();
    }

    private void closeWithTitle(String element, String tooltip) {
        if (tooltip == null) { out.append("/>\n"); return; }
        out.append("><title>").append(esc(tooltip)).append("</title></").append(element).append(">\n");
    }

    private StringBuilder indent() {
        for (int i = 0; i < depth; i++) out.append("  ");
        return out;
    }

    private static String n(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) return Long.toString((long) v);
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') b.append(' ');
                    else b.append(c);
                }
            }
        }
        return b.toString();
    }
}

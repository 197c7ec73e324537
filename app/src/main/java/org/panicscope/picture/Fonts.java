package org.panicscope.picture;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * The one font of exported pictures and its metrics. DejaVu Sans where installed (the SVG asks for it first, so a
 * browser draws the same widths), else the JDK's logical SansSerif. Works headless: no display is needed.
 */
final class Fonts {
    static final String FAMILY, MONO;
    /** The font-family lists written into SVG. */
    static final String SVG_FAMILY = "'DejaVu Sans', Verdana, 'Bitstream Vera Sans', Arial, sans-serif";
    static final String SVG_MONO = "'DejaVu Sans Mono', Menlo, Consolas, monospace";
    private static final Graphics2D MEASURE;

    static {
        String[] installed = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
        FAMILY = Arrays.asList(installed).contains("DejaVu Sans") ? "DejaVu Sans" : Font.SANS_SERIF;
        MONO = Arrays.asList(installed).contains("DejaVu Sans Mono") ? "DejaVu Sans Mono" : Font.MONOSPACED;
        MEASURE = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        MEASURE.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    private Fonts() { }

    static Font font(double size, boolean bold, boolean mono) {
        return new Font(mono ? MONO : FAMILY, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
    }

    static synchronized double width(String text, double size, boolean bold, boolean mono) {
        FontMetrics fm = MEASURE.getFontMetrics(font(size, bold, mono));
        return fm.getStringBounds(text, MEASURE).getWidth();
    }
}

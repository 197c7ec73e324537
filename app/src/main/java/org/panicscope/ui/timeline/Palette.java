package org.panicscope.ui.timeline;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.paint.Color;

/**
 * The colour of every {@link Tone} in the current theme, as read from CSS. Immutable; a theme change makes a new
 * one. {@link #hex(Tone)} gives the same colours to writers that are not JavaFX (SVG).
 */
public final class Palette {
    private final Map<Tone, Color> colors;

    public Palette(Map<Tone, Color> colors) {
        EnumMap<Tone, Color> m = new EnumMap<>(Tone.class);
        for (Tone t : Tone.values()) m.put(t, colors.getOrDefault(t, fallback(t)));
        this.colors = m;
    }

    public Color color(Tone t) { return colors.get(t); }

    public String hex(Tone t) {
        Color c = colors.get(t);
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }

    /** The Okabe-Ito light-theme values, used when a stylesheet does not define a token. */
    public static Color fallback(Tone t) {
        return switch (t) {
            case BACKGROUND -> Color.WHITE;
            case LANE -> Color.web("#f4f4f4");
            case LANE_ALT -> Color.web("#ebebeb");
            case GRID -> Color.web("#d0d0d0");
            case TEXT -> Color.web("#111111");
            case TEXT_MUTED -> Color.web("#555555");
            case TEXT_ON_ACCENT -> Color.BLACK;
            case ACT_WORKLOAD -> Color.web("#b8b8b8");
            case ACT_PRINTK, RECORD_CPU1 -> Color.web("#56b4e9");
            case ACT_CONSOLE_LOCK, RECORD_CPU2 -> Color.web("#0072b2");
            case ACT_CONSOLE_OUT, ARROW_HANDOVER -> Color.web("#009e73");
            case ACT_PANIC, RECORD_CPU0 -> Color.web("#e69f00");
            case ACT_CPU_STOP -> Color.web("#f0e442");
            case ACT_DRIVER, RECORD_CPU3 -> Color.web("#cc79a7");
            case ACT_SPIN, WAIT_FOR -> Color.web("#d55e00");
            case ACT_NMI, ARROW_NMI, ARROW_IPI -> Color.web("#882255");
            case ACT_HALTED -> Color.web("#444444");
            case ACT_FINISHED, RECORD_PRINTED -> Color.web("#8fd3b8");
            case ACT_STALL -> Color.web("#dddddd");
            case IRQ_OFF -> Color.web("#222222");
            case DEADLOCK -> Color.web("#c00000");
            case CURSOR -> Color.web("#111111");
            case MARKER -> Color.web("#0072b2");
            case DIVERGENCE -> Color.web("#cc79a7");
            case HOVER -> Color.web("#fffbe6");
            case RECORD_LOST -> Color.web("#d55e00");
            case RECORD_EMPTY -> Color.web("#e8e8e8");
        };
    }
}

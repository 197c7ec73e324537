package org.panicscope.picture;

import java.util.Locale;
import org.panicscope.recording.Activity;

/**
 * The semantic colours of every drawing (the app's timeline, ring buffer and trials chart, the exported pictures).
 * Each is a CSS token, {@code -ps-act-spin} for {@code ACT_SPIN}, defined once per theme on {@code .root}
 * (assets/themes/*.css), the only place a colour is written: {@link Palette} reads the stylesheets for the file
 * backends, and a canvas control has one styleable property per tone ({@code -tl-act-spin}) that assets/app.css
 * maps to the token. Drawing code names the meaning, never a colour, so a theme is only another stylesheet.
 */
public enum Tone {
    BACKGROUND, LANE, LANE_ALT, GRID, TEXT, TEXT_MUTED, TEXT_ON_ACCENT,
    ACT_WORKLOAD, ACT_PRINTK, ACT_CONSOLE_LOCK, ACT_CONSOLE_OUT, ACT_PANIC, ACT_CPU_STOP, ACT_DRIVER,
    ACT_SPIN, ACT_NMI, ACT_HALTED, ACT_FINISHED, ACT_STALL,
    IRQ_OFF, ARROW_NMI, ARROW_IPI, ARROW_HANDOVER, WAIT_FOR, DEADLOCK, CURSOR, MARKER, DIVERGENCE, HOVER,
    RECORD_CPU0, RECORD_CPU1, RECORD_CPU2, RECORD_CPU3, RECORD_LOST, RECORD_PRINTED, RECORD_EMPTY,
    /** A verdict's colour: OK, degraded (OK-D, no panic), hang or error. */
    SUCCESS, WARNING, DANGER;

    /** The theme's token, e.g. {@code -ps-act-spin}. */
    public String token() { return "-ps-" + suffix(); }

    /** The styleable property of a canvas control that takes this tone, e.g. {@code -tl-act-spin}. */
    public String css() { return "-tl-" + suffix(); }

    /** The token without its prefix, e.g. {@code act-spin}: the class of an SVG element, a trace event's category. */
    public String cssClass() { return suffix(); }

    private String suffix() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }

    /** The tone of a timeline segment class. */
    public static Tone of(Activity a) {
        return switch (a) {
            case WORKLOAD -> ACT_WORKLOAD;
            case PRINTK -> ACT_PRINTK;
            case CONSOLE_LOCK -> ACT_CONSOLE_LOCK;
            case CONSOLE_OUT -> ACT_CONSOLE_OUT;
            case PANIC -> ACT_PANIC;
            case CPU_STOP -> ACT_CPU_STOP;
            case DRIVER -> ACT_DRIVER;
            case SPIN -> ACT_SPIN;
            case NMI -> ACT_NMI;
            case HALTED -> ACT_HALTED;
            case FINISHED -> ACT_FINISHED;
            case STALL -> ACT_STALL;
        };
    }

    /**
     * The colour of a kernel function: its activity class ({@link Activity#ofFunction}) in that class's tone, so
     * the app, a picture and a trace file agree on every function; a function the table does not know is workload.
     */
    public static Tone ofFunction(String function) {
        Activity a = Activity.ofFunction(function);
        return a == null ? ACT_WORKLOAD : of(a);
    }

    /** The tone of a ring-buffer record written by a CPU (four distinguishable tones, then they repeat). */
    public static Tone record(int cpu) {
        return switch (cpu % 4) {
            case 0 -> RECORD_CPU0;
            case 1 -> RECORD_CPU1;
            case 2 -> RECORD_CPU2;
            default -> RECORD_CPU3;
        };
    }
}

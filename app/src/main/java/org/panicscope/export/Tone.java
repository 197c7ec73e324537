package org.panicscope.export;

import java.util.Map;
import org.panicscope.ui.session.Activity;

/**
 * The semantic colour tokens of the exported timeline (STYLE.md 6: colours are tokens, a theme is a mapping).
 * Each names the CSS token of the app's themes ({@code assets/themes/*.css}, e.g. {@code -ps-act-spin}), so an
 * exported picture has the app's colours; {@link Palette} reads them. A function's colour is the app's
 * ({@link #ofFunction}): what a CPU does has the same colour everywhere.
 */
public enum Tone {
    BACKGROUND("background"), FOREGROUND("text"), MUTED("text-muted"), GRID("grid"), LANE("lane"), SEPARATOR("background"),
    /** User space and the scenario's own loop: the kmsg writer, idle. */
    WORKLOAD("act-workload"),
    /** printk(), vprintk_emit(), storing a record in the ring buffer. */
    PRINTK("act-printk"),
    /** console_sem: console_trylock(), down_trylock(), up(), console_trylock_spinning(). */
    CONSOLE_LOCK("act-console-lock"),
    /** console_unlock() printing records, the owner bookkeeping around it and the serial console write. */
    CONSOLE_WRITE("act-console-out"),
    /** panic() itself, the sysrq trigger, kdump entry, the final flush. */
    PANIC("act-panic"),
    /** Stopping the other CPUs: crash_smp_send_stop(), nmi_shootdown_cpus(), native_stop_other_cpus(). */
    STOP("act-cpu-stop"),
    /** Driver locks: gsmi, kmsg_dump, the generic lock holder. */
    DRIVER("act-driver"),
    SPIN("act-spin"), NMI_HANDLER("act-nmi"), HALTED("act-halted"), KDUMP("act-finished"), DONE("act-finished"), STALL("act-stall"),
    IRQ_OFF("irq-off"), NMI("arrow-nmi"), IPI("arrow-ipi"), HANDOVER("arrow-handover"), WAIT_FOR("wait-for"), DEADLOCK("deadlock"),
    DROP("record-lost"),
    /** Text drawn on a strong fill (blue, vermillion, grey) and on a light one. */
    ON_STRONG("on-strong"), ON_LIGHT("text-on-accent"),
    DIVERGENCE("divergence"), CURSOR("cursor"), VERDICT_OK("success"), VERDICT_DEGRADED("warning"), VERDICT_HANG("danger"),
    /** The app's other drawn-view tokens (alternate lanes, markers, hover, ring-buffer records), for its own drawings. */
    LANE_ALT("lane-alt"), MARKER("marker"), HOVER("hover"), RECORD_CPU0("record-cpu0"), RECORD_CPU1("record-cpu1"),
    RECORD_CPU2("record-cpu2"), RECORD_CPU3("record-cpu3"), RECORD_PRINTED("record-printed"), RECORD_EMPTY("record-empty");

    private static final Map<String, Tone> BY_CSS = new java.util.HashMap<>();
    static { for (Tone t : values()) BY_CSS.putIfAbsent(t.css(), t); }

    /** The tone of an app CSS token ({@code -ps-act-spin}), or null: how the app's own tones map onto these. */
    public static Tone byCss(String css) { return BY_CSS.get(css); }

    private final String css;

    Tone(String css) { this.css = css; }

    /** The token name without the {@code -ps-} prefix: the CSS class of the element in SVG. */
    public String token() { return css; }

    /** The app's CSS property of the token, e.g. {@code -ps-act-spin}. */
    public String css() { return "-ps-" + css; }

    /** The text tone that reads on a fill of this tone. */
    public Tone onFill() {
        return switch (this) {
            case CONSOLE_LOCK, SPIN, HALTED, NMI_HANDLER, DIVERGENCE, VERDICT_OK, VERDICT_HANG, DEADLOCK -> ON_STRONG;
            default -> ON_LIGHT;
        };
    }

    /**
     * The colour of a kernel function in the timeline: the app's activity class of the function
     * ({@link Activity#ofFunction}) in the app's tone for it, so that a picture and the app agree on every function.
     */
    public static Tone ofFunction(String function) {
        Activity a = Activity.ofFunction(function);
        return a == null ? WORKLOAD : ExportPainter.tone(org.panicscope.ui.timeline.Tone.of(a));
    }
}

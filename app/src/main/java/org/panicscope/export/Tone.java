package org.panicscope.export;

import java.util.Map;

/**
 * The semantic colour tokens of the exported timeline (STYLE.md 6: colours are tokens, a theme is a mapping).
 * Each names the CSS token of the app's themes ({@code assets/themes/*.css}, e.g. {@code -ps-act-spin}), so an
 * exported picture has the app's colours; {@link Palette} reads them. The activity classes and their function
 * lists follow the app's timeline ({@code ui.session.Activity}): what a CPU does has the same colour everywhere.
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

    private static final Map<String, Tone> BY_FUNCTION = Map.ofEntries(
            Map.entry("printk", PRINTK), Map.entry("vprintk_emit", PRINTK), Map.entry("vprintk_store", PRINTK),
            Map.entry("console_trylock", CONSOLE_LOCK), Map.entry("down_trylock", CONSOLE_LOCK),
            Map.entry("up", CONSOLE_LOCK), Map.entry("console_trylock_spinning", CONSOLE_LOCK),
            Map.entry("console_unlock", CONSOLE_WRITE), Map.entry("console_lock_spinning_enable", CONSOLE_WRITE),
            Map.entry("call_console_drivers", CONSOLE_WRITE), Map.entry("serial console write", CONSOLE_WRITE),
            Map.entry("console_lock_spinning_disable_and_check", CONSOLE_WRITE),
            Map.entry("console_flush_on_panic", PANIC), Map.entry("console_unblank", PANIC),
            Map.entry("panic", PANIC), Map.entry("__crash_kexec", PANIC), Map.entry("crash_kexec", PANIC),
            Map.entry("panic trigger", PANIC),
            Map.entry("crash_smp_send_stop", STOP), Map.entry("nmi_shootdown_cpus", STOP), Map.entry("native_stop_other_cpus", STOP),
            Map.entry("crash_nmi_callback", NMI_HANDLER), Map.entry("smp_stop_nmi_callback", NMI_HANDLER),
            Map.entry("reboot_interrupt", NMI_HANDLER),
            Map.entry("gsmi_panic_callback", DRIVER), Map.entry("gsmi_shutdown_reason", DRIVER),
            Map.entry("kmsg_dump", DRIVER), Map.entry("lock holder", DRIVER),
            Map.entry("kmsg writer", WORKLOAD), Map.entry("idle", WORKLOAD),
            Map.entry("halted", HALTED), Map.entry("machine_kexec", KDUMP));

    /** The colour of a kernel function in the timeline, by the function names of {@code model.Step}. */
    public static Tone ofFunction(String function) {
        Tone t = BY_FUNCTION.get(function);
        return t == null ? WORKLOAD : t;
    }
}

package org.panicscope.export;

/**
 * The semantic colour tokens of the timeline (STYLE.md 6: colours are tokens, a theme is a mapping). A backend
 * never picks a colour itself: it asks a {@link Palette} (SVG, PNG, GIF) or the app's stylesheet (the JavaFX
 * canvas looks up {@code -ps-<token>}, e.g. {@code -ps-spin}) for the colour of a token.
 */
public enum Tone {
    BACKGROUND("background"), FOREGROUND("foreground"), MUTED("muted"), GRID("grid"), LANE("lane"), SEPARATOR("separator"),
    /** User space and the scenario's own program: the kmsg writer loop, the lock holder, the sysrq trigger. */
    WORKLOAD("workload"),
    /** printk(), vprintk_emit(), storing a record in the ring buffer. */
    PRINTK("printk"),
    /** console_sem and its helpers: console_trylock(), down_trylock(), up(), console_trylock_spinning(). */
    CONSOLE_LOCK("console-lock"),
    /** console_unlock() printing records: the slow serial console write. */
    CONSOLE_WRITE("console-write"),
    /** panic() itself and what it calls: notifiers, kmsg_dump, kexec, the final flush. */
    PANIC("panic"),
    /** Stopping the other CPUs: crash_smp_send_stop(), nmi_shootdown_cpus(), native_stop_other_cpus(). */
    STOP("stop"),
    SPIN("spin"), HALTED("halted"), KDUMP("kdump"), DONE("done"), STALL("stall"),
    IRQ_OFF("irq-off"), NMI("nmi"), IPI("ipi"), HANDOVER("handover"), WAIT_FOR("wait-for"), DROP("drop"),
    /** Text drawn on a strong fill (blue, vermillion, grey) and on a light one. */
    ON_STRONG("on-strong"), ON_LIGHT("on-light"),
    DIVERGENCE("divergence"), CURSOR("cursor"), VERDICT_OK("verdict-ok"), VERDICT_HANG("verdict-hang");

    private final String token;

    Tone(String token) { this.token = token; }

    /** The token name, also the CSS class of the element in SVG and the {@code -ps-} looked-up colour in the app. */
    public String token() { return token; }

    /** The text tone that reads on a fill of this tone. */
    public Tone onFill() {
        return switch (this) {
            case CONSOLE_WRITE, SPIN, HALTED, KDUMP, DONE, NMI, STOP, DIVERGENCE, VERDICT_OK, VERDICT_HANG -> ON_STRONG;
            default -> ON_LIGHT;
        };
    }

    /** The colour of a kernel function in the timeline, by the function names of {@code model.Step}. */
    public static Tone ofFunction(String function) {
        return switch (function) {
            case "kmsg writer", "lock holder", "panic trigger", "idle" -> WORKLOAD;
            case "printk", "vprintk_emit", "vprintk_store" -> PRINTK;
            case "console_trylock", "down_trylock", "up", "console_trylock_spinning",
                 "console_lock_spinning_enable", "console_lock_spinning_disable_and_check" -> CONSOLE_LOCK;
            case "console_unlock", "call_console_drivers", "serial console write" -> CONSOLE_WRITE;
            case "crash_smp_send_stop", "nmi_shootdown_cpus", "native_stop_other_cpus", "crash_nmi_callback",
                 "smp_stop_nmi_callback", "reboot_interrupt" -> STOP;
            case "halted" -> HALTED;
            case "machine_kexec" -> KDUMP;
            default -> PANIC;
        };
    }
}

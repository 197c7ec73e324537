package org.panicscope.recording;

import java.util.Map;
import org.panicscope.model.Step;

/**
 * What a CPU is doing in one step, the colour class of its timeline segment. The classes follow the kernel's own
 * split of the printk path (design doc §4): storing a record, taking console_sem, printing it, panicking, stopping
 * the other CPUs. Spinning, NMI handling and being halted override the function's class.
 */
public enum Activity {
    WORKLOAD("user space, workload loop"),
    PRINTK("printk(): store the record"),
    CONSOLE_LOCK("console_sem: trylock, spin, up"),
    CONSOLE_OUT("console_unlock(): print to the console"),
    PANIC("panic(), kdump, final flush"),
    CPU_STOP("stopping the other CPUs"),
    DRIVER("driver lock: gsmi, kmsg_dump, lock holder"),
    SPIN("spinning on a lock or on console_waiter"),
    NMI("NMI or REBOOT IPI handler"),
    HALTED("halted (stopped by NMI/IPI, or self-stopped)"),
    FINISHED("in the kdump kernel, or panic() done"),
    STALL("vCPU descheduled by the host");

    private static final Map<String, Activity> BY_FUNCTION = Map.ofEntries(
            Map.entry("printk", PRINTK), Map.entry("vprintk_emit", PRINTK), Map.entry("vprintk_store", PRINTK),
            Map.entry("console_trylock", CONSOLE_LOCK), Map.entry("down_trylock", CONSOLE_LOCK),
            Map.entry("up", CONSOLE_LOCK), Map.entry("console_trylock_spinning", CONSOLE_LOCK),
            Map.entry("console_unlock", CONSOLE_OUT), Map.entry("console_lock_spinning_enable", CONSOLE_OUT),
            Map.entry("call_console_drivers", CONSOLE_OUT), Map.entry("serial console write", CONSOLE_OUT),
            Map.entry("console_lock_spinning_disable_and_check", CONSOLE_OUT),
            Map.entry("console_flush_on_panic", PANIC), Map.entry("console_unblank", PANIC),
            Map.entry("panic", PANIC), Map.entry("__crash_kexec", PANIC), Map.entry("crash_kexec", PANIC),
            Map.entry("panic trigger", WORKLOAD), // waiting for sysrq-c: not in panic() yet
            Map.entry("crash_smp_send_stop", CPU_STOP), Map.entry("nmi_shootdown_cpus", CPU_STOP),
            Map.entry("native_stop_other_cpus", CPU_STOP),
            Map.entry("crash_nmi_callback", NMI), Map.entry("smp_stop_nmi_callback", NMI), Map.entry("reboot_interrupt", NMI),
            Map.entry("gsmi_panic_callback", DRIVER), Map.entry("gsmi_shutdown_reason", DRIVER),
            Map.entry("kmsg_dump", DRIVER), Map.entry("pstore_dump", DRIVER), Map.entry("lock holder", DRIVER),
            Map.entry("kmsg writer", WORKLOAD), Map.entry("idle", WORKLOAD),
            Map.entry("halted", HALTED), Map.entry("machine_kexec", FINISHED),
            // NBCON: acquiring the nbcon console is its lock; emitting and the atomic flush print
            Map.entry("nbcon_context_try_acquire_direct", CONSOLE_LOCK), Map.entry("nbcon_context_try_acquire_handover", CONSOLE_LOCK),
            Map.entry("nbcon_context_try_acquire_requested", CONSOLE_LOCK), Map.entry("nbcon_context_try_acquire_hostile", CONSOLE_LOCK),
            Map.entry("nbcon_emit_next_record", CONSOLE_OUT), Map.entry("console write_atomic/write_thread", CONSOLE_OUT),
            Map.entry("__nbcon_atomic_flush_pending", CONSOLE_OUT), Map.entry("__nbcon_atomic_flush_pending_con", CONSOLE_OUT),
            Map.entry("nbcon_atomic_flush_pending_con", CONSOLE_OUT), Map.entry("nbcon_emit_one", CONSOLE_OUT),
            Map.entry("nbcon_kthread_func", WORKLOAD), Map.entry("nbcon_cpu_emergency_enter", WORKLOAD),
            Map.entry("nbcon_cpu_emergency_exit", WORKLOAD));

    private final String meaning;

    Activity(String meaning) { this.meaning = meaning; }

    /** The legend text. */
    public String meaning() { return meaning; }

    /** The class of a step by its kernel function; null when the function is not known to the UI. */
    public static Activity ofFunction(String function) { return BY_FUNCTION.get(function); }

    /** The class of a step of the model; unknown functions fall back to WORKLOAD. */
    public static Activity of(Step s) {
        if (s == Step.DONE || s == Step.KDUMP) return FINISHED;
        Activity a = BY_FUNCTION.get(s.function());
        return a == null ? WORKLOAD : a;
    }
}

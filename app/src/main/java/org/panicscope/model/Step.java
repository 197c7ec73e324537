package org.panicscope.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every atomic step of the model, with the step id of design doc §4 and the kernel function it belongs to.
 * The text is the paraphrase shown in the code panel; the switches listed after it are those that add or change
 * the step (none: the same in every configuration).
 */
public enum Step {
    // 4.1 printk() entry [K-safe]
    PK1("printk", "if printk_safe or in_nmi: store only, defer console output"),
    PK2("printk", "vprintk_default -> vprintk_emit()"),
    // 4.2 vprintk_emit() [K-pre / K-post]
    VE1("vprintk_emit", "if suppress_printk: return"),
    VE2("vprintk_emit", "P3: if suppress_panic_printk and not panic CPU: return; K24: drop every non-panic printk during panic", Switch.P3, Switch.K24),
    VE3("vprintk_emit", "store the record (ST1, ST2)"),
    VE4("vprintk_emit", "if console_trylock_spinning(): console_unlock()"),
    VE5("vprintk_emit", "return"),
    // 4.3 ring buffer store [K-pre]
    ST1("vprintk_store", "IRQ-OFF: reserve seq = next_seq++; full -> overwrite the oldest (first_seq++)"),
    ST2("vprintk_store", "fill text, finalize; restore IRQs"),
    // 4.4 console_trylock(), down_trylock(), up() [K-pre][K-sem]
    CT0("console_trylock", "K23, K23-TRYLOCK: if other_cpu_in_panic(): return 0", Switch.K23, Switch.K23_TRYLOCK),
    CT1("console_trylock", "printk_safe_enter_irqsave: IRQ-OFF, printk_safe++"),
    DT1("down_trylock", "raw_spin_lock_irqsave(&sem->lock)  (FX-TRYLOCK, FX-TRYLOCK-UP: DT1' on the panic CPU, try once, fail if held)", Switch.FX_TRYLOCK, Switch.FX_TRYLOCK_UP),
    DT2("down_trylock", "c = count - 1; if c >= 0: count = c        <- NMI here: sem->lock held forever"),
    DT3("down_trylock", "raw_spin_unlock_irqrestore(&sem->lock)"),
    CT5("console_trylock", "printk_safe_exit_irqrestore: restore IRQs, printk_safe--"),
    CT6("console_trylock", "if c < 0: return 0"),
    CT7("console_trylock", "console_locked = 1; may_schedule = 0; return 1"),
    UP1("up", "raw_spin_lock_irqsave: IRQ-OFF  (UP-ATOMIC, the model's variant: on to UP3 without the lock)", Switch.UP_ATOMIC),
    UP2("up", "acquire sem->lock  (FX-TRYLOCK-UP: UP2', the model's id, on the panic CPU try once; if held, up() gives up)", Switch.FX_TRYLOCK_UP),
    UP3("up", "no waiters: count++"),
    UP4("up", "release sem->lock (UP-ATOMIC: none held); restore IRQs", Switch.UP_ATOMIC),
    // 4.5 console_trylock_spinning() [K-pre -> K-post]
    CTS1("console_trylock_spinning", "if console_trylock(): return 1"),
    CTS2("console_trylock_spinning", "P2/VP: if panic_cpu set: return 0; VS: if panic_cpu == me: return 0", Switch.P2, Switch.VP, Switch.VS),
    CTS3("console_trylock_spinning", "printk_safe_enter_irqsave: IRQ-OFF, printk_safe++"),
    CTS4("console_trylock_spinning", "raw_spin_lock(&console_owner_lock)"),
    CTS5("console_trylock_spinning", "if !console_waiter and console_owner and owner != me: console_waiter = true"),
    CTS6("console_trylock_spinning", "raw_spin_unlock(&console_owner_lock)"),
    CTS7("console_trylock_spinning", "if !spin: restore IRQs; return 0"),
    CTS8("console_trylock_spinning", "while (READ_ONCE(console_waiter)) cpu_relax();"),
    CTS9("console_trylock_spinning", "restore IRQs; return 1 (owns console_sem, count stays 0)"),
    // 4.6 console_unlock() [K-pre -> K-post]
    CU1("console_unlock", "do_cond_resched = may_schedule; may_schedule = 0"),
    CU3("console_unlock", "rec = read(console_seq); none -> CU13"),
    CU4("console_unlock", "gap: console_dropped += lost; P3: count drop events in panic, >10 -> suppress_panic_printk", Switch.P3),
    CU6("console_unlock", "format the record; console_seq++"),
    CU7("console_unlock", "printk_safe_enter_irqsave: IRQ-OFF"),
    SE0("console_lock_spinning_enable", "K24: in panic, skip the owner bookkeeping", Switch.K24),
    SE1("console_lock_spinning_enable", "raw_spin_lock(&console_owner_lock)"),
    SE2("console_lock_spinning_enable", "console_owner = current"),
    SE3("console_lock_spinning_enable", "raw_spin_unlock(&console_owner_lock)"),
    CU9("call_console_drivers", "write the record (and the dropped-messages line) to the console"),
    DRV1("serial console write", "oops_in_progress ? trylock(port_lock) : spin_lock(port_lock)"),
    DRV2("serial console write", "emit characters (W steps per record)"),
    DRV3("serial console write", "unlock port_lock if locked"),
    SD0("console_lock_spinning_disable_and_check", "K24: in panic, no hand-over", Switch.K24),
    SD1("console_lock_spinning_disable_and_check", "raw_spin_lock(&console_owner_lock)"),
    SD2("console_lock_spinning_disable_and_check", "w = console_waiter; console_owner = NULL"),
    SD3("console_lock_spinning_disable_and_check", "raw_spin_unlock(&console_owner_lock)"),
    SD4("console_lock_spinning_disable_and_check", "if !w: return 0"),
    SD5("console_lock_spinning_disable_and_check", "console_waiter = false; return 1 (hand-over)"),
    CU11("console_unlock", "printk_safe_exit_irqrestore: restore IRQs  (first point a REBOOT IPI can land)"),
    CU12("console_unlock", "if handover: return (no up(): the waiter owns console_sem)"),
    CU12a("console_unlock", "P4: if abandon_console_lock_in_panic(): break", Switch.P4),
    CU12b("console_unlock", "cond_resched; next record"),
    CU13("console_unlock", "console_locked = 0; up_console_sem()"),
    CU14("console_unlock", "retry = a record is pending"),
    CU15("console_unlock", "if retry (P4: and not abandon) and console_trylock(): again", Switch.P4),
    CU16("console_unlock", "return"),
    // 4.7 console_flush_on_panic(), console_unblank() [K-pre = K-post]
    FP0("console_flush_on_panic", "FX-SEMINIT: sema_init(&console_sem, 1)", Switch.FX_SEMINIT),
    FP1("console_flush_on_panic", "console_trylock() (result ignored)  K23: not taken", Switch.K23),
    FP2("console_flush_on_panic", "console_may_schedule = 0"),
    FP3("console_flush_on_panic", "mode REPLAY_ALL: console_seq = first_seq (model: FLUSH_PENDING)"),
    FP4("console_flush_on_panic", "console_unlock()  K23: flush all consoles without console_sem", Switch.K23),
    UNB1("console_unblank", "oops_in_progress: down_trylock_console_sem() or return"),
    UNB2("console_unblank", "unblank consoles; console_unlock()"),
    // 4.8 panic() [K-panic]
    PN1("panic", "local_irq_disable(); preempt_disable_notrace()"),
    PN2("panic", "old = atomic_cmpxchg(&panic_cpu, INVALID, this_cpu)"),
    PN3("panic", "if old != INVALID and old != this_cpu: panic_smp_self_stop()"),
    PN4("panic", "console_verbose(); bust_spinlocks(1): oops_in_progress++"),
    PN5("panic", "pr_emerg(\"Kernel panic - not syncing: ...\")"),
    PN6("panic", "dump_stack(): K_dump printk lines"),
    PN7("panic", "kgdb_panic()"),
    PN8("panic", "!post_notifiers: __crash_kexec(), smp_send_stop(); else crash_smp_send_stop()"),
    PN8b("panic", "V0: console_owner = NULL; re-init console_owner_lock if held", Switch.V0),
    PN9("panic", "atomic_notifier_call_chain(&panic_notifier_list): K_notif printk lines, gsmi callback"),
    PN10("panic", "kmsg_dump(KMSG_DUMP_PANIC)"),
    PN11("panic", "if post_notifiers: __crash_kexec()"),
    PN12("panic", "unblank_screen(); console_unblank()"),
    PN13("panic", "debug_locks_off(); console_flush_on_panic(CONSOLE_FLUSH_PENDING)"),
    PN14("panic", "panic_print_sys_info()"),
    PN15("panic", "reboot timeout / final loop"),
    PN8c("panic", "NBCON: printk_legacy_allow_panic_sync(): legacy consoles may print now; a legacy console: console_trylock() -> console_unlock()", Switch.NBCON),
    PN16("panic", "NBCON: console_flush_on_panic(FLUSH_PENDING); nbcon_atomic_flush_unsafe() (5dde3b735413)", Switch.NBCON),
    NP1("console_flush_on_panic", "NBCON: nbcon_atomic_flush_pending(); once legacy_allow_panic_sync: console_flush_all() without console_sem", Switch.NBCON),
    // nbcon consoles [K-nbcon] (model-notes, nbcon section): vprintk_emit's flush decision, acquire, emit, flush
    NV1("vprintk_emit", "NBCON: printk_get_console_flush_type(): NORMAL -> printer thread; EMERGENCY/PANIC -> nbcon_atomic_flush_pending(); legacy console only if legacy_direct", Switch.NBCON),
    NB1("nbcon_context_try_acquire_direct", "other_cpu_in_panic() or prio <= cur.prio/req_prio: -EPERM; cur.unsafe: -EBUSY; else cmpxchg {prio, cpu}", Switch.NBCON),
    NB2("nbcon_context_try_acquire_handover", "other_cpu_in_panic(): -EPERM; owner on this CPU, unsafe_takeover or no spin-wait: -EBUSY; else req_prio = prio", Switch.NBCON),
    NB3("nbcon_context_try_acquire_requested", "wait (spinwait_max_us = 2000: T_handover units): owner released -> take it; waiter changed or other CPU in panic: -EPERM", Switch.NBCON),
    NB4("nbcon_context_try_acquire_handover", "timed out or aborted: remove the request (req_prio = NONE) if still ours; timeout -> -EBUSY", Switch.NBCON),
    NB5("nbcon_context_try_acquire_hostile", "only if allow_unsafe_takeover (panic's final flush): take over {prio, cpu}; unsafe_takeover |= unsafe", Switch.NBCON),
    NE1("nbcon_emit_next_record", "nbcon_context_enter_unsafe(); printk_get_next_message() at nbcon_seq", Switch.NBCON),
    NE2("nbcon_emit_next_record", "nbcon_context_exit_unsafe(): a waiting higher-priority context gets the console here", Switch.NBCON),
    ND1("console write_atomic/write_thread", "driver: nbcon_enter_unsafe() (false: ownership lost, back out)", Switch.NBCON),
    ND2("console write_atomic/write_thread", "driver: emit characters inside the unsafe section (W units)", Switch.NBCON),
    ND3("console write_atomic/write_thread", "driver: nbcon_exit_unsafe() (hand-over point)", Switch.NBCON),
    NE3("nbcon_emit_next_record", "enter_unsafe; con->dropped = 0; nbcon_seq_try_update(seq + 1); exit_unsafe", Switch.NBCON),
    NF1("__nbcon_atomic_flush_pending", "stop_seq = prb_next_reserve_seq(); nothing below it: return; local_irq_save()", Switch.NBCON),
    NF2("__nbcon_atomic_flush_pending_con", "nbcon_context_try_acquire(default prio, spinwait 2000 us, allow_unsafe_takeover); fail: -EPERM", Switch.NBCON),
    NF3("__nbcon_atomic_flush_pending_con", "while nbcon_seq < stop_seq: nbcon_emit_next_record(); lost: -EAGAIN", Switch.NBCON),
    NF4("nbcon_atomic_flush_pending_con", "nbcon_context_release(); local_irq_restore(); more records and no printer thread to offload to: again", Switch.NBCON),
    NK1("nbcon_kthread_func", "printer thread: rcuwait_wait_event(nbcon_kthread_should_wakeup()): a record is pending", Switch.NBCON),
    NK2("nbcon_emit_one", "con->device_lock() (IRQs off); nbcon_context_try_acquire(NORMAL, no spin-wait); nbcon_emit_next_record()", Switch.NBCON),
    NK3("nbcon_emit_one", "nbcon_context_release(); con->device_unlock(); back to the wait", Switch.NBCON),
    NM1("nbcon_cpu_emergency_enter", "emergency nesting++ (as __warn() does)", Switch.NBCON),
    NM2("nbcon_cpu_emergency_exit", "emergency nesting--", Switch.NBCON),
    // 4.9 __crash_kexec() [K-kexec]
    KX1("__crash_kexec", "mutex_trylock(&kexec_mutex) (KEXEC-ATOMIC: kexec_trylock(), cmpxchg)", Switch.KEXEC_ATOMIC),
    KX2("__crash_kexec", "if kexec_crash_image: machine_crash_shutdown(); machine_kexec()"),
    KX3("__crash_kexec", "unlock the kexec lock"),
    CK1("crash_kexec", "if cmpxchg(panic_cpu, INVALID, me): __crash_kexec(); panic_cpu = INVALID"),
    // 4.10 stopping other CPUs (x86)
    CSS1("crash_smp_send_stop", "if cpus_stopped: return"),
    CSS2("crash_smp_send_stop", "kdump_nmi_shootdown_cpus() -> nmi_shootdown_cpus()"),
    CSS3("crash_smp_send_stop", "cpus_stopped = 1"),
    NS1("nmi_shootdown_cpus", "IRQ-OFF; crashing_cpu = me; waiting_for_crash_ipi = online - 1"),
    NS2("nmi_shootdown_cpus", "register the NMI handler; send NMI to all others"),
    NS3("nmi_shootdown_cpus", "wait while waiting_for_crash_ipi > 0, at most G_shoot"),
    NH1("crash_nmi_callback", "if me == crashing_cpu: return"),
    NH2("crash_nmi_callback", "IRQ-OFF; save regs, disable APIC; waiting_for_crash_ipi--"),
    NH3("crash_nmi_callback", "halt"),
    NSO1("native_stop_other_cpus", "if cmpxchg(stopping_cpu, -1, me) fails: return"),
    NSO2("native_stop_other_cpus", "send REBOOT IPI to all others"),
    NSO3("native_stop_other_cpus", "wait while num_online_cpus() > 1, at most G_ipi (the 1 s grace)"),
    NSO4("native_stop_other_cpus", "still online: pr_emerg(\"Shutting down cpus with NMI\"); send NMI"),
    NSO5("native_stop_other_cpus", "wait while num_online_cpus() > 1, at most G_nmi_stop"),
    NSO6("native_stop_other_cpus", "disable local APIC"),
    RV("reboot_interrupt", "REBOOT vector (IRQs on only): stop_this_cpu(): IRQ-OFF, offline, halt"),
    SN("smp_stop_nmi_callback", "stop NMI: if me == stopping_cpu: return; stop_this_cpu()"),
    // 4.11 gsmi [K-gsmi][S3]
    GP("gsmi_panic_callback", "GSMI-TRYLOCK: if gsmi_lock is held: return (skip logging)", Switch.GSMI_TRYLOCK),
    GS1("gsmi_shutdown_reason", "if this reason is already logged: return"),
    GS2("gsmi_shutdown_reason", "spin_lock_irqsave(&gsmi_dev.lock)"),
    GS3("gsmi_shutdown_reason", "mark logged; fill buffers"),
    GS4("gsmi_shutdown_reason", "gsmi_exec(): SMI, L_smi steps"),
    GS5("gsmi_shutdown_reason", "spin_unlock_irqrestore(&gsmi_dev.lock)"),
    GS6("gsmi_shutdown_reason", "printk the result"),
    // 4.13 kmsg_dump() (abstract, scenario e) [S2][I]; KD0 is pstore's panic path [K-pstore] (model-notes §6)
    KD0("pstore_dump", "PSTORE-TRYLOCK: pstore_cannot_block_path(PANIC): spin_trylock_irqsave(dump_lock) once; held -> \"dump skipped ... because of concurrent dump\", return", Switch.PSTORE_TRYLOCK),
    KD1("kmsg_dump", "acquire dump_lock (SPIN / TRY / BUST policy); write the tail; release"),
    KD2("kmsg_dump", "write the log tail to the dump backend"),
    KD3("kmsg_dump", "release dump_lock"),
    // 4.14 workload programs
    WR1("kmsg writer", "user space: echo $chars > /dev/kmsg (U steps)"),
    WR2("kmsg writer", "devkmsg_write() -> printk of a 991-character line"),
    WR3("kmsg writer", "loop"),
    PT("panic trigger", "echo c > /proc/sysrq-trigger -> panic(\"sysrq triggered crash\")"),
    LH1("lock holder", "acquire the lock with IRQs off"),
    LH2("lock holder", "hold it (L steps)"),
    LH3("lock holder", "release, restore IRQs"),
    IDLE("idle", "idle loop (IRQs on)"),
    HALT("halted", "halted"),
    KDUMP("machine_kexec", "jumped into the kdump kernel"),
    DONE("panic", "panic() completed (reboot / final loop)");

    private static final Map<String, Step> BY_ID = new HashMap<>();
    static { for (Step s : values()) BY_ID.put(s.name(), s); }
    private static final Step[] ALL = values();

    private final String function;
    private final String text;
    private final Set<Switch> patches;
    private final String patchLabel;

    Step(String function, String text, Switch... patches) {
        this.function = function;
        this.text = text;
        this.patches = patches.length == 0 ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(Arrays.asList(patches)));
        this.patchLabel = patches.length == 0 ? null
                : Arrays.stream(patches).map(Switch::id).collect(Collectors.joining("/"));
    }

    public String id() { return name(); }
    public String function() { return function; }
    public String text() { return text; }
    /** The switches that add or change this step (empty: the same in every configuration). */
    public Set<Switch> patches() { return patches; }
    /** The same switches as a label for display ("P2/VP/VS"), or null. */
    public String patch() { return patchLabel; }

    public static Step byId(String id) { return BY_ID.get(id); }
    static Step of(int ordinal) { return ALL[ordinal]; }
}

package org.panicscope.model;

import java.util.HashMap;
import java.util.Map;

/**
 * Every atomic step of the model, with the step id of design doc §4 and the kernel function it belongs to.
 * The text is the paraphrase shown in the code panel; {@code patch} names the switch that adds or changes
 * the step (null: present in every configuration).
 */
public enum Step {
    // 4.1 printk() entry [K-safe]
    PK1("printk", "if printk_safe or in_nmi: store only, defer console output", null),
    PK2("printk", "vprintk_default -> vprintk_emit()", null),
    // 4.2 vprintk_emit() [K-pre / K-post]
    VE1("vprintk_emit", "if suppress_printk: return", null),
    VE2("vprintk_emit", "P3: if suppress_panic_printk and not panic CPU: return; K24: drop every non-panic printk during panic", "P3/K24"),
    VE3("vprintk_emit", "store the record (ST1, ST2)", null),
    VE4("vprintk_emit", "if console_trylock_spinning(): console_unlock()", null),
    VE5("vprintk_emit", "return", null),
    // 4.3 ring buffer store [K-pre]
    ST1("vprintk_store", "IRQ-OFF: reserve seq = next_seq++; full -> overwrite the oldest (first_seq++)", null),
    ST2("vprintk_store", "fill text, finalize; restore IRQs", null),
    // 4.4 console_trylock(), down_trylock(), up() [K-pre][K-sem]
    CT0("console_trylock", "K23: if other_cpu_in_panic(): return 0", "K23"),
    CT1("console_trylock", "printk_safe_enter_irqsave: IRQ-OFF, printk_safe++", null),
    DT1("down_trylock", "raw_spin_lock_irqsave(&sem->lock)  (FX-TRYLOCK: try once, fail if held)", "FX-TRYLOCK"),
    DT2("down_trylock", "c = count - 1; if c >= 0: count = c        <- NMI here: sem->lock held forever", null),
    DT3("down_trylock", "raw_spin_unlock_irqrestore(&sem->lock)", null),
    CT5("console_trylock", "printk_safe_exit_irqrestore: restore IRQs, printk_safe--", null),
    CT6("console_trylock", "if c < 0: return 0", null),
    CT7("console_trylock", "console_locked = 1; may_schedule = 0; return 1", null),
    UP1("up", "raw_spin_lock_irqsave: IRQ-OFF", null),
    UP2("up", "acquire sem->lock", null),
    UP3("up", "no waiters: count++", null),
    UP4("up", "release sem->lock; restore IRQs", null),
    // 4.5 console_trylock_spinning() [K-pre -> K-post]
    CTS1("console_trylock_spinning", "if console_trylock(): return 1", null),
    CTS2("console_trylock_spinning", "P2/VP: if panic_cpu set: return 0; VS: if panic_cpu == me: return 0", "P2/VP/VS"),
    CTS3("console_trylock_spinning", "printk_safe_enter_irqsave: IRQ-OFF, printk_safe++", null),
    CTS4("console_trylock_spinning", "raw_spin_lock(&console_owner_lock)", null),
    CTS5("console_trylock_spinning", "if !console_waiter and console_owner and owner != me: console_waiter = true", null),
    CTS6("console_trylock_spinning", "raw_spin_unlock(&console_owner_lock)", null),
    CTS7("console_trylock_spinning", "if !spin: restore IRQs; return 0", null),
    CTS8("console_trylock_spinning", "while (READ_ONCE(console_waiter)) cpu_relax();", null),
    CTS9("console_trylock_spinning", "restore IRQs; return 1 (owns console_sem, count stays 0)", null),
    // 4.6 console_unlock() [K-pre -> K-post]
    CU1("console_unlock", "do_cond_resched = may_schedule; may_schedule = 0", null),
    CU3("console_unlock", "rec = read(console_seq); none -> CU13", null),
    CU4("console_unlock", "gap: console_dropped += lost; P3: count drop events in panic, >10 -> suppress_panic_printk", "P3"),
    CU6("console_unlock", "format the record; console_seq++", null),
    CU7("console_unlock", "printk_safe_enter_irqsave: IRQ-OFF", null),
    SE0("console_lock_spinning_enable", "K24: in panic, skip the owner bookkeeping", "K24"),
    SE1("console_lock_spinning_enable", "raw_spin_lock(&console_owner_lock)", null),
    SE2("console_lock_spinning_enable", "console_owner = current", null),
    SE3("console_lock_spinning_enable", "raw_spin_unlock(&console_owner_lock)", null),
    CU9("call_console_drivers", "write the record (and the dropped-messages line) to the console", null),
    DRV1("serial console write", "oops_in_progress ? trylock(port_lock) : spin_lock(port_lock)", null),
    DRV2("serial console write", "emit characters (W steps per record)", null),
    DRV3("serial console write", "unlock port_lock if locked", null),
    SD0("console_lock_spinning_disable_and_check", "K24: in panic, no hand-over", "K24"),
    SD1("console_lock_spinning_disable_and_check", "raw_spin_lock(&console_owner_lock)", null),
    SD2("console_lock_spinning_disable_and_check", "w = console_waiter; console_owner = NULL", null),
    SD3("console_lock_spinning_disable_and_check", "raw_spin_unlock(&console_owner_lock)", null),
    SD4("console_lock_spinning_disable_and_check", "if !w: return 0", null),
    SD5("console_lock_spinning_disable_and_check", "console_waiter = false; return 1 (hand-over)", null),
    CU11("console_unlock", "printk_safe_exit_irqrestore: restore IRQs  (first point a REBOOT IPI can land)", null),
    CU12("console_unlock", "if handover: return (no up(): the waiter owns console_sem)", null),
    CU12a("console_unlock", "P4: if abandon_console_lock_in_panic(): break", "P4"),
    CU12b("console_unlock", "cond_resched; next record", null),
    CU13("console_unlock", "console_locked = 0; up_console_sem()", null),
    CU14("console_unlock", "retry = a record is pending", null),
    CU15("console_unlock", "if retry (P4: and not abandon) and console_trylock(): again", "P4"),
    CU16("console_unlock", "return", null),
    // 4.7 console_flush_on_panic(), console_unblank() [K-pre = K-post]
    FP0("console_flush_on_panic", "FX-SEMINIT: sema_init(&console_sem, 1)", "FX-SEMINIT"),
    FP1("console_flush_on_panic", "console_trylock() (result ignored)  K23: not taken", "K23"),
    FP2("console_flush_on_panic", "console_may_schedule = 0", null),
    FP3("console_flush_on_panic", "mode REPLAY_ALL: console_seq = first_seq (model: FLUSH_PENDING)", null),
    FP4("console_flush_on_panic", "console_unlock()  K23: flush all consoles without console_sem", "K23"),
    UNB1("console_unblank", "oops_in_progress: down_trylock_console_sem() or return", null),
    UNB2("console_unblank", "unblank consoles; console_unlock()", null),
    // 4.8 panic() [K-panic]
    PN1("panic", "local_irq_disable(); preempt_disable_notrace()", null),
    PN2("panic", "old = atomic_cmpxchg(&panic_cpu, INVALID, this_cpu)", null),
    PN3("panic", "if old != INVALID and old != this_cpu: panic_smp_self_stop()", null),
    PN4("panic", "console_verbose(); bust_spinlocks(1): oops_in_progress++", null),
    PN5("panic", "pr_emerg(\"Kernel panic - not syncing: ...\")", null),
    PN6("panic", "dump_stack(): K_dump printk lines", null),
    PN7("panic", "kgdb_panic()", null),
    PN8("panic", "!post_notifiers: __crash_kexec(), smp_send_stop(); else crash_smp_send_stop()", null),
    PN8b("panic", "V0: console_owner = NULL; re-init console_owner_lock if held", "V0"),
    PN9("panic", "atomic_notifier_call_chain(&panic_notifier_list): K_notif printk lines, gsmi callback", null),
    PN10("panic", "kmsg_dump(KMSG_DUMP_PANIC)", null),
    PN11("panic", "if post_notifiers: __crash_kexec()", null),
    PN12("panic", "unblank_screen(); console_unblank()", null),
    PN13("panic", "debug_locks_off(); console_flush_on_panic(CONSOLE_FLUSH_PENDING)", null),
    PN14("panic", "panic_print_sys_info()", null),
    PN15("panic", "reboot timeout / final loop", null),
    PN8c("panic", "NBCON: printk_legacy_allow_panic_sync(): legacy consoles may print now; a legacy console: console_trylock() -> console_unlock()", "NBCON"),
    PN16("panic", "NBCON: console_flush_on_panic(FLUSH_PENDING); nbcon_atomic_flush_unsafe() (5dde3b735413)", "NBCON"),
    NP1("console_flush_on_panic", "NBCON: nbcon_atomic_flush_pending(); once legacy_allow_panic_sync: console_flush_all() without console_sem", "NBCON"),
    // nbcon consoles [K-nbcon] (model-notes, nbcon section): vprintk_emit's flush decision, acquire, emit, flush
    NV1("vprintk_emit", "NBCON: printk_get_console_flush_type(): NORMAL -> printer thread; EMERGENCY/PANIC -> nbcon_atomic_flush_pending(); legacy console only if legacy_direct", "NBCON"),
    NB1("nbcon_context_try_acquire_direct", "other_cpu_in_panic() or prio <= cur.prio/req_prio: -EPERM; cur.unsafe: -EBUSY; else cmpxchg {prio, cpu}", "NBCON"),
    NB2("nbcon_context_try_acquire_handover", "other_cpu_in_panic(): -EPERM; owner on this CPU, unsafe_takeover or no spin-wait: -EBUSY; else req_prio = prio", "NBCON"),
    NB3("nbcon_context_try_acquire_requested", "wait (spinwait_max_us = 2000: T_handover units): owner released -> take it; waiter changed or other CPU in panic: -EPERM", "NBCON"),
    NB4("nbcon_context_try_acquire_handover", "timed out or aborted: remove the request (req_prio = NONE) if still ours; timeout -> -EBUSY", "NBCON"),
    NB5("nbcon_context_try_acquire_hostile", "only if allow_unsafe_takeover (panic's final flush): take over {prio, cpu}; unsafe_takeover |= unsafe", "NBCON"),
    NE1("nbcon_emit_next_record", "nbcon_context_enter_unsafe(); printk_get_next_message() at nbcon_seq", "NBCON"),
    NE2("nbcon_emit_next_record", "nbcon_context_exit_unsafe(): a waiting higher-priority context gets the console here", "NBCON"),
    ND1("console write_atomic/write_thread", "driver: nbcon_enter_unsafe() (false: ownership lost, back out)", "NBCON"),
    ND2("console write_atomic/write_thread", "driver: emit characters inside the unsafe section (W units)", "NBCON"),
    ND3("console write_atomic/write_thread", "driver: nbcon_exit_unsafe() (hand-over point)", "NBCON"),
    NE3("nbcon_emit_next_record", "enter_unsafe; con->dropped = 0; nbcon_seq_try_update(seq + 1); exit_unsafe", "NBCON"),
    NF1("__nbcon_atomic_flush_pending", "stop_seq = prb_next_reserve_seq(); nothing below it: return; local_irq_save()", "NBCON"),
    NF2("__nbcon_atomic_flush_pending_con", "nbcon_context_try_acquire(default prio, spinwait 2000 us, allow_unsafe_takeover); fail: -EPERM", "NBCON"),
    NF3("__nbcon_atomic_flush_pending_con", "while nbcon_seq < stop_seq: nbcon_emit_next_record(); lost: -EAGAIN", "NBCON"),
    NF4("nbcon_atomic_flush_pending_con", "nbcon_context_release(); local_irq_restore(); more records and no printer thread to offload to: again", "NBCON"),
    NK1("nbcon_kthread_func", "printer thread: rcuwait_wait_event(nbcon_kthread_should_wakeup()): a record is pending", "NBCON"),
    NK2("nbcon_emit_one", "con->device_lock() (IRQs off); nbcon_context_try_acquire(NORMAL, no spin-wait); nbcon_emit_next_record()", "NBCON"),
    NK3("nbcon_emit_one", "nbcon_context_release(); con->device_unlock(); back to the wait", "NBCON"),
    NM1("nbcon_cpu_emergency_enter", "emergency nesting++ (as __warn() does)", "NBCON"),
    NM2("nbcon_cpu_emergency_exit", "emergency nesting--", "NBCON"),
    // 4.9 __crash_kexec() [K-kexec]
    KX1("__crash_kexec", "mutex_trylock(&kexec_mutex) (KEXEC-ATOMIC: kexec_trylock(), cmpxchg)", "KEXEC-ATOMIC"),
    KX2("__crash_kexec", "if kexec_crash_image: machine_crash_shutdown(); machine_kexec()", null),
    KX3("__crash_kexec", "unlock the kexec lock", null),
    CK1("crash_kexec", "if cmpxchg(panic_cpu, INVALID, me): __crash_kexec(); panic_cpu = INVALID", null),
    // 4.10 stopping other CPUs (x86)
    CSS1("crash_smp_send_stop", "if cpus_stopped: return", null),
    CSS2("crash_smp_send_stop", "kdump_nmi_shootdown_cpus() -> nmi_shootdown_cpus()", null),
    CSS3("crash_smp_send_stop", "cpus_stopped = 1", null),
    NS1("nmi_shootdown_cpus", "IRQ-OFF; crashing_cpu = me; waiting_for_crash_ipi = online - 1", null),
    NS2("nmi_shootdown_cpus", "register the NMI handler; send NMI to all others", null),
    NS3("nmi_shootdown_cpus", "wait while waiting_for_crash_ipi > 0, at most G_shoot", null),
    NH1("crash_nmi_callback", "if me == crashing_cpu: return", null),
    NH2("crash_nmi_callback", "IRQ-OFF; save regs, disable APIC; waiting_for_crash_ipi--", null),
    NH3("crash_nmi_callback", "halt", null),
    NSO1("native_stop_other_cpus", "if cmpxchg(stopping_cpu, -1, me) fails: return", null),
    NSO2("native_stop_other_cpus", "send REBOOT IPI to all others", null),
    NSO3("native_stop_other_cpus", "wait while num_online_cpus() > 1, at most G_ipi (the 1 s grace)", null),
    NSO4("native_stop_other_cpus", "still online: pr_emerg(\"Shutting down cpus with NMI\"); send NMI", null),
    NSO5("native_stop_other_cpus", "wait while num_online_cpus() > 1, at most G_nmi_stop", null),
    NSO6("native_stop_other_cpus", "disable local APIC", null),
    RV("reboot_interrupt", "REBOOT vector (IRQs on only): stop_this_cpu(): IRQ-OFF, offline, halt", null),
    SN("smp_stop_nmi_callback", "stop NMI: if me == stopping_cpu: return; stop_this_cpu()", null),
    // 4.11 gsmi [K-gsmi][S3]
    GP("gsmi_panic_callback", "GSMI-TRYLOCK: if gsmi_lock is held: return (skip logging)", "GSMI-TRYLOCK"),
    GS1("gsmi_shutdown_reason", "if this reason is already logged: return", null),
    GS2("gsmi_shutdown_reason", "spin_lock_irqsave(&gsmi_dev.lock)", null),
    GS3("gsmi_shutdown_reason", "mark logged; fill buffers", null),
    GS4("gsmi_shutdown_reason", "gsmi_exec(): SMI, L_smi steps", null),
    GS5("gsmi_shutdown_reason", "spin_unlock_irqrestore(&gsmi_dev.lock)", null),
    GS6("gsmi_shutdown_reason", "printk the result", null),
    // 4.13 kmsg_dump() (abstract, scenario e) [S2][I]
    KD1("kmsg_dump", "acquire dump_lock (SPIN / TRY / BUST policy); write the tail; release", null),
    KD2("kmsg_dump", "write the log tail to the dump backend", null),
    KD3("kmsg_dump", "release dump_lock", null),
    // 4.14 workload programs
    WR1("kmsg writer", "user space: echo $chars > /dev/kmsg (U steps)", null),
    WR2("kmsg writer", "devkmsg_write() -> printk of a 991-character line", null),
    WR3("kmsg writer", "loop", null),
    PT("panic trigger", "echo c > /proc/sysrq-trigger -> panic(\"sysrq triggered crash\")", null),
    LH1("lock holder", "acquire the lock with IRQs off", null),
    LH2("lock holder", "hold it (L steps)", null),
    LH3("lock holder", "release, restore IRQs", null),
    IDLE("idle", "idle loop (IRQs on)", null),
    HALT("halted", "halted", null),
    KDUMP("machine_kexec", "jumped into the kdump kernel", null),
    DONE("panic", "panic() completed (reboot / final loop)", null);

    private static final Map<String, Step> BY_ID = new HashMap<>();
    static { for (Step s : values()) BY_ID.put(s.name(), s); }
    private static final Step[] ALL = values();

    private final String function;
    private final String text;
    private final String patch;

    Step(String function, String text, String patch) {
        this.function = function;
        this.text = text;
        this.patch = patch;
    }

    public String id() { return name(); }
    public String function() { return function; }
    public String text() { return text; }
    /** The switch(es) that add or change this step, or null. */
    public String patch() { return patch; }

    public static Step byId(String id) { return BY_ID.get(id); }
    static Step of(int ordinal) { return ALL[ordinal]; }
}

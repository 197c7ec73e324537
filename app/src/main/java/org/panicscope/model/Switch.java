package org.panicscope.model;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A patch, variant or proposed fix, as a named switch on the steps it changes (design doc §4, §5, §6.4).
 * The names are a contract: scripts write them in configuration strings such as {@code FINAL+FX-TRYLOCK}.
 */
public enum Switch {
    P2("P2", "Patch 2/4 \"printk: disable optimistic spin during panic\" (d51507098ff9): CTS2 returns 0 on any CPU once panic_cpu is set", "S0, K-post"),
    P3("P3", "Patch 3/4 \"printk: Avoid livelock with heavy printk during panic\" (13fb0f74d702): VE2 and the CU4 drop counter", "S0, K-post"),
    P4("P4", "Patch 4/4 \"printk: Drop console_sem during panic\" (8ebc476fd51e): CU12a and CU15 abandon the console on non-panic CPUs", "S0, K-post"),
    V0("V0", "Stephen's first patch \"panic: disable optimistic spin after halting CPUs\" (12 Jan 2022): PN8b clears console_owner after the stop", "L: patch mail"),
    VP("VP", "Petr's first variant: CTS2 returns 0 on any CPU once panic_cpu is set (same step as P2)", "S1"),
    VS("VS", "Stephen's variant: CTS2 returns 0 only on the panic CPU", "S1"),
    K23("K23", "2023 series (51a1d258e50e, eacb04ff3c5b): CT0 keeps non-panic CPUs out of console_trylock; the final flush does not take console_sem", "L"),
    K24("K24", "2024 changes (d04d5882cd67, 779dbc2e78d7): SE0/SD0 no owner hand-over during panic; VE2 drops every non-panic printk", "L"),
    NBCON("NBCON", "2024: the console is an nbcon console (kernel/printk/nbcon.c @ 571c1ea91a73): ownership by cmpxchg with direct, hand-over and hostile acquire, a printer thread, nbcon_atomic_flush_pending() in panic and nbcon_atomic_flush_unsafe() at its end (5dde3b735413)", "K-nbcon"),
    FX_SEMINIT("FX-SEMINIT", "John's proposal: sema_init(console_sem) in console_flush_on_panic (FP0)", "S0"),
    FX_ZAP("FX-ZAP", "Sergey's/Stephen's proposal: re-initialise console_sem right after the CPU stop", "S0"),
    FX_SAFE("FX-SAFE", "Stephen's proposal: printk_safe for all of panic(), re-initialise console_sem and flush at the end", "S0"),
    FX_TRYLOCK("FX-TRYLOCK", "Petr's proposal: down_trylock only try-acquires sem->lock (DT1'); failure means the trylock fails", "S0"),
    /**
     * Petr's proposal in full: "introduce panic_down_trylock() variant of down_trylock() that will use
     * raw_spin_trylock_irqsave()" [S0], with the same trylock in the up() that releases console_sem on the panic CPU
     * (the design doc's caveat to FX-TRYLOCK: "PN13's CU13 up() still spins on the lock"). DT1' as FX-TRYLOCK, and
     * UP2' (an id of this model [I]): if sem->lock is held, up() gives up and console_sem stays taken.
     */
    FX_TRYLOCK_UP("FX-TRYLOCK-UP", "Petr's proposal in full: the panic CPU only try-acquires sem->lock, in down_trylock (DT1') and in up() (UP2', the model's id): if held, down_trylock fails and up() gives up", "S0, I"),
    /**
     * 51a1d258e50e "printk: Keep non-panic-CPUs out of console lock" alone: CT0, "if other_cpu_in_panic(): return 0"
     * in console_trylock(), without eacb04ff3c5b's final flush without console_sem (FP1/FP4 unchanged). K23 is both.
     */
    K23_TRYLOCK("K23-TRYLOCK", "51a1d258e50e alone: CT0, console_trylock() fails on non-panic CPUs during panic; the final flush still takes console_sem (no eacb04ff3c5b)", "L"),
    /**
     * A variant of this model, not a kernel proposal [I]: up() increments the count without sem->lock (UP1 goes
     * straight to UP3, UP4 releases nothing), so sem->lock is taken only in down_trylock(). It isolates the up() half
     * of window (d): what a configuration still reaches with it is the down_trylock() half (DT1-DT3) alone.
     */
    UP_ATOMIC("UP-ATOMIC", "Model variant [I]: up() takes no sem->lock (UP1 -> UP3, UP4 releases nothing), so only down_trylock() holds it; isolates the up() half of window (d)", "I"),
    KD_AFTER_STOP("KD-AFTER-STOP", "2012: kmsg_dump(KMSG_DUMP_PANIC) moved below the CPU stop (order O-new)", "S2"),
    GSMI_TRYLOCK("GSMI-TRYLOCK", "2022: \"firmware: google: Test spinlock on panic path to avoid lockups\": the gsmi panic notifier skips logging when gsmi_lock is held", "S3"),
    KEXEC_ATOMIC("KEXEC-ATOMIC", "2022: 05c6257433b7 \"panic, kexec: make __crash_kexec() NMI safe\": the kexec lock is an atomic cmpxchg trylock, not a mutex", "S4, K-kexec"),
    /**
     * The kmsg dumper is pstore's pstore_dump() (fs/pstore/platform.c), which never waits for its buffer lock on the
     * panic path: pstore_cannot_block_path(KMSG_DUMP_PANIC) is true ("In panic case, other cpus are stopped by
     * smp_send_stop()"), so it only trylocks psinfo->buf_lock and skips the dump when another dump holds it. Form
     * followed: 8126b1c73108 "pstore: Don't use semaphores in always-atomic-context code" (Jann Horn, March 2022,
     * v5.18), as in the v6.x file; it gives up rather than writing on since 959217c84c27 "pstore: Actually give up
     * during locking failure" (2018). KD0 replaces the dumper's own policy (KD1) on the panic path.
     */
    PSTORE_TRYLOCK("PSTORE-TRYLOCK", "pstore's kmsg dumper on the panic path (8126b1c73108, 2022; gives up since 959217c84c27, 2018): pstore_cannot_block_path(KMSG_DUMP_PANIC), so it only trylocks its buffer lock (dump_lock) and skips the dump when it is held", "K-pstore");

    private final String id;
    private final String description;
    private final String source;

    Switch(String id, String description, String source) {
        this.id = id;
        this.description = description;
        this.source = source;
    }

    /** The name users write, e.g. {@code FX-TRYLOCK}. */
    public String id() { return id; }
    public String description() { return description; }
    public String source() { return source; }

    public static Switch byId(String id) {
        for (Switch s : values()) {
            if (s.id.equals(id)) return s;
        }
        throw new IllegalArgumentException("unknown switch '" + id + "'; valid switches: " + allIds());
    }

    public static String allIds() {
        return Arrays.stream(values()).map(Switch::id).collect(Collectors.joining(", "));
    }

    /**
     * The fixes the thread weighed for window (d), in the order of design doc §6.4, then 51a1d258e50e's CT0 alone
     * and the model's UP-ATOMIC variant: each is a column "FINAL+" of the verdict matrix.
     */
    public static List<Switch> fixes() {
        return List.of(FX_SEMINIT, FX_ZAP, FX_SAFE, FX_TRYLOCK, FX_TRYLOCK_UP, K23_TRYLOCK, UP_ATOMIC);
    }
}

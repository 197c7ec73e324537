package org.panicscope.model;

import static org.panicscope.model.Local.LINES;
import static org.panicscope.model.Local.OLD_PANIC_CPU;
import static org.panicscope.model.Local.TRYLOCK_FAILED;
import static org.panicscope.model.Ops.goTo;

/**
 * panic() [K-panic] (design doc §4.8, line numbers from [S1]), console_unblank() and console_flush_on_panic()
 * [K-pre = K-post] (§4.7). Locals: {@link Local#OLD_PANIC_CPU}, {@link Local#LINES}; the flush's
 * {@link Local#TRYLOCK_FAILED}.
 */
final class Panic {
    private Panic() { }

    static void step(Kernel k, Cpu c) {
        Params p = k.params;
        switch (c.pc) {
            case PN1 -> {
                c.irqsOn = false; // local_irq_disable() for the rest of panic()
                goTo(c, Step.PN2);
            }
            case PN2 -> {
                int old = k.panicCpu;
                if (old == Kernel.INVALID) {
                    k.panicCpu = c.id;
                    k.panicCpuClaims++;
                }
                c.set(OLD_PANIC_CPU, old);
                goTo(c, Step.PN3);
            }
            case PN3 -> {
                int old = c.get(OLD_PANIC_CPU);
                if (old != Kernel.INVALID && old != c.id) {
                    c.status = CpuStatus.SELF_STOPPED; // panic_smp_self_stop(): spins forever
                    c.spinOn = null;
                } else {
                    c.set(LINES, 0);
                    goTo(c, Step.PN4);
                }
            }
            case PN4 -> {
                k.oopsInProgress++; // bust_spinlocks(1)
                if (k.has(Switch.FX_SAFE)) c.printkSafe++; // Stephen's proposal: printk_safe for all of panic()
                goTo(c, Step.PN5);
            }
            case PN5 -> {
                if (c.phase() == 0) { c.phase(1); Ops.printk(c, RecordKind.PANIC); }
                else { goTo(c, Step.PN6); c.set(LINES, 0); }
            }
            case PN6 -> {
                if (c.get(LINES) < p.K_dump) { c.set(LINES, c.get(LINES) + 1); Ops.printk(c, RecordKind.DUMP_STACK); }
                else goTo(c, Step.PN7);
            }
            case PN7 -> goTo(c, Step.PN8);
            case PN8 -> stopOthers(k, c);
            case PN8b -> {
                // V0: "panic: disable optimistic spin after halting CPUs"
                k.consoleOwner = Kernel.INVALID;
                if (k.ownerLock.held()) k.ownerLock.reinit(); // debug_locks_off(); raw_spin_lock_init()
                goTo(c, k.has(Switch.NBCON) ? Step.PN8c : Step.PN9);
                c.set(LINES, 0);
            }
            case PN9 -> {
                if (c.get(LINES) < p.K_notif) {
                    c.set(LINES, c.get(LINES) + 1);
                    Ops.printk(c, RecordKind.NOTIFIER);
                } else if (p.gsmiNotifier && c.phase() == 0) {
                    c.phase(1);
                    c.call(k.has(Switch.GSMI_TRYLOCK) ? Step.GP : Step.GS1);
                } else {
                    goTo(c, k.has(Switch.KD_AFTER_STOP) ? Step.PN10 : Step.PN11);
                }
            }
            case PN10 -> {
                if (p.kmsgDumper && c.phase() == 0) { c.phase(1); c.call(Drivers.kmsgDumpEntry(k)); }
                else goTo(c, Step.PN11);
            }
            case PN11 -> {
                if (p.crashKexecPostNotifiers && c.phase() == 0) { c.phase(1); c.call(Step.KX1); }
                else goTo(c, Step.PN12);
            }
            case PN12 -> {
                // NBCON [I]: console_unblank() returns early when no console has an unblank() callback
                // (7b23a66db55e); the serial consoles modelled here have none
                if (c.phase() == 0 && !k.has(Switch.NBCON)) { c.phase(1); c.call(Step.UNB1); }
                else goTo(c, Step.PN13);
            }
            case PN13 -> {
                if (c.phase() == 0) {
                    if (k.has(Switch.FX_SAFE)) {
                        c.printkSafe--;
                        k.semCount = 1;          // re-initialise console_sem, then flush [S0 Stephen]
                        k.semHolder = Kernel.INVALID;
                        k.semLock.reinit();
                    }
                    c.phase(1);
                    c.call(k.has(Switch.NBCON) ? Step.NP1 : k.has(Switch.FX_SEMINIT) ? Step.FP0 : Step.FP1);
                } else {
                    goTo(c, Step.PN14);
                }
            }
            case PN14 -> goTo(c, Step.PN15);
            case PN15 -> {
                if (k.has(Switch.NBCON)) goTo(c, Step.PN16);
                else finish(k, c);
            }
            case PN8c -> allowPanicSync(k, c);
            case PN16 -> {
                // the end of panic() (5dde3b735413): panic_timeout = 0 assumed [I]; with a timeout,
                // emergency_restart() comes first and this final flush never runs
                switch (c.phase()) {
                    case 0 -> { c.phase(1); c.call(Step.NP1); }
                    case 1 -> { c.phase(2); Nbcon.callFlush(k, c, true); } // nbcon_atomic_flush_unsafe()
                    default -> finish(k, c);
                }
            }
            case NP1 -> flushOnPanic(k, c);
            default -> flushAndKexec(k, c);
        }
    }

    private static void finish(Kernel k, Cpu c) {
        c.pc = Step.DONE;
        c.status = CpuStatus.DONE;
        c.spinOn = null;
        if (k.slowestSeq() < k.rb.nextSeq()) k.degradations.add(Kernel.Degradation.RECORDS_LOST);
    }

    /**
     * PN8c, printk_legacy_allow_panic_sync() (printk.c, called by panic() right after the CPU stop): from here a
     * legacy console may be printed from the panic CPU; with one registered, legacy_direct now holds and it does
     * console_trylock() + console_unlock() at once.
     */
    private static void allowPanicSync(Kernel k, Cpu c) {
        switch (c.phase()) {
            case 0 -> {
                k.legacyAllowPanicSync = true;
                if (k.hasLegacyConsole()) { c.phase(1); ConsoleLock.callTrylock(k, c); }
                else { goTo(c, Step.PN9); c.set(LINES, 0); }
            }
            case 1 -> {
                if (c.ret == 1) { c.phase(2); c.call(Step.CU1); }
                else { goTo(c, Step.PN9); c.set(LINES, 0); }
            }
            default -> { goTo(c, Step.PN9); c.set(LINES, 0); }
        }
    }

    /**
     * NP1, console_flush_on_panic() with nbcon consoles (printk.c): nbcon_atomic_flush_pending() when
     * printk_get_console_flush_type() says nbcon_atomic (always on the panic CPU), then, once legacy_allow_panic_sync
     * is set, console_flush_all() for the legacy console without console_sem (as since eacb04ff3c5b).
     */
    private static void flushOnPanic(Kernel k, Cpu c) {
        switch (c.phase()) {
            case 0 -> { c.phase(1); Nbcon.callFlush(k, c, false); }
            case 1 -> {
                if (k.hasLegacyConsole() && k.legacyAllowPanicSync) {
                    c.phase(2);
                    c.call(Step.CU1);
                    c.flag(Local.WITHOUT_SEM, true);
                } else {
                    c.ret(0);
                }
            }
            default -> c.ret(0);
        }
    }

    /** PN8: kdump first then the REBOOT-IPI stop, or (crash_kexec_post_notifiers) the NMI shoot-down at once. */
    private static void stopOthers(Kernel k, Cpu c) {
        boolean post = k.params.crashKexecPostNotifiers;
        boolean dumpFirst = !k.has(Switch.KD_AFTER_STOP) && k.params.kmsgDumper; // O-old order, 2012 [S2]
        switch (c.phase()) {
            case 0 -> {
                c.phase(1);
                if (!post) c.call(Step.KX1);
            }
            case 1 -> {
                c.phase(2);
                if (dumpFirst) c.call(Drivers.kmsgDumpEntry(k));
            }
            case 2 -> {
                c.phase(3);
                c.call(post ? Step.CSS1 : Step.NSO1);
            }
            default -> {
                if (k.has(Switch.FX_ZAP)) {
                    k.semCount = 1; // re-initialise console_sem right after the stop [S0 Sergey, Stephen]
                    k.semHolder = Kernel.INVALID;
                    k.semLock.reinit();
                }
                goTo(c, k.has(Switch.V0) ? Step.PN8b : k.has(Switch.NBCON) ? Step.PN8c : Step.PN9);
                c.set(LINES, 0);
            }
        }
    }

    private static void flushAndKexec(Kernel k, Cpu c) {
        switch (c.pc) {
            case FP0 -> {
                k.semCount = 1; // John's sema_init() in console_flush_on_panic [S0]
                k.semHolder = Kernel.INVALID;
                k.semLock.reinit();
                goTo(c, Step.FP1);
            }
            case FP1 -> {
                if (k.has(Switch.K23)) {
                    goTo(c, Step.FP2); // eacb04ff3c5b: no console_sem in the final flush
                } else if (c.phase() == 0) {
                    c.phase(1);
                    ConsoleLock.callTrylock(k, c);
                } else {
                    if (c.ret == 0) c.flag(TRYLOCK_FAILED, true); // FP4 prints anyway (busted)
                    goTo(c, Step.FP2);
                }
            }
            case FP2 -> goTo(c, Step.FP3);
            case FP3 -> goTo(c, Step.FP4);
            case FP4 -> {
                if (c.phase() == 0) {
                    if (c.flag(TRYLOCK_FAILED) && k.semHolder != c.id) k.degradations.add(Kernel.Degradation.LOCK_BUSTED);
                    c.phase(1);
                    c.call(Step.CU1);
                    if (k.has(Switch.K23)) c.flag(Local.WITHOUT_SEM, true);
                } else {
                    c.ret(0);
                }
            }
            case UNB1 -> {
                // oops_in_progress: down_trylock_console_sem() or give up
                if (c.phase() == 0) { c.phase(1); c.call(Step.CT1); }
                else if (c.ret == 0) c.ret(0);
                else goTo(c, Step.UNB2);
            }
            case UNB2 -> {
                if (c.phase() == 0) { c.phase(1); c.call(Step.CU1); }
                else c.ret(0);
            }
            case KX1 -> kexecTrylock(k, c);
            case KX2 -> {
                if (!k.params.kdumpLoaded) {
                    goTo(c, Step.KX3);
                } else if (c.phase() == 0) {
                    c.phase(1);
                    c.call(Step.CSS1); // machine_crash_shutdown() -> crash_smp_send_stop(), idempotent
                } else {
                    c.pc = Step.KDUMP;
                    c.status = CpuStatus.KDUMP;
                    c.spinOn = null;
                }
            }
            case KX3 -> {
                k.kexecLock = Kernel.INVALID;
                c.ret(0);
            }
            case CK1 -> {
                // crash_kexec() on the oops path: a temporary "panic in progress" [K-kexec]
                if (c.phase() == 0) {
                    if (k.panicCpu == Kernel.INVALID) {
                        k.panicCpu = c.id;
                        c.phase(1);
                        c.call(Step.KX1);
                    } else {
                        c.phase(2);
                    }
                } else {
                    if (c.phase() == 1) k.panicCpu = Kernel.INVALID;
                    c.set(OLD_PANIC_CPU, 0);
                    c.panicked = true;
                    c.pc = Step.PN1; // oops with panic_on_oops: panic() follows in the same context
                    c.phase(0);
                }
            }
            default -> throw new ModelError("Panic cannot run " + c.pc);
        }
    }

    /** KX1: mutex_trylock(&kexec_mutex) before 05c6257433b7; an atomic cmpxchg trylock after (KEXEC-ATOMIC). */
    private static void kexecTrylock(Kernel k, Cpu c) {
        boolean ok;
        if (k.has(Switch.KEXEC_ATOMIC)) {
            ok = k.kexecLock == Kernel.INVALID;
        } else {
            // PREEMPT_RT + DEBUG_RT_MUTEXES: the trylock WARNs and fails outside task context (NMI) [S4]
            ok = k.kexecLock == Kernel.INVALID && !(c.inNmi && k.params.preemptRt);
        }
        if (ok) {
            k.kexecLock = c.id;
            goTo(c, Step.KX2);
        } else {
            if (k.params.kdumpLoaded) k.degradations.add(Kernel.Degradation.KDUMP_SKIPPED);
            c.ret(0);
        }
    }
}

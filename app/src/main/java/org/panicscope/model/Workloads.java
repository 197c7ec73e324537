package org.panicscope.model;

import static org.panicscope.model.Local.HELD;
import static org.panicscope.model.Local.SPIN_FOR_LOCK;
import static org.panicscope.model.Ops.goTo;

/**
 * The programs the CPUs run (design doc §4.14): Stephen's kmsg writer [S0], the sysrq panic trigger, a generic
 * lock holder (LH: another user of the lock, e.g. gsmi's event-log writes or a pstore read, in a loop with one time
 * unit between calls) and the idle loop. The writer's loop is {@code while :; do echo $chars > /dev/kmsg; done}.
 */
final class Workloads {
    private Workloads() { }

    static void step(Kernel k, Cpu c) {
        Params p = k.params;
        switch (c.pc) {
            case WR1 -> {
                if (p.writerLines >= 0 && c.linesWritten >= p.writerLines) {
                    goTo(c, Step.IDLE);
                } else {
                    c.cost = p.U;
                    // writerEmergency: each line inside nbcon_cpu_emergency_enter()/exit(), as __warn() does (panic.c)
                    goTo(c, p.writerEmergency && k.has(Switch.NBCON) ? Step.NM1 : Step.WR2);
                }
            }
            case WR2 -> {
                if (c.phase() == 0) { c.phase(1); Ops.printk(c, RecordKind.KMSG); }
                else { c.linesWritten++; goTo(c, c.emergencyNesting > 0 ? Step.NM2 : Step.WR3); }
            }
            case NM1 -> {
                c.emergencyNesting++;
                goTo(c, Step.WR2);
            }
            case NM2 -> {
                c.emergencyNesting--;
                goTo(c, Step.WR3);
            }
            case WR3 -> goTo(c, Step.WR1);
            case PT, IDLE -> c.cost = 1; // waiting for the trigger / idle: time passes
            case LH1 -> {
                if (c.clock < p.lhStart && !c.flag(SPIN_FOR_LOCK)) { c.cost = 1; return; }
                if (c.heldLock == Resource.KEXEC_LOCK) { // kexec lock: a trylock by kexec_load() [S4]
                    if (k.kexecLock == Kernel.INVALID) k.kexecLock = c.id;
                    goTo(c, Step.LH2);
                    c.set(HELD, 0);
                    return;
                }
                if (!c.flag(SPIN_FOR_LOCK)) { c.irqSave(); c.flag(SPIN_FOR_LOCK, true); }
                if (Ops.acquire(k, c, c.heldLock)) {
                    c.flag(SPIN_FOR_LOCK, false);
                    goTo(c, Step.LH2);
                    c.set(HELD, 0);
                }
            }
            case LH2 -> {
                c.set(HELD, c.get(HELD) + 1);
                c.cost = 1;
                if (c.get(HELD) >= p.L) goTo(c, Step.LH3);
            }
            case LH3 -> {
                if (c.heldLock == Resource.KEXEC_LOCK) {
                    if (k.kexecLock == c.id) k.kexecLock = Kernel.INVALID;
                } else {
                    k.lock(c.heldLock).release(k.queued());
                    c.irqRestore();
                }
                c.cost = 1; // one time unit with IRQs on, then the next call takes the lock again
                goTo(c, Step.LH1);
            }
            default -> throw new ModelError("Workloads cannot run " + c.pc);
        }
    }

    /** Enters panic() on this CPU: from the sysrq trigger (a call) or from an NMI on top of whatever it does. */
    static void triggerPanic(Kernel k, Cpu c) {
        c.panicked = true;
        if (k.params.panicVia == Params.PanicVia.NMI && c.pc != Step.PT) {
            c.interrupt(Step.PN1); // watchdog NMI -> nmi_panic() -> panic() on top of the interrupted context
            c.inNmi = true;
        } else {
            c.call(Step.PN1);
        }
        Ops.running(c);
    }
}

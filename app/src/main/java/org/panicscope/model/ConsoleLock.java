package org.panicscope.model;

import static org.panicscope.model.Local.SPIN;
import static org.panicscope.model.Local.TOOK_SEM;
import static org.panicscope.model.Ops.goTo;

/**
 * console_trylock() with down_trylock() and up() on console_sem [K-pre][K-sem] (design doc §4.4), and
 * console_trylock_spinning() [K-pre -> K-post] (§4.5). Locals: console_trylock's {@link Local#TOOK_SEM},
 * console_trylock_spinning's {@link Local#SPIN}.
 */
final class ConsoleLock {
    private ConsoleLock() { }

    /** Calls console_trylock(); K23 and K23-TRYLOCK start at CT0 (51a1d258e50e). */
    static void callTrylock(Kernel k, Cpu c) {
        c.call(k.has(Switch.K23) || k.has(Switch.K23_TRYLOCK) ? Step.CT0 : Step.CT1);
    }

    /** Petr's panic-path trylock of sem->lock (DT1', and UP2' with FX-TRYLOCK-UP) applies to this CPU. */
    private static boolean panicTrylock(Kernel k, Cpu c, boolean inUp) {
        boolean on = inUp ? k.has(Switch.FX_TRYLOCK_UP) : k.has(Switch.FX_TRYLOCK) || k.has(Switch.FX_TRYLOCK_UP);
        return on && k.panicCpu == c.id;
    }

    static void step(Kernel k, Cpu c) {
        switch (c.pc) {
            case CT0 -> {
                if (Ops.otherCpuInPanic(k, c)) c.ret(0);
                else goTo(c, Step.CT1);
            }
            case CT1 -> {
                c.irqSave();
                c.printkSafe++;
                goTo(c, Step.DT1);
            }
            case DT1 -> {
                // DT1' (FX-TRYLOCK, FX-TRYLOCK-UP), Petr [S0]: "A better solution would be to use
                // raw_spin_trylock_irqsave() in down_trylock()": on the panic path try sem->lock once; if held,
                // down_trylock fails.
                if (panicTrylock(k, c, false)) {
                    if (k.semLock.tryOnce(c.id)) goTo(c, Step.DT2);
                    else { c.flag(TOOK_SEM, false); goTo(c, Step.CT5); }
                } else if (Ops.acquire(k, c, Resource.SEM_LOCK)) {
                    goTo(c, Step.DT2);
                }
            }
            case DT2 -> {
                // the NMI window (d): halted here, sem->lock is held forever
                int n = k.semCount - 1;
                if (n >= 0) {
                    k.semCount = n;
                    k.semHolder = c.id;
                }
                c.flag(TOOK_SEM, n >= 0);
                goTo(c, Step.DT3);
            }
            case DT3 -> {
                k.semLock.release(k.queued());
                goTo(c, Step.CT5);
            }
            case CT5 -> {
                c.irqRestore();
                c.printkSafe--;
                goTo(c, Step.CT6);
            }
            case CT6 -> {
                if (!c.flag(TOOK_SEM)) c.ret(0);
                else goTo(c, Step.CT7);
            }
            case CT7 -> {
                k.consoleLocked = true;
                c.ret(1);
            }
            case UP1 -> {
                c.irqSave();
                // UP-ATOMIC, a variant of this model [I]: the count changes without sem->lock
                goTo(c, k.has(Switch.UP_ATOMIC) ? Step.UP3 : Step.UP2);
            }
            case UP2 -> {
                if (panicTrylock(k, c, true)) {
                    // UP2' (FX-TRYLOCK-UP, the model's id [I]): sem->lock is held, so up() gives up; console_sem
                    // stays taken and later trylocks fail, which is what a trylock-only fix trades for no spin
                    if (k.semLock.tryOnce(c.id)) goTo(c, Step.UP3);
                    else { c.irqRestore(); c.ret(0); }
                } else if (Ops.acquire(k, c, Resource.SEM_LOCK)) {
                    goTo(c, Step.UP3);
                }
            }
            case UP3 -> {
                k.semCount++; // no waiters in the panic paths (only trylock/up) [I]
                k.semHolder = Kernel.INVALID;
                goTo(c, Step.UP4);
            }
            case UP4 -> {
                if (!k.has(Switch.UP_ATOMIC)) k.semLock.release(k.queued());
                c.irqRestore();
                c.ret(0);
            }
            default -> spinning(k, c);
        }
    }

    /** console_trylock_spinning(), design doc §4.5. */
    private static void spinning(Kernel k, Cpu c) {
        switch (c.pc) {
            case CTS1 -> {
                if (c.phase() == 0) { c.phase(1); callTrylock(k, c); return; }
                if (c.ret == 1) { c.ret(1); return; }
                boolean variant = k.has(Switch.P2) || k.has(Switch.VP) || k.has(Switch.VS);
                goTo(c, variant ? Step.CTS2 : Step.CTS3);
            }
            case CTS2 -> {
                boolean anyCpu = k.has(Switch.P2) || k.has(Switch.VP);
                boolean giveUp = anyCpu ? k.panicCpu != Kernel.INVALID : k.panicCpu == c.id;
                if (giveUp) c.ret(0);
                else goTo(c, Step.CTS3);
            }
            case CTS3 -> {
                c.irqSave();
                c.printkSafe++;
                goTo(c, Step.CTS4);
            }
            case CTS4 -> {
                if (Ops.acquire(k, c, Resource.OWNER_LOCK)) goTo(c, Step.CTS5);
            }
            case CTS5 -> {
                int owner = k.consoleOwner;
                boolean spin = !k.consoleWaiter && owner != Kernel.INVALID && owner != c.id;
                if (spin) k.consoleWaiter = true;
                c.flag(SPIN, spin);
                goTo(c, Step.CTS6);
            }
            case CTS6 -> {
                k.ownerLock.release(k.queued());
                goTo(c, Step.CTS7);
            }
            case CTS7 -> {
                if (!c.flag(SPIN)) {
                    c.irqRestore();
                    c.printkSafe--;
                    c.ret(0);
                } else {
                    goTo(c, Step.CTS8);
                }
            }
            case CTS8 -> {
                // deadlock (a) when the owner is halted: nobody will clear console_waiter
                if (k.consoleWaiter) Ops.spin(c, Resource.CONSOLE_WAITER);
                else goTo(c, Step.CTS9);
            }
            case CTS9 -> {
                c.irqRestore();
                c.printkSafe--;
                k.semHolder = c.id; // handed over: owns console_sem without decrementing count
                k.consoleLocked = true;
                c.ret(1);
            }
            default -> throw new ModelError("ConsoleLock cannot run " + c.pc);
        }
    }
}

package org.panicscope.model;

import static org.panicscope.model.Local.CHARS;
import static org.panicscope.model.Local.GAP;
import static org.panicscope.model.Local.HANDOVER;
import static org.panicscope.model.Local.PORT_LOCKED;
import static org.panicscope.model.Local.RETRY;
import static org.panicscope.model.Local.WAITER;
import static org.panicscope.model.Local.WITHOUT_SEM;
import static org.panicscope.model.Ops.goTo;

/**
 * console_unlock() with the owner/waiter hand-over and the console driver write: design doc §4.6 [K-pre -> K-post],
 * §4.12. Locals: {@link Local#GAP}, {@link Local#WAITER}, {@link Local#HANDOVER}, {@link Local#RETRY}, {@link Local#WITHOUT_SEM} (K23's
 * console_flush_on_panic, eacb04ff3c5b, runs the loop without console_sem, so it ends without up()); the driver
 * write's {@link Local#CHARS} and {@link Local#PORT_LOCKED}.
 */
final class ConsoleUnlock {
    private ConsoleUnlock() { }

    /**
     * The steps of a console_unlock() frame at which its slot-A local ({@link Local#GAP}, {@link Local#WAITER},
     * {@link Local#HANDOVER}, {@link Local#RETRY}, which share the slot) is dead: every path from the step writes
     * the slot (CU3 the gap, SD2 the waiter, SD0/SD4/SD5 the hand-over, CU14 the retry) before a step reads it
     * (CU4, SD3, CU12, CU15's first visit). The gap in particular stays behind from CU4 to SD2, through the whole
     * driver write; untimed it is as large as the console's unbounded lag, so the untimed key writes a dead slot as
     * 0 (docs/exploration.md, "Untimed abstraction"). DRV1-DRV3 run in their own frame and are not listed.
     */
    static final java.util.Set<Step> SLOT_A_DEAD = java.util.EnumSet.of(Step.CU1, Step.CU3, Step.CU6, Step.CU7,
            Step.SE0, Step.SE1, Step.SE2, Step.SE3, Step.CU9, Step.SD0, Step.SD1, Step.SD2, Step.CU12a, Step.CU12b,
            Step.CU13, Step.CU14, Step.CU16);

    /** abandon_console_lock_in_panic() (patch 4): a non-panic CPU gives console_sem up during panic. */
    private static boolean abandon(Kernel k, Cpu c) {
        return Ops.otherCpuInPanic(k, c);
    }

    static void step(Kernel k, Cpu c) {
        switch (c.pc) {
            case CU1 -> {
                k.consoleLocked = !c.flag(WITHOUT_SEM);
                goTo(c, Step.CU3);
            }
            case CU3 -> {
                long seq = k.rb.read(k.consoleSeq);
                if (seq < 0) {
                    goTo(c, Step.CU13);
                } else {
                    c.set(GAP, (int) (seq - k.consoleSeq));
                    goTo(c, Step.CU4);
                }
            }
            case CU4 -> {
                int gap = c.get(GAP);
                if (gap > 0) {
                    k.consoleDropped += gap;
                    k.consoleSeq += gap;
                    k.degradations.add(Kernel.Degradation.RECORDS_LOST);
                    // patch 3 (removed again by K24's 779dbc2e78d7): count gap events during panic
                    if (k.has(Switch.P3) && !k.has(Switch.K24) && k.panicCpu != Kernel.INVALID) {
                        int old = k.panicConsoleDropped++;
                        if (old > k.params.T_drop) k.suppressPanicPrintk = true;
                    }
                }
                goTo(c, Step.CU6);
            }
            case CU6 -> {
                k.consoleSeq++;
                goTo(c, Step.CU7);
            }
            case CU7 -> {
                c.irqSave();
                c.printkSafe++;
                goTo(c, k.has(Switch.K24) ? Step.SE0 : Step.SE1);
            }
            case SE0 -> goTo(c, k.panicCpu != Kernel.INVALID ? Step.CU9 : Step.SE1);
            case SE1 -> {
                if (Ops.acquire(k, c, Resource.OWNER_LOCK)) goTo(c, Step.SE2);
            }
            case SE2 -> {
                k.consoleOwner = c.id;
                goTo(c, Step.SE3);
            }
            case SE3 -> {
                k.ownerLock.release(k.queued());
                goTo(c, Step.CU9);
            }
            case CU9 -> {
                // call_console_drivers(): the "** N printk messages dropped **" line goes out with the record
                if (c.phase() == 0) {
                    k.consoleDropped = 0;
                    c.phase(1);
                    c.call(Step.DRV1);
                } else {
                    goTo(c, k.has(Switch.K24) ? Step.SD0 : Step.SD1);
                }
            }
            case DRV1 -> {
                // serial drivers only try the port lock while oops_in_progress [S0 Sergey]
                if (k.oopsInProgress > 0) {
                    c.flag(PORT_LOCKED, k.portLock.tryOnce(c.id));
                    c.pc = Step.DRV2;
                } else if (Ops.acquire(k, c, Resource.PORT_LOCK)) {
                    c.flag(PORT_LOCKED, true);
                    c.pc = Step.DRV2;
                }
            }
            case DRV2 -> {
                c.set(CHARS, c.get(CHARS) + 1);
                c.cost = 1;
                if (c.get(CHARS) >= k.params.W) c.pc = Step.DRV3;
            }
            case DRV3 -> {
                if (c.flag(PORT_LOCKED)) k.portLock.release(k.queued());
                k.printed++;
                c.ret(0);
            }
            case SD0 -> {
                if (k.panicCpu != Kernel.INVALID) {
                    c.flag(HANDOVER, false);
                    goTo(c, Step.CU11);
                } else {
                    goTo(c, Step.SD1);
                }
            }
            case SD1 -> {
                if (Ops.acquire(k, c, Resource.OWNER_LOCK)) goTo(c, Step.SD2);
            }
            case SD2 -> {
                c.flag(WAITER, k.consoleWaiter);
                k.consoleOwner = Kernel.INVALID;
                goTo(c, Step.SD3);
            }
            case SD3 -> {
                k.ownerLock.release(k.queued());
                goTo(c, c.flag(WAITER) ? Step.SD5 : Step.SD4);
            }
            case SD4 -> {
                c.flag(HANDOVER, false);
                goTo(c, Step.CU11);
            }
            case SD5 -> {
                // hand-over: the spinner at CTS8 now owns console_sem
                k.consoleWaiter = false;
                c.flag(HANDOVER, true);
                goTo(c, Step.CU11);
            }
            case CU11 -> {
                c.irqRestore();
                c.printkSafe--;
                goTo(c, Step.CU12);
            }
            case CU12 -> {
                if (c.flag(HANDOVER)) {
                    if (k.semHolder == c.id) k.semHolder = Kernel.INVALID;
                    c.ret(0);
                } else {
                    goTo(c, k.has(Switch.P4) ? Step.CU12a : Step.CU12b);
                }
            }
            case CU12a -> goTo(c, abandon(k, c) ? Step.CU13 : Step.CU12b);
            case CU12b -> goTo(c, Step.CU3);
            case CU13 -> {
                if (c.flag(WITHOUT_SEM)) {
                    goTo(c, Step.CU16);
                } else if (c.phase() == 0) {
                    k.consoleLocked = false;
                    c.phase(1);
                    c.call(Step.UP1);
                } else {
                    goTo(c, Step.CU14);
                }
            }
            case CU14 -> {
                c.flag(RETRY, k.rb.read(k.consoleSeq) >= 0);
                goTo(c, Step.CU15);
            }
            case CU15 -> {
                if (c.phase() == 0) {
                    boolean retry = c.flag(RETRY) && !(k.has(Switch.P4) && abandon(k, c));
                    if (retry) {
                        c.phase(1);
                        ConsoleLock.callTrylock(k, c);
                    } else {
                        goTo(c, Step.CU16);
                    }
                } else {
                    goTo(c, c.ret == 1 ? Step.CU1 : Step.CU16);
                }
            }
            case CU16 -> c.ret(0);
            default -> throw new ModelError("ConsoleUnlock cannot run " + c.pc);
        }
    }
}

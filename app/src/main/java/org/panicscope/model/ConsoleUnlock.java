package org.panicscope.model;

import static org.panicscope.model.Ops.goTo;

/**
 * console_unlock() with the owner/waiter hand-over and the console driver write: design doc §4.6 [K-pre -> K-post],
 * §4.12. Frame locals: {@code count} = the gap found at CU3, then the hand-over flag; {@code aux} = 1 when the
 * loop runs without console_sem (K23's console_flush_on_panic, eacb04ff3c5b), so it ends without up().
 */
final class ConsoleUnlock {
    private ConsoleUnlock() { }

    static final int NO_SEM = 1;

    /** abandon_console_lock_in_panic() (patch 4): a non-panic CPU gives console_sem up during panic. */
    private static boolean abandon(Kernel k, Cpu c) {
        return Ops.otherCpuInPanic(k, c);
    }

    static void step(Kernel k, Cpu c) {
        switch (c.pc) {
            case CU1 -> {
                k.consoleLocked = c.aux() != NO_SEM;
                goTo(c, Step.CU3);
            }
            case CU3 -> {
                long seq = k.rb.read(k.consoleSeq);
                if (seq < 0) {
                    goTo(c, Step.CU13);
                } else {
                    c.count((int) (seq - k.consoleSeq));
                    goTo(c, Step.CU4);
                }
            }
            case CU4 -> {
                int gap = c.count();
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
                    c.phase(k.portLock.tryOnce(c.id) ? 1 : 0);
                    c.pc = Step.DRV2;
                } else if (Ops.acquire(k, c, Resource.PORT_LOCK)) {
                    c.phase(1);
                    c.pc = Step.DRV2;
                }
            }
            case DRV2 -> {
                c.count(c.count() + 1);
                c.cost = 1;
                if (c.count() >= k.params.W) c.pc = Step.DRV3;
            }
            case DRV3 -> {
                if (c.phase() == 1) k.portLock.release(k.queued());
                k.printed++;
                c.ret(0);
            }
            case SD0 -> {
                if (k.panicCpu != Kernel.INVALID) {
                    c.count(0);
                    goTo(c, Step.CU11);
                } else {
                    goTo(c, Step.SD1);
                }
            }
            case SD1 -> {
                if (Ops.acquire(k, c, Resource.OWNER_LOCK)) goTo(c, Step.SD2);
            }
            case SD2 -> {
                c.count(k.consoleWaiter ? 1 : 0);
                k.consoleOwner = Kernel.INVALID;
                goTo(c, Step.SD3);
            }
            case SD3 -> {
                k.ownerLock.release(k.queued());
                goTo(c, c.count() == 1 ? Step.SD5 : Step.SD4);
            }
            case SD4 -> {
                c.count(0);
                goTo(c, Step.CU11);
            }
            case SD5 -> {
                // hand-over: the spinner at CTS8 now owns console_sem
                k.consoleWaiter = false;
                c.count(1);
                goTo(c, Step.CU11);
            }
            case CU11 -> {
                c.irqRestore();
                c.printkSafe--;
                goTo(c, Step.CU12);
            }
            case CU12 -> {
                if (c.count() == 1) {
                    if (k.semHolder == c.id) k.semHolder = Kernel.INVALID;
                    c.ret(0);
                } else {
                    goTo(c, k.has(Switch.P4) ? Step.CU12a : Step.CU12b);
                }
            }
            case CU12a -> goTo(c, abandon(k, c) ? Step.CU13 : Step.CU12b);
            case CU12b -> goTo(c, Step.CU3);
            case CU13 -> {
                if (c.aux() == NO_SEM) {
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
                c.count(k.rb.read(k.consoleSeq) >= 0 ? 1 : 0);
                goTo(c, Step.CU15);
            }
            case CU15 -> {
                if (c.phase() == 0) {
                    boolean retry = c.count() == 1 && !(k.has(Switch.P4) && abandon(k, c));
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

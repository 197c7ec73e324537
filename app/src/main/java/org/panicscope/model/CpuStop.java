package org.panicscope.model;

import static org.panicscope.model.Local.WAITED;
import static org.panicscope.model.Ops.goTo;

/**
 * Stopping the other CPUs on x86 (design doc §4.10): crash_smp_send_stop() [K-crash], nmi_shootdown_cpus() and
 * its NMI handler [K-reboot], native_stop_other_cpus(wait = 0) and the REBOOT vector [K-smp]. Waits are bounded
 * and take one time unit per step, counted in {@link Local#WAITED}.
 */
final class CpuStop {
    private CpuStop() { }

    /**
     * @param timed whether time costs count: an interrupt's latency bound is then measured on the common time line
     *              (stamped with the sender's clock, which is "now"); untimed, a clock is only its CPU's step count,
     *              so the bound counts the target's own steps (docs/schedule.md) and the send is stamped with the
     *              target's clock
     */
    static void step(Kernel k, Cpu c, boolean timed) {
        Params p = k.params;
        switch (c.pc) {
            case CSS1 -> {
                if (k.cpusStopped) c.ret(0);
                else goTo(c, Step.CSS2);
            }
            case CSS2 -> {
                if (c.phase() == 0) { c.phase(1); c.call(Step.NS1); }
                else goTo(c, Step.CSS3);
            }
            case CSS3 -> {
                k.cpusStopped = true;
                c.ret(0);
            }
            case NS1 -> {
                c.irqsOn = false;
                k.crashingCpu = c.id;
                k.waitingForCrashIpi = k.onlineCpus() - 1;
                goTo(c, Step.NS2);
            }
            case NS2 -> {
                for (Cpu o : k.cpus) {
                    if (o != c && o.online && o.status.runnable()) send(o, Cpu.NmiKind.CRASH, timed ? c.clock : o.clock);
                }
                goTo(c, Step.NS3);
                c.set(WAITED, 0);
            }
            case NS3 -> wait(k, c, null);
            case NSO1 -> {
                if (k.stoppingCpu != Kernel.INVALID && k.stoppingCpu != c.id) { c.ret(0); return; }
                k.stoppingCpu = c.id;
                goTo(c, Step.NSO2);
            }
            case NSO2 -> {
                for (Cpu o : k.cpus) {
                    if (o != c && o.online) { o.pendingIpi = true; o.ipiSent = timed ? c.clock : o.clock; }
                }
                goTo(c, Step.NSO3);
                c.set(WAITED, 0);
            }
            case NSO3 -> wait(k, c, Step.NSO4);
            case NSO4 -> {
                if (k.onlineCpus() > 1 && p.nmiIpiAllowed) {
                    if (c.phase() == 0) {
                        c.phase(1);
                        Ops.printk(c, RecordKind.NMI_SHUTDOWN); // a printk from the panic CPU mid-stop
                    } else {
                        for (Cpu o : k.cpus) if (o != c && o.online) send(o, Cpu.NmiKind.STOP, timed ? c.clock : o.clock);
                        goTo(c, Step.NSO5);
                        c.set(WAITED, 0);
                    }
                } else {
                    goTo(c, Step.NSO6);
                }
            }
            case NSO5 -> wait(k, c, Step.NSO6);
            case NSO6 -> c.ret(0);
            default -> throw new ModelError("CpuStop cannot run " + c.pc);
        }
    }

    private static void send(Cpu target, Cpu.NmiKind kind, long stamp) {
        if (target.pendingNmi == Cpu.NmiKind.NONE) {
            target.pendingNmi = kind;
            target.nmiSent = stamp;
        }
    }

    /**
     * The condition of the bounded wait at CPU {@code c}'s pc (NS3: a CPU has not taken the crash NMI yet; NSO3,
     * NSO5: another CPU is still online).
     */
    private static boolean stillWaiting(Kernel k, Cpu c) {
        return c.pc == Step.NS3 ? k.waitingForCrashIpi > 0 : k.onlineCpus() > 1;
    }

    /** The bound of the wait at {@code at} (G_shoot, G_ipi, G_nmi_stop), or -1 when {@code at} is no wait. */
    private static int bound(Params p, Step at) {
        return switch (at) {
            case NS3 -> p.G_shoot;
            case NSO3 -> p.G_ipi;
            case NSO5 -> p.G_nmi_stop;
            default -> -1;
        };
    }

    /**
     * True when CPU {@code c}'s next step is a second or later spin of a bounded wait: it is at NS3, NSO3 or NSO5,
     * has spun at least once, the condition still holds, the bound is not reached, and no interrupt is pending on
     * it. Untimed, the explorer runs such spins at once, up to the bound ({@link Machine#nextStepIsLocal}): a spin
     * changes only the waiter's own count and step count, which no other CPU reads, so the states between the first
     * spin and the bound need not be stored (argument in docs/exploration.md, "The reduction, and why it is sound",
     * item 4).
     */
    static boolean spinsAgain(Kernel k, Cpu c) {
        return bound(k.params, c.pc) >= 0 && c.get(WAITED) >= 1 && spins(k, c)
                && c.pendingNmi == Cpu.NmiKind.NONE && !c.pendingIpi;
    }

    /** True when CPU {@code c}'s next step at its wait is a spin: the condition holds and the bound is not reached. */
    private static boolean spins(Kernel k, Cpu c) {
        return stillWaiting(k, c) && c.get(WAITED) < bound(k.params, c.pc);
    }

    /**
     * The bounded wait at CPU {@code c}'s pc: one time unit per step while it {@link #spins}, then on to {@code next}
     * (null: return).
     */
    private static void wait(Kernel k, Cpu c, Step next) {
        if (spins(k, c)) {
            c.set(WAITED, c.get(WAITED) + 1);
            c.cost = 1;
        } else if (next == null) {
            c.ret(0);
        } else {
            goTo(c, next);
        }
    }

    // ---- interrupt delivery (design doc §2.2 rule 3) ------------------------------------------------------------

    /** An NMI is delivered at any step boundary, whatever the IRQ flag, unless the CPU is already in an NMI. */
    public static boolean canDeliverNmi(Cpu c) {
        return c.pendingNmi != Cpu.NmiKind.NONE && !c.inNmi && c.status.runnable();
    }

    /** A REBOOT IPI is delivered only where IRQs are on. */
    public static boolean canDeliverIpi(Cpu c) {
        return c.pendingIpi && c.irqsOn && !c.inNmi && c.status.runnable();
    }

    /** Runs the NMI handler to completion (NH1-NH3 or SN): the CPU ends HALTED, whatever it held. */
    static Step deliverNmi(Kernel k, Cpu c) {
        Cpu.NmiKind kind = c.pendingNmi;
        c.pendingNmi = Cpu.NmiKind.NONE;
        c.inNmi = true;
        Step handler;
        if (kind == Cpu.NmiKind.CRASH) {
            if (c.id == k.crashingCpu) { c.inNmi = false; return Step.NH1; } // NH1: the crashing CPU returns
            c.irqsOn = false;                                                // NH2
            k.waitingForCrashIpi--;
            handler = Step.NH3;
        } else {
            if (c.id == k.stoppingCpu) { c.inNmi = false; return Step.SN; }
            c.irqsOn = false;
            c.online = false;                                                 // stop_this_cpu()
            handler = Step.SN;
        }
        halt(c);
        return handler;
    }

    /** The REBOOT vector: stop_this_cpu(): IRQ-OFF, offline, halt. */
    static void deliverIpi(Cpu c) {
        c.pendingIpi = false;
        c.irqsOn = false;
        c.online = false;
        halt(c);
    }

    private static void halt(Cpu c) {
        c.status = CpuStatus.HALTED;
        c.spinOn = null;
        c.pendingIpi = false;
    }
}

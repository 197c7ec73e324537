package org.panicscope.model;

/**
 * Executes the model's atomic steps: one CPU step, an interrupt delivery or a panic trigger, each followed by the
 * invariant checks of design doc §9. A broken invariant throws {@link ModelError}: it is a bug in the model and
 * is reported as such, never taken for a verdict.
 */
public final class Machine {
    private Machine() { }

    /**
     * Steps that touch only their own CPU's registers and call stack, take no time, leave the IRQ flag and the CPU's
     * status alone and read no shared variable (only the configuration and parameters, which never change). Such a
     * step commutes with every step of every other CPU and with interrupt sends; an NMI or panic NMI landing just
     * before or just after it leaves the CPU with the same locks, the same owner flags and the same future, only a
     * different pc. The explorer therefore runs them at once instead of interleaving them (a partial-order
     * reduction; argument in docs/exploration.md). Verified by a test that compares reduced and full explorations.
     */
    private static final java.util.Set<Step> LOCAL = java.util.EnumSet.of(
            Step.PK1, Step.PK2, Step.VE3, Step.VE4, Step.VE5, Step.CT6, Step.CTS1, Step.CU12b, Step.CU16,
            Step.PN5, Step.PN6, Step.PN7, Step.PN9, Step.PN10, Step.PN11, Step.PN12, Step.PN14,
            Step.FP1, Step.FP2, Step.FP3, Step.WR2, Step.WR3, Step.CSS2, Step.GS6, Step.UNB2);

    /** {@link #LOCAL} by ordinal: the explorer asks after every step, for every CPU. */
    private static final boolean[] IS_LOCAL = new boolean[Step.values().length];
    static { for (Step s : LOCAL) IS_LOCAL[s.ordinal()] = true; }

    /**
     * Steps that are {@link #LOCAL} in every respect but time: each touches only its own CPU and reads nothing
     * shared (only the parameters and the configuration), but takes time when timed: a character on the wire (DRV2,
     * ND2), the writer's user-space overhead (WR1), the SMI's hold (GS4), pstore's write (KD2). Untimed, every step
     * costs one step of its own CPU's clock and nothing else, so they are local there as well. Timed they stay
     * interleaved: run at once, such a step would move a panic NMI landing on its CPU a time unit later, and with
     * it the whole panic against the other CPUs.
     */
    private static final java.util.Set<Step> LOCAL_UNTIMED = java.util.EnumSet.of(Step.DRV2, Step.ND2, Step.WR1, Step.GS4, Step.KD2);

    /** {@link #LOCAL} and {@link #LOCAL_UNTIMED} by ordinal. */
    private static final boolean[] IS_LOCAL_UNTIMED = IS_LOCAL.clone();
    static { for (Step s : LOCAL_UNTIMED) IS_LOCAL_UNTIMED[s.ordinal()] = true; }

    /**
     * True when CPU {@code id} runs and its next step is local: in the sense of {@link #LOCAL}; untimed also in the
     * sense of {@link #LOCAL_UNTIMED}, or a second or later spin of a bounded wait ({@link CpuStop#spinsAgain}).
     * The explorer runs such steps at once (docs/exploration.md, "The reduction, and why it is sound").
     */
    public static boolean nextStepIsLocal(Kernel k, int id, boolean timed) {
        Cpu c = k.cpus[id];
        if (c.status != CpuStatus.RUN) return false;
        int s = c.pc.ordinal();
        return timed ? IS_LOCAL[s] : IS_LOCAL_UNTIMED[s] || CpuStop.spinsAgain(k, c);
    }

    /** Runs one step of CPU {@code id}; returns the step that ran. Time advances by the step's cost. */
    public static Step step(Kernel k, int id, boolean timed) {
        Cpu c = k.cpus[id];
        if (!c.status.runnable()) throw new ModelError("CPU" + id + " cannot step: it is " + c.status);
        Step s = c.pc;
        c.cost = 0;
        switch (s) {
            case PK1, PK2, VE1, VE2, VE3, VE4, VE5, ST1, ST2 -> Printk.step(k, c);
            case CT0, CT1, DT1, DT2, DT3, CT5, CT6, CT7, UP1, UP2, UP3, UP4,
                 CTS1, CTS2, CTS3, CTS4, CTS5, CTS6, CTS7, CTS8, CTS9 -> ConsoleLock.step(k, c);
            case CU1, CU3, CU4, CU6, CU7, SE0, SE1, SE2, SE3, CU9, DRV1, DRV2, DRV3, SD0, SD1, SD2, SD3, SD4, SD5,
                 CU11, CU12, CU12a, CU12b, CU13, CU14, CU15, CU16 -> ConsoleUnlock.step(k, c);
            case PN1, PN2, PN3, PN4, PN5, PN6, PN7, PN8, PN8b, PN9, PN10, PN11, PN12, PN13, PN14, PN15,
                 FP0, FP1, FP2, FP3, FP4, UNB1, UNB2, KX1, KX2, KX3, CK1, PN8c, PN16, NP1 -> Panic.step(k, c);
            case CSS1, CSS2, CSS3, NS1, NS2, NS3, NSO1, NSO2, NSO3, NSO4, NSO5, NSO6 -> CpuStop.step(k, c, timed);
            case GP, GS1, GS2, GS3, GS4, GS5, GS6, KD0, KD1, KD2, KD3 -> Drivers.step(k, c);
            case WR1, WR2, WR3, PT, LH1, LH2, LH3, IDLE, NM1, NM2 -> Workloads.step(k, c);
            case NV1, NB1, NB2, NB3, NB4, NB5, NE1, NE2, NE3, ND1, ND2, ND3, NF1, NF2, NF3, NF4, NK1, NK2, NK3 -> Nbcon.step(k, c);
            default -> throw new ModelError("CPU" + id + " has no step to run at " + s);
        }
        c.clock += timed ? c.cost : 1;
        c.stalled = 0;
        checkInvariants(k);
        return s;
    }

    /** The host deschedules CPU {@code id}'s vCPU for one time unit: no kernel step, its clock advances. */
    public static Step stall(Kernel k, int id) {
        Cpu c = k.cpus[id];
        if (!c.status.runnable() || c.stalled >= k.params.vcpuStall) throw new ModelError("CPU" + id + " cannot stall now");
        c.clock++;
        c.stalled++;
        return c.pc;
    }

    /** Delivers the pending NMI of CPU {@code id}; returns the handler step (NH3, SN, or NH1/SN when ignored). */
    public static Step deliverNmi(Kernel k, int id) {
        Cpu c = k.cpus[id];
        if (!CpuStop.canDeliverNmi(c)) throw new ModelError("CPU" + id + " has no deliverable NMI");
        Step s = CpuStop.deliverNmi(k, c);
        checkInvariants(k);
        return s;
    }

    public static Step deliverIpi(Kernel k, int id) {
        Cpu c = k.cpus[id];
        if (!CpuStop.canDeliverIpi(c)) throw new ModelError("CPU" + id + " has no deliverable REBOOT IPI");
        CpuStop.deliverIpi(c);
        checkInvariants(k);
        return Step.RV;
    }

    public static boolean canDeliverNmi(Kernel k, int id) { return CpuStop.canDeliverNmi(k.cpus[id]); }
    public static boolean canDeliverIpi(Kernel k, int id) { return CpuStop.canDeliverIpi(k.cpus[id]); }

    /** Enters panic() on CPU {@code id} (the sysrq trigger fires, or the watchdog NMI lands). */
    public static Step triggerPanic(Kernel k, int id) {
        Cpu c = k.cpus[id];
        if (c.panicked || !c.status.runnable()) throw new ModelError("CPU" + id + " cannot trigger a panic now");
        Workloads.triggerPanic(k, c);
        checkInvariants(k);
        return Step.PT;
    }

    private static final java.util.Set<Step> OWNER_SECTION = java.util.EnumSet.of(Step.SE2, Step.SE3, Step.CU9,
            Step.DRV1, Step.DRV2, Step.DRV3, Step.SD0, Step.SD1, Step.SD2);
    private static final java.util.Set<Step> WAITER_SECTION = java.util.EnumSet.of(Step.CTS6, Step.CTS7, Step.CTS8);
    /** The two sections as tables by step ordinal: the invariants are checked after every step. */
    private static final boolean[] IN_OWNER_SECTION = byOrdinal(OWNER_SECTION), IN_WAITER_SECTION = byOrdinal(WAITER_SECTION);

    private static boolean[] byOrdinal(java.util.Set<Step> steps) {
        boolean[] t = new boolean[Step.values().length];
        for (Step s : steps) t[s.ordinal()] = true;
        return t;
    }

    private static int oopsCpus(Kernel k) {
        int n = 0;
        for (Cpu c : k.cpus) if (c.program == Cpu.Program.OOPS) n++;
        return n;
    }

    /**
     * Invariant 1's message. The design doc names the one way the kernel gets there (§9.1: "possible after FP4 busts
     * the lock and a 'halted' CPU was not really halted"): console_flush_on_panic() unlocks console_sem whether or
     * not its console_trylock() succeeded, and the CPU that held it, which the stop did not halt, releases it too.
     * Untimed runs reach it (a CPU starved through the whole wait of the stop keeps running); the timed model's
     * latency bound halts every CPU first. The model stops there: it keeps one holder of console_sem and does not
     * go on with a corrupted semaphore.
     */
    private static String semCountBroken(Kernel k) {
        String at = "invariant 1: console_sem.count = " + k.semCount;
        StringBuilder running = new StringBuilder();
        if (k.semCount > 1 && k.panicCpu != Kernel.INVALID)
            for (Cpu c : k.cpus) if (c.id != k.panicCpu && c.status.runnable()) running.append(running.isEmpty() ? "" : ", ").append(Kernel.cpuName(c.id));
        if (running.isEmpty()) return at + " (double release?)";
        return at + ": released twice, by the panic CPU's final flush, which unlocks console_sem even when its console_trylock() "
                + "failed, and by its holder, which the stop did not halt (still running: " + running + "); design doc §9.1 names "
                + "this case, which needs a CPU starved through the whole wait of the stop (untimed runs reach it, the timed matrix "
                + "does not); the model stops at the corrupted semaphore";
    }

    // The messages are made out of line: checkInvariants runs after every step and stays small enough to inline.
    private static ModelError broken(String before, int n, String after) { return new ModelError(before + n + after); }

    private static ModelError ownerOutside(Cpu o) {
        return new ModelError("invariant 2: console_owner = CPU" + o.id + " but it is at " + o.pc + ", outside CU8-CU10");
    }

    /** Design doc §9, invariants 1-4 (5, a spin on a halted holder, is the engine's deadlock verdict). */
    public static void checkInvariants(Kernel k) {
        if (k.semCount < 0 || k.semCount > 1) throw new ModelError(semCountBroken(k));
        if (k.consoleWaiter) {
            int at = 0;
            // refinement of §9.2: the waiter sets the flag at CTS5 and reaches CTS8 two steps later; only the CPU
            // that set it counts (another printk may pass CTS6-CTS7 meanwhile, having seen the waiter there)
            // (a CPU interrupted there by an NMI panic still counts: its spin never resumes, the flag stays set)
            for (Cpu c : k.cpus) if (c.inStepWith(IN_WAITER_SECTION, Local.SPIN, 1)) at++;
            if (at != 1) throw broken("invariant 2: console_waiter is set but ", at, " CPUs are in CTS6-CTS8");
        }
        // K24 (d04d5882cd67) skips SE1-SE3 and SD1-SD3 during panic, so a console_owner set before the panic is left
        // behind on purpose (nobody spins during panic); the invariant only holds outside that case.
        if (k.consoleOwner != Kernel.INVALID && !(k.has(Switch.K24) && k.panicCpu != Kernel.INVALID)) {
            Cpu o = k.cpus[k.consoleOwner];
            if (!o.inAny(IN_OWNER_SECTION)) throw ownerOutside(o);
        }
        if (k.panicCpuClaims > 1 && k.panicCpuClaims > 1 + oopsCpus(k))
            throw broken("invariant 3: panic_cpu was claimed ", k.panicCpuClaims, " times");
        if (k.suppressPanicPrintk && k.panicCpu == Kernel.INVALID)
            throw new ModelError("invariant 4: suppress_panic_printk is set while no panic is in progress");
    }
}

package org.panicscope.model;

import java.util.Arrays;

/**
 * One CPU (design doc §2.1): status, interrupt state, the program it runs and its call stack. A frame holds the
 * return step, the saved IRQ flag of an irqsave in that function, the phase a step resumes at after a call, and two
 * slots for the function's named locals ({@link Local}).
 */
public final class Cpu {
    /** The task a CPU runs (design doc §4.14). */
    public enum Program { WRITER, PANIC, LOCK_HOLDER, OOPS, IDLE, PRINTER }

    /** Which NMI handler a pending NMI runs: crash shoot-down (NH) or the stop NMI of native_stop_other_cpus (SN). */
    public enum NmiKind { NONE, CRASH, STOP, PANIC }

    private static final int MAX_DEPTH = 12;

    public final int id;
    public final Program program;
    /** The lock a LOCK_HOLDER program takes (GSMI_LOCK or DUMP_LOCK). */
    public final Resource heldLock;

    CpuStatus status = CpuStatus.RUN;
    Resource spinOn;
    Step pc;
    int ret;
    boolean irqsOn = true;
    boolean inNmi;
    int printkSafe;
    boolean online = true;
    NmiKind pendingNmi = NmiKind.NONE;
    long nmiSent;
    boolean pendingIpi;
    long ipiSent;
    boolean panicked;
    long clock;
    int cost;
    int linesWritten;
    /** nbcon_pcpu_emergency_nesting: inside nbcon_cpu_emergency_enter()/exit() (NBCON). */
    int emergencyNesting;
    /** Time units lost in a row to a descheduled vCPU (reset by a step). */
    int stalled;

    private final Step[] retPc = new Step[MAX_DEPTH];
    private final boolean[] savedIrq = new boolean[MAX_DEPTH];
    private final int[] phase = new int[MAX_DEPTH];
    private final int[] count = new int[MAX_DEPTH];
    private final int[] aux = new int[MAX_DEPTH];
    private int sp;

    Cpu(int id, Program program, Resource heldLock, Step entry) {
        this.id = id;
        this.program = program;
        this.heldLock = heldLock;
        this.pc = entry;
    }

    Cpu copy() {
        Cpu c = new Cpu(id, program, heldLock, pc);
        c.status = status; c.spinOn = spinOn; c.ret = ret; c.irqsOn = irqsOn; c.inNmi = inNmi;
        c.printkSafe = printkSafe; c.online = online; c.pendingNmi = pendingNmi; c.nmiSent = nmiSent;
        c.pendingIpi = pendingIpi; c.ipiSent = ipiSent; c.panicked = panicked; c.clock = clock;
        c.linesWritten = linesWritten; c.sp = sp; c.stalled = stalled; c.emergencyNesting = emergencyNesting;
        System.arraycopy(retPc, 0, c.retPc, 0, sp + 1);
        System.arraycopy(savedIrq, 0, c.savedIrq, 0, sp + 1);
        System.arraycopy(phase, 0, c.phase, 0, sp + 1);
        System.arraycopy(count, 0, c.count, 0, sp + 1);
        System.arraycopy(aux, 0, c.aux, 0, sp + 1);
        return c;
    }

    void save(Snapshot.Out o) {
        o.put(status.ordinal()).put(spinOn == null ? -1 : spinOn.ordinal()).put(pc.ordinal()).put(ret).put(irqsOn)
                .put(inNmi).put(printkSafe).put(online).put(pendingNmi.ordinal()).put(nmiSent).put(pendingIpi)
                .put(ipiSent).put(panicked).put(clock).put(cost).put(linesWritten).put(stalled).put(sp).put(emergencyNesting);
        for (int i = 0; i <= sp; i++) {
            o.put(retPc[i] == null ? -1 : retPc[i].ordinal()).put(savedIrq[i]).put(phase[i]).put(count[i]).put(aux[i]);
        }
    }

    private static final CpuStatus[] STATUS = CpuStatus.values();
    private static final Resource[] RESOURCES = Resource.values();
    private static final Step[] STEPS = Step.values();
    private static final NmiKind[] NMI = NmiKind.values();

    void load(Snapshot.In in) {
        status = STATUS[in.i()];
        int r = in.i();
        spinOn = r < 0 ? null : RESOURCES[r];
        pc = STEPS[in.i()];
        ret = in.i(); irqsOn = in.bool(); inNmi = in.bool(); printkSafe = in.i(); online = in.bool();
        pendingNmi = NMI[in.i()]; nmiSent = in.get(); pendingIpi = in.bool(); ipiSent = in.get();
        panicked = in.bool(); clock = in.get(); cost = in.i(); linesWritten = in.i(); stalled = in.i(); sp = in.i();
        emergencyNesting = in.i();
        for (int i = 0; i <= sp; i++) {
            int s = in.i();
            retPc[i] = s < 0 ? null : STEPS[s];
            savedIrq[i] = in.bool(); phase[i] = in.i(); count[i] = in.i(); aux[i] = in.i();
        }
    }

    // ---- call stack -------------------------------------------------------------------------------------------

    /** Calls a function: the current step is resumed (with its phase) when the callee returns. */
    void call(Step entry) {
        if (sp + 1 >= MAX_DEPTH) throw new ModelError("CPU" + id + ": call stack overflow at " + pc);
        sp++;
        retPc[sp] = pc;
        savedIrq[sp] = false;
        phase[sp] = 0;
        count[sp] = 0;
        aux[sp] = 0;
        pc = entry;
    }

    /** Returns from the current function with a value; the caller's step runs again with its next phase. */
    void ret(int value) {
        if (sp == 0) throw new ModelError("CPU" + id + ": return from the outermost frame at " + pc);
        ret = value;
        pc = retPc[sp];
        sp--;
    }

    /** An interrupt (NMI) pushes a frame on the interrupted context, which resumes at its current step. */
    void interrupt(Step handler) { call(handler); }

    /** Where the current step resumes after a call (0: its first visit); {@link Ops#goTo} starts a step at 0. */
    int phase() { return phase[sp]; }
    void phase(int p) { phase[sp] = p; }

    /** A local of the current function ({@link Local}). */
    int get(Local l) { return l.slot == Local.Slot.A ? count[sp] : aux[sp]; }
    void set(Local l, int v) { if (l.slot == Local.Slot.A) count[sp] = v; else aux[sp] = v; }
    /** A local used as a flag (0 or 1). */
    boolean flag(Local l) { return get(l) == 1; }
    void flag(Local l, boolean v) { set(l, v ? 1 : 0); }

    /** local_irq_save: remember the IRQ flag in this frame and disable IRQs. */
    void irqSave() { savedIrq[sp] = irqsOn; irqsOn = false; }
    /** local_irq_restore. */
    void irqRestore() { irqsOn = savedIrq[sp]; }

    /** The steps of the stack, innermost last (the interrupted or calling steps, then pc). */
    public Step[] stack() {
        Step[] s = new Step[sp + 1];
        for (int i = 1; i <= sp; i++) s[i - 1] = retPc[i];
        s[sp] = pc;
        return s;
    }

    /** True when {@code step} is pc or one of the steps waiting for a callee to return. */
    public boolean inStep(Step step) {
        if (pc == step) return true;
        for (int i = 1; i <= sp; i++) if (retPc[i] == step) return true;
        return false;
    }

    /** True when pc or a step waiting for a callee to return is in {@code steps}. */
    public boolean inAny(java.util.Set<Step> steps) {
        if (steps.contains(pc)) return true;
        for (int i = 1; i <= sp; i++) if (steps.contains(retPc[i])) return true;
        return false;
    }

    /**
     * True when a frame of this CPU is in {@code steps} with its local {@code l} equal to {@code value} (for
     * console_trylock_spinning: the CPU that set console_waiter has spin = 1 in CTS6-CTS8; another CPU that found
     * a waiter already there passes CTS6-CTS7 with spin = 0).
     */
    boolean inStepWith(java.util.Set<Step> steps, Local l, int value) {
        for (int k = 0; k <= sp; k++) {
            Step at = k == sp ? pc : retPc[k + 1];
            if (steps.contains(at) && (l.slot == Local.Slot.A ? count[k] : aux[k]) == value) return true;
        }
        return false;
    }

    public int depth() { return sp; }

    // ---- read-only view ---------------------------------------------------------------------------------------

    public CpuStatus status() { return status; }
    public Resource spinOn() { return spinOn; }
    public Step pc() { return pc; }
    public boolean irqsOn() { return irqsOn; }
    public boolean inNmi() { return inNmi; }
    public int printkSafe() { return printkSafe; }
    public boolean online() { return online; }
    public NmiKind pendingNmi() { return pendingNmi; }
    public long nmiSent() { return nmiSent; }
    public boolean pendingIpi() { return pendingIpi; }
    public long ipiSent() { return ipiSent; }
    public boolean panicked() { return panicked; }
    public long clock() { return clock; }
    public int linesWritten() { return linesWritten; }
    public int stalled() { return stalled; }
    public int emergencyNesting() { return emergencyNesting; }

    /** Writes the CPU's state (see {@link StateKey}); a stopped CPU's clock and interrupts are left out. */
    void encode(StateKey.Sink w, StateKey.Clocks clocks, boolean countLines, Kernel k) {
        w.put(status.ordinal()).put(spinOn == null ? -1 : spinOn.ordinal()).put(pc.ordinal()).put(ret);
        w.put((irqsOn ? 1 : 0) | (inNmi ? 2 : 0) | (online ? 4 : 0) | (pendingIpi ? 8 : 0) | (panicked ? 16 : 0));
        w.put(printkSafe).put(pendingNmi.ordinal());
        if (status.runnable()) clocks.put(w, this);
        w.put(countLines ? linesWritten : 0).put(stalled).put(sp).put(emergencyNesting);
        for (int i = 0; i <= sp; i++) {
            w.put(i == 0 ? -1 : retPc[i].ordinal()).put(savedIrq[i] ? 1 : 0).put(phase[i]);
            Step at = i == sp ? pc : retPc[i + 1];
            if (Emit.holdsStopSeq(at)) StateKey.stopSeq(w, k, count[i]);
            else clocks.count(w, at, count[i]);
            if (Emit.printsRecord(at)) StateKey.landing(w, k);
            w.put(aux[i]);
        }
    }
}

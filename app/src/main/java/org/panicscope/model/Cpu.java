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

    /**
     * The frames, {@link #FRAME_WORDS} ints each, innermost at {@code sp}: the return step's ordinal (-1 in the
     * outermost frame), the saved IRQ flag (0/1), the phase, and the locals A ({@code count}) and B ({@code aux}).
     * One int array rather than one array per field, so that copying a CPU's stack is one arraycopy.
     */
    private final int[] frame = new int[MAX_DEPTH * FRAME_WORDS];
    static final int FRAME_WORDS = 5;
    private static final int RET = 0, IRQ = 1, PHASE = 2, COUNT = 3, AUX = 4;
    private int sp;

    private Step retPc(int i) { int s = frame[i * FRAME_WORDS + RET]; return s < 0 ? null : STEPS[s]; }

    Cpu(int id, Program program, Resource heldLock, Step entry) {
        this.id = id;
        this.program = program;
        this.heldLock = heldLock;
        this.pc = entry;
        frame[RET] = -1;
    }

    Cpu copy() {
        Cpu c = new Cpu(id, program, heldLock, pc);
        c.status = status; c.spinOn = spinOn; c.ret = ret; c.irqsOn = irqsOn; c.inNmi = inNmi;
        c.printkSafe = printkSafe; c.online = online; c.pendingNmi = pendingNmi; c.nmiSent = nmiSent;
        c.pendingIpi = pendingIpi; c.ipiSent = ipiSent; c.panicked = panicked; c.clock = clock;
        c.linesWritten = linesWritten; c.sp = sp; c.stalled = stalled; c.emergencyNesting = emergencyNesting;
        System.arraycopy(frame, 0, c.frame, 0, (sp + 1) * FRAME_WORDS);
        return c;
    }

    /**
     * Takes every field of {@code o}, a CPU of a kernel of the same scenario (the explorer's restore between two
     * choices of one state; keep in step with {@link #copy()}, {@code SnapshotTest} checks it by reflection).
     */
    void restore(Cpu o) {
        status = o.status; spinOn = o.spinOn; pc = o.pc; ret = o.ret; irqsOn = o.irqsOn; inNmi = o.inNmi;
        printkSafe = o.printkSafe; online = o.online; pendingNmi = o.pendingNmi; nmiSent = o.nmiSent;
        pendingIpi = o.pendingIpi; ipiSent = o.ipiSent; panicked = o.panicked; clock = o.clock; cost = o.cost;
        linesWritten = o.linesWritten; sp = o.sp; stalled = o.stalled; emergencyNesting = o.emergencyNesting;
        System.arraycopy(o.frame, 0, frame, 0, (sp + 1) * FRAME_WORDS);
    }

    void save(Snapshot.Out o) {
        o.put(status.ordinal()).put(spinOn == null ? -1 : spinOn.ordinal()).put(pc.ordinal()).put(ret).put(irqsOn)
                .put(inNmi).put(printkSafe).put(online).put(pendingNmi.ordinal()).put(nmiSent).put(pendingIpi)
                .put(ipiSent).put(panicked).put(clock).put(cost).put(linesWritten).put(stalled).put(sp).put(emergencyNesting);
        for (int i = 0, n = (sp + 1) * FRAME_WORDS; i < n; i++) o.put(frame[i]);
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
        for (int i = 0, n = (sp + 1) * FRAME_WORDS; i < n; i++) frame[i] = in.i();
    }

    // ---- call stack -------------------------------------------------------------------------------------------

    /** Calls a function: the current step is resumed (with its phase) when the callee returns. */
    void call(Step entry) {
        if (sp + 1 >= MAX_DEPTH) throw new ModelError("CPU" + id + ": call stack overflow at " + pc);
        sp++;
        int f = sp * FRAME_WORDS;
        frame[f + RET] = pc.ordinal();
        frame[f + IRQ] = 0;
        frame[f + PHASE] = 0;
        frame[f + COUNT] = 0;
        frame[f + AUX] = 0;
        pc = entry;
    }

    /** Returns from the current function with a value; the caller's step runs again with its next phase. */
    void ret(int value) {
        if (sp == 0) throw new ModelError("CPU" + id + ": return from the outermost frame at " + pc);
        ret = value;
        pc = STEPS[frame[sp * FRAME_WORDS + RET]];
        sp--;
    }

    /** An interrupt (NMI) pushes a frame on the interrupted context, which resumes at its current step. */
    void interrupt(Step handler) { call(handler); }

    /** Where the current step resumes after a call (0: its first visit); {@link Ops#goTo} starts a step at 0. */
    int phase() { return frame[sp * FRAME_WORDS + PHASE]; }
    void phase(int p) { frame[sp * FRAME_WORDS + PHASE] = p; }

    /** A local of the current function ({@link Local}). */
    int get(Local l) { return frame[sp * FRAME_WORDS + slot(l)]; }
    void set(Local l, int v) { frame[sp * FRAME_WORDS + slot(l)] = v; }

    private static int slot(Local l) { return l.slot == Local.Slot.A ? COUNT : AUX; }
    /** A local used as a flag (0 or 1). */
    boolean flag(Local l) { return get(l) == 1; }
    void flag(Local l, boolean v) { set(l, v ? 1 : 0); }

    /** local_irq_save: remember the IRQ flag in this frame and disable IRQs. */
    void irqSave() { frame[sp * FRAME_WORDS + IRQ] = irqsOn ? 1 : 0; irqsOn = false; }
    /** local_irq_restore. */
    void irqRestore() { irqsOn = frame[sp * FRAME_WORDS + IRQ] != 0; }

    /** The steps of the stack, innermost last (the interrupted or calling steps, then pc). */
    public Step[] stack() {
        Step[] s = new Step[sp + 1];
        for (int i = 1; i <= sp; i++) s[i - 1] = retPc(i);
        s[sp] = pc;
        return s;
    }

    /** True when {@code step} is pc or one of the steps waiting for a callee to return. */
    public boolean inStep(Step step) {
        if (pc == step) return true;
        for (int i = 1, o = step.ordinal(); i <= sp; i++) if (frame[i * FRAME_WORDS + RET] == o) return true;
        return false;
    }

    /**
     * True when pc or a step waiting for a callee to return is in the set {@code byOrdinal} (a table by step ordinal:
     * the invariant checks ask after every step).
     */
    boolean inAny(boolean[] byOrdinal) {
        if (byOrdinal[pc.ordinal()]) return true;
        for (int i = 1; i <= sp; i++) {
            int s = frame[i * FRAME_WORDS + RET];
            if (s >= 0 && byOrdinal[s]) return true;
        }
        return false;
    }

    /**
     * True when a frame of this CPU is in the set {@code byOrdinal} (a table by step ordinal) with its local {@code l}
     * equal to {@code value} (for console_trylock_spinning: the CPU that set console_waiter has spin = 1 in
     * CTS6-CTS8; another CPU that found a waiter already there passes CTS6-CTS7 with spin = 0).
     */
    boolean inStepWith(boolean[] byOrdinal, Local l, int value) {
        for (int k = 0; k <= sp; k++) {
            int at = k == sp ? pc.ordinal() : frame[(k + 1) * FRAME_WORDS + RET];
            if (at >= 0 && byOrdinal[at] && frame[k * FRAME_WORDS + slot(l)] == value) return true;
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
            int f = i * FRAME_WORDS;
            w.put(frame[f + RET]).put(frame[f + IRQ]).put(frame[f + PHASE]);
            Step at = i == sp ? pc : retPc(i + 1);
            if (Emit.holdsStopSeq(at)) StateKey.stopSeq(w, k, clocks, frame[f + COUNT]);
            else clocks.count(w, at, frame[f + COUNT]);
            if (Emit.printsRecord(at)) StateKey.landing(w, k, clocks);
            w.put(frame[f + AUX]);
        }
    }
}

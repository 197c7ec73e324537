package org.panicscope.recording;

import java.util.ArrayList;
import java.util.List;
import org.panicscope.engine.Choice;
import org.panicscope.engine.Run;
import org.panicscope.model.CpuStatus;
import org.panicscope.model.Resource;
import org.panicscope.model.Step;

/**
 * One applied choice of a {@link Tape}, read from its row of the {@link StepLog}: made on demand, so a recording
 * keeps columns and no object per choice. {@code stack} is the CPU's frames before the choice, outermost first: for
 * a step, the step that runs is the last frame; for an interrupt or a panic entry, the frames it interrupts.
 *
 * <p>Time is model time (design doc §2.3: one unit is about 10 ms). An entry lasts from the CPU's clock before the
 * choice ({@code t0}) to its clock after it ({@code t1}); most steps cost nothing, so {@code t0 == t1}.
 */
public final class Entry {
    private final Tape tape;
    private final int row;

    Entry(Tape tape, int row) {
        this.tape = tape;
        this.row = row;
    }

    private StepLog log() { return tape.log(); }

    /** The 1-based choice number (the trace's first column). */
    public int index() { return row + 1; }
    public Choice choice() { return log().choice(row); }
    public int cpu() { return log().cpu(row); }
    /** The step that ran (for an NMI or IPI its handler, for a panic entry PT). */
    public Step step() { return log().step(row); }
    /** The function the trace names for the choice ({@link Run#functionOf}). */
    public String function() { return Run.functionOf(log().kind(row), step(), tape.panicVia()); }
    public long t0() { return log().timeBefore(row); }
    public long t1() { return log().timeAfter(row); }
    public List<Step> stack() { return log().stack(row); }
    public CpuStatus statusAfter() { return log().status(row); }
    public Resource spinOn() { return log().spinOn(row); }
    public boolean irqsOffAfter() { return log().has(row, StepLog.F_IRQS_OFF); }

    /** Whether this choice changed the same as {@code o} (by their fingerprints; see {@link StepLog#effect}). */
    public boolean sameEffect(Entry o) { return log().effect(row) == o.log().effect(o.row); }
    /** Whether the choice changed nothing at all (not even its CPU's status or IRQ state). */
    public boolean changedNothing() { return log().effect(row) == 0; }
    /** What the choice changed, as the trace's last column (rebuilt from the nearest snapshot). */
    public String changes() { return tape.changes(row); }
    /** The choices that were enabled before this one (rebuilt from the nearest snapshot). */
    public List<Choice> enabledBefore() { return tape.runAt(row).enabled(); }

    /** The kernel function names of the stack, outermost first. */
    public List<String> functions() {
        List<Step> stack = stack();
        List<String> f = new ArrayList<>(stack.size());
        for (Step s : stack) f.add(s.function());
        return f;
    }
}

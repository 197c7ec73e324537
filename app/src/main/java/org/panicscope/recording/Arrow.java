package org.panicscope.recording;

/**
 * A relation between two lanes of the timeline: an NMI or REBOOT IPI from the sending step to the step where it
 * lands, the console hand-over from SD5 to the waiter's next step, or wait-for from a spinner to the CPU that holds
 * what it spins on. Indices are choice indices (0-based); {@code toIndex} is -1 when the relation never completed
 * (an IPI overtaken by an NMI, a hand-over to a CPU that never ran again).
 *
 * <p>Its times are the rows' ({@code StepLog.timeBefore(fromIndex)}, {@code timeBefore(toIndex)}); a wait-for starts
 * and ends at the same choice.
 *
 * @param label  a few words for the app's arrow ("NMI", "console_sem handed over")
 * @param severe wait-for only: the holder is halted, so the spin can never end (a deadlock at a glance)
 * @param text   the sentence for a tooltip and an exported flow ("NMI from CPU0 lands on CPU1")
 */
public record Arrow(Kind kind, int fromIndex, int fromCpu, int toIndex, int toCpu, String label, boolean severe, String text) {

    public enum Kind { NMI, IPI, HANDOVER, WAIT_FOR }

    public boolean completed() { return toIndex >= 0; }

    /** The first and last choice index the arrow touches (for drawing only what is visible). */
    public int lo() { return fromIndex; }
    public int hi() { return Math.max(fromIndex, toIndex); }
}

package org.panicscope.recording;

/**
 * A relation between two lanes of the timeline: an NMI or REBOOT IPI from the sending step to the step where it
 * lands, the console hand-over from SD5 to the waiter's next step, or wait-for from a spinner to the CPU that holds
 * what it spins on. Indices are choice indices (0-based); {@code toIndex} is -1 when the relation never completed
 * (an IPI overtaken by an NMI, a hand-over to a CPU that never ran again).
 *
 * @param severe wait-for only: the holder is halted, so the spin can never end (a deadlock at a glance)
 */
public record Arrow(Kind kind, int fromIndex, int fromCpu, int toIndex, int toCpu, String label, boolean severe) {

    public enum Kind { NMI, IPI, HANDOVER, WAIT_FOR }

    public boolean completed() { return toIndex >= 0; }

    /** The first and last choice index the arrow touches (for drawing only what is visible). */
    public int lo() { return fromIndex; }
    public int hi() { return Math.max(fromIndex, toIndex); }
}

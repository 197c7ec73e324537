package org.panicscope.engine;

import java.util.List;

/**
 * A verdict with its reason in words, the degradations of an OK-D, and, for a hang, the cause in a short stable
 * form ("CTS8 on console_waiter, owner halted") that trials count by and the kernel window it belongs to.
 *
 * @param hang the window of a hang, or null (not a hang, or a hang of no named window: the panic CPU stopped)
 */
public record Outcome(Verdict verdict, String reason, List<String> degradations, String cause, Hang hang) {

    /** An outcome whose hang window follows from the verdict alone: every livelock is the flood livelock (b). */
    public Outcome(Verdict verdict, String reason, List<String> degradations, String cause) {
        this(verdict, reason, degradations, cause, verdict == Verdict.LL ? Hang.FLOOD_LIVELOCK : null);
    }

    /** The window's name ("(a) owner halted"), else the cause, else the verdict's id: how hangs are grouped. */
    public String window() {
        if (hang != null) return hang.label();
        return cause.isEmpty() ? verdict.id() : cause;
    }

    @Override public String toString() { return verdict + ": " + reason; }
}

package org.panicscope.ui.session;

import org.panicscope.engine.Choice;

/**
 * One thing that could happen next, as offered to the user: enabled or not (then {@code whyNot} says why, in the
 * engine's words), and whether it is what the schedule would do next.
 */
public record ChoiceOption(Choice choice, boolean enabled, String label, String whyNot, boolean planned) {
    /** The key that takes it: the schedule token itself ("1", "n1"). */
    public String token() { return choice.token(); }

    /** The label without the CPU and function, for a crowded row ("DRV2", "NMI", "halted"). */
    public String shortLabel() {
        int colon = label.indexOf(": ");
        String rest = colon >= 0 ? label.substring(colon + 2) : label;
        int space = rest.indexOf(' ');
        return choice.kind() == Choice.Kind.STEP ? (space > 0 ? rest.substring(0, space) : rest)
                : choice.kind() == Choice.Kind.NMI ? "NMI" : choice.kind() == Choice.Kind.IPI ? "IPI" : choice.kind() == Choice.Kind.PANIC ? "panic" : "stall";
    }
}

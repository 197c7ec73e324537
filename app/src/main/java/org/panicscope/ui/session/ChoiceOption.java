package org.panicscope.ui.session;

import org.panicscope.engine.Choice;

/**
 * One thing that could happen next, as offered to the user: enabled or not (then {@code whyNot} says why, in the
 * engine's words), and whether it is what the schedule would do next.
 */
public record ChoiceOption(Choice choice, boolean enabled, String label, String whyNot, boolean planned) {
    /** The key that takes it: the schedule token itself ("1", "n1"). */
    public String token() { return choice.token(); }
}

package org.panicscope.course;

import org.panicscope.engine.Explorer;
import org.panicscope.engine.Outcome;
import org.panicscope.engine.Verdict;

/**
 * What a challenge asks of a run: its verdict and, for a hang, the kernel window it hangs in, named as
 * {@link Explorer#window} names it ("(a) owner halted", "(d) sem->lock", "(b) flood livelock"). A goal is judged on
 * the run the app shows: the student's choices, then the default policy until a verdict (docs/schedule.md), the same
 * run {@code panicscope run --schedule} prints.
 *
 * @param window null when any window of that verdict will do
 */
public record Goal(Verdict verdict, String window) {
    /** The windows {@link Explorer#window} names, which a goal may ask for. */
    public static final java.util.List<String> WINDOWS = java.util.List.of("(a) owner halted", "(b) flood livelock",
            "(d) sem->lock", "(d2) console_owner_lock", "(e) dump_lock", "(f) gsmi_lock", "port_lock");

    public boolean reachedBy(Outcome out) {
        return out != null && out.verdict() == verdict && (window == null || window.equals(Explorer.window(out)));
    }

    /** The goal in words, e.g. {@code DL in (a) owner halted}. */
    public String describe() {
        return verdict.id() + (window == null ? "" : " in " + window);
    }
}

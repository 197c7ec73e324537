package org.panicscope.recording;

import org.panicscope.model.Step;

/**
 * Where the run under a new configuration parts from the run before the change: the first choice at which a
 * different CPU steps or the same CPU runs a different step, with the reason in words, and where the replay of the
 * schedule stopped if one of its tokens could no longer apply.
 *
 * @param index      the first choice (0-based) that differs; -1 when the runs agree up to the shorter one's end
 * @param replayStop where replay of the plan stopped (null when every token applied)
 */
public record Divergence(String from, String to, int index, String explanation, Tape.ReplayStop replayStop) {

    /** Compares two recordings of the same scenario; null when they are the same run. */
    public static Divergence between(Tape before, Tape after) {
        StepLog a = before.log(), b = after.log();
        int n = Math.min(a.size(), b.size());
        String from = before.config().name(), to = after.config().name();
        for (int i = 0; i < n; i++) {
            if (a.cpu(i) != b.cpu(i) || a.kind(i) != b.kind(i) || a.step(i) != b.step(i)) {
                return new Divergence(from, to, i, explain(i, a, b, from, to), after.replayStop());
            }
        }
        if (a.size() == b.size() && after.replayStop() == null) return null;
        String text = a.size() == b.size() ? "the two runs take the same steps"
                : "the runs agree for " + n + " choices; under " + (a.size() < b.size() ? from : to) + " it ends there, under "
                + (a.size() < b.size() ? to : from) + " it goes on";
        return new Divergence(from, to, a.size() == b.size() ? -1 : n, text, after.replayStop());
    }

    private static String explain(int i, StepLog a, StepLog b, String from, String to) {
        String at = "from choice #" + (i + 1) + ": ";
        if (a.cpu(i) != b.cpu(i) || a.kind(i) != b.kind(i))
            return at + to + " takes " + b.describe(i).replaceFirst("^#\\d+ ", "") + " where " + from + " took "
                    + a.describe(i).replaceFirst("^#\\d+ ", "");
        Step now = b.step(i), was = a.step(i);
        String patch = now.patch() != null ? " [" + now.patch() + "]" : was.patch() != null ? " [" + was.patch() + "]" : "";
        return at + "CPU" + b.cpu(i) + " runs " + now.id() + " (" + now.function() + ": " + now.text() + ") instead of "
                + was.id() + patch;
    }

    /** The first place worth pointing at: the first different step, else the replay stop. */
    public int markIndex() {
        if (index >= 0) return index;
        return replayStop != null ? replayStop.index() : -1;
    }
}

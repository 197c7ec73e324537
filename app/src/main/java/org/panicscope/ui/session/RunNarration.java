package org.panicscope.ui.session;

import org.panicscope.recording.Comparison;
import org.panicscope.recording.KeyMoments;
import org.panicscope.recording.Tape;

import java.util.List;
import org.panicscope.engine.Outcome;
import org.panicscope.model.Kernel;
import org.panicscope.scenario.Scenario;

/**
 * The note shown where no hand-written note applies (another configuration, another schedule): made from the run's
 * own recording, so it can only say what this run did: its last key moment, who holds console_sem, where it parts
 * from the previous configuration's run, and its own verdict, never another's. JavaFX-free.
 */
public final class RunNarration {
    private RunNarration() { }

    public static String at(Scenario s, Tape t, int position, Kernel k, Comparison.Divergence d) {
        StringBuilder b = new StringBuilder();
        b.append("Not the scenario's own run (").append(s.config()).append(" with its schedule), so its notes do not apply; ")
                .append("this note is made from the run shown, under ").append(t.config().name()).append(".\n\n");
        List<KeyMoments.Moment> ms = KeyMoments.of(t.log(), null);
        KeyMoments.Moment last = null;
        for (KeyMoments.Moment m : ms) if (m.index() < position) last = m;
        if (last == null) b.append(ms.isEmpty() ? "No key moment in this run. " : "No key moment yet. ");
        else b.append("Last key moment: ").append(last.label()).append(" at choice #").append(last.index() + 1).append(". ");
        if (k != null) {
            int h = k.semHolder();
            b.append(h >= 0 && h < k.cpuCount() ? "console_sem is held by CPU" + h
                    + (k.cpu(h).status().stopped() ? ", which is halted" : "") + ". " : "console_sem is free. ");
        }
        if (d != null) b.append("\n\nIt parts from the ").append(d.a().config().name()).append(" run at choice #")
                .append(d.b().index()).append(": ").append(d.headline()).append(".");
        Outcome o = t.outcome();
        if (o != null) {
            b.append("\n\n").append(position >= t.size() ? "The run is over: " : "This run ends after " + t.size() + " choices in ")
                    .append(o.verdict().id()).append(" (").append(o.verdict().meaning()).append(")")
                    .append(position >= t.size() ? ": " + o.reason() : "").append(".");
        }
        return b.toString();
    }
}

package org.panicscope.ui.session;

import org.panicscope.recording.Tape;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.panicscope.scenario.Scenario;

/**
 * Which words of a scenario's narration belong to a position: the introduction before the first note, then the
 * latest note whose choice number has been reached (notes count choices from 1, as the trace does). Notes are
 * anchored to the scenario's own run (its schedule under its configuration); on any other run the note is made from
 * that run's own key events ({@link RunNarration}).
 */
public final class Narrator {
    private final ReadOnlyObjectWrapper<Scenario.Note> note = new ReadOnlyObjectWrapper<>(this, "note");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");

    Narrator() { }

    ReadOnlyObjectProperty<Scenario.Note> noteProperty() { return note.getReadOnlyProperty(); }
    ReadOnlyStringProperty textProperty() { return text.getReadOnlyProperty(); }

    /** Shows the words for a position; {@code own}: the run is the scenario's own, so its notes apply. */
    void show(Scenario s, int position, boolean own, Tape t, org.panicscope.model.Kernel k,
              org.panicscope.recording.Comparison.Divergence d) {
        note.set(own ? s.narration().current(position) : null);
        // another run: the scenario's introduction and notes tell its own run's story (under FINAL they told BASE's
        // deadlock while the run completed); the note is made from this run instead
        text.set(own || t == null ? textAt(s, position) : RunNarration.at(s, t, position, k, d));
    }

    /** The position of the next note after {@code position}, or -1. */
    public static int nextNote(Scenario s, int position) {
        int best = -1;
        for (Scenario.Note n : s.narration().notes())
            if (n.at() > position && (best < 0 || n.at() < best)) best = n.at();
        return best;
    }

    /** The position of the last note before {@code position}, or 0 (the introduction). */
    public static int previousNote(Scenario s, int position) {
        int best = 0;
        for (Scenario.Note n : s.narration().notes())
            if (n.at() < position && n.at() > best) best = n.at();
        return best;
    }

    /** The text to show at a position. */
    public static String textAt(Scenario s, int position) {
        Scenario.Note n = s.narration().current(position);
        if (n != null) return n.text();
        String intro = s.narration().intro();
        return intro == null || intro.isBlank() ? s.description() : intro;
    }

    public static List<Scenario.Note> notes(Scenario s) { return s.narration().notes(); }
}

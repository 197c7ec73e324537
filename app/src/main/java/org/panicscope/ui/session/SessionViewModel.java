package org.panicscope.ui.session;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.panicscope.engine.Choice;
import org.panicscope.engine.Run;
import org.panicscope.engine.Schedule;
import org.panicscope.engine.Verdict;
import org.panicscope.model.Config;
import org.panicscope.model.Kernel;
import org.panicscope.model.Switch;
import org.panicscope.scenario.Scenario;
import org.panicscope.recording.Tape;
import org.panicscope.recording.EventKind;
import org.panicscope.recording.Comparison;

/**
 * The view model of the main window: one scenario, one configuration, one recorded run ({@link Tape}) and a
 * position in it. Every view binds to these read-only properties and calls the commands below; nothing here
 * touches a control, so it is tested with plain JUnit.
 *
 * <p>Stepping back and forth moves the position along the recorded run; choosing a different next step than the
 * recorded one branches: the run is re-recorded from the same choices plus the new one, and continues with the
 * default policy. Changing the configuration replays the current plan under the new one and records where the two
 * runs part (a {@link Comparison} of the two runs, the same one {@code panicscope compare} prints).
 */
public final class SessionViewModel {
    // ---- Properties -------------------------------------------------------------------------------------------
    private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>(this, "scenario");
    private final ReadOnlyObjectWrapper<Config> config = new ReadOnlyObjectWrapper<>(this, "config");
    private final ReadOnlyObjectWrapper<Tape> tape = new ReadOnlyObjectWrapper<>(this, "tape");
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper(this, "position");
    private final ReadOnlyObjectWrapper<Frame> frame = new ReadOnlyObjectWrapper<>(this, "frame");
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper scheduleText = new ReadOnlyStringWrapper(this, "scheduleText", "");
    private final ReadOnlyBooleanWrapper ownPlan = new ReadOnlyBooleanWrapper(this, "ownPlan");
    private final ReadOnlyBooleanWrapper timed = new ReadOnlyBooleanWrapper(this, "timed", true);
    private final Markers markers = new Markers(this::tape, this::position, this::say);
    private final Narrator narrator = new Narrator();
    private final Playback playback = new Playback(this);

    private Run cursor;

    public ReadOnlyObjectProperty<Scenario> scenarioProperty() { return scenario.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Config> configProperty() { return config.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Tape> tapeProperty() { return tape.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty positionProperty() { return position.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Frame> frameProperty() { return frame.getReadOnlyProperty(); }
    /** The run before the last configuration change against the current one (null until a change). */
    public ReadOnlyObjectProperty<Comparison> comparisonProperty() { return comparison.getReadOnlyProperty(); }
    /** One line for the status bar: what just happened, or why a request was refused. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    /** The plan as a schedule string: pasting it reproduces the run. */
    public ReadOnlyStringProperty scheduleTextProperty() { return scheduleText.getReadOnlyProperty(); }
    /** True when the plan is the user's (pasted or branched) rather than the scenario's forcing schedule. */
    public ReadOnlyBooleanProperty ownPlanProperty() { return ownPlan.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty timedProperty() { return timed.getReadOnlyProperty(); }
    public Markers markers() { return markers; }
    /** The narration note of the position (null: the introduction applies). */
    public ReadOnlyObjectProperty<Scenario.Note> noteProperty() { return narrator.noteProperty(); }
    /** The words to show at the position: the note, or the introduction. */
    public ReadOnlyStringProperty narrationProperty() { return narrator.textProperty(); }
    public Playback playback() { return playback; }

    public Scenario scenario() { return scenario.get(); }
    public Config config() { return config.get(); }
    public Tape tape() { return tape.get(); }
    public int position() { return position.get(); }
    public Frame frame() { return frame.get(); }
    public int length() { return tape.get() == null ? 0 : tape.get().size(); }
    public boolean atEnd() { return position() >= length(); }

    // ---- Commands: scenario, configuration, plan --------------------------------------------------------------

    /** Opens a scenario at its own configuration and forcing schedule, at the start. */
    public void open(Scenario s) {
        playback.pause();
        scenario.set(s);
        Config c = Config.parse(s.config() == null ? "BASE" : s.config());
        config.set(c);
        ownPlan.set(false);
        markers.clear();
        comparison.set(null);
        install(Tape.record(s, c, s.scheduleFor(c)), 0);
        say("Opened " + s.id() + " under " + c.name() + ": " + tape().size() + " choices to " + endWords());
    }

    /** Replays the current plan under another configuration and shows where the run parts from the old one. */
    public void setConfig(Config c) {
        if (scenario() == null || c.equals(config()) && c.name().equals(config().name())) return;
        playback.pause();
        Tape old = tape();
        Schedule plan = ownPlan.get() ? old.plan() : scenario().scheduleFor(c);
        Tape now = Tape.record(scenario(), c, plan);
        config.set(c);
        Comparison cmp = Comparison.of(old, now); // the two recordings as they are: no run is driven again
        comparison.set(cmp);
        int p = position();
        int mark = divergenceColumn(cmp, now);
        if (mark >= 0) p = Math.min(p, mark);
        install(now, Math.min(p, now.size()));
        markers.clamp(length());
        StringBuilder m = new StringBuilder(old.config().name() + " -> " + c.name() + ": ");
        if (cmp.divergence() == null) m.append("the same run, ");
        else m.append("the runs part at choice #").append(cmp.divergence().b().index()).append("; ");
        if (now.replayStop() != null) m.append("replay stopped at choice #").append(now.replayStop().index() + 1).append("; ");
        say(m.append("this run ends in ").append(endWords()).toString());
    }

    /**
     * The column of the current run to mark: where it parts from the run before the configuration change (the
     * first choice of the comparison's divergence), else where replay of the plan stopped; -1 for neither.
     */
    public int divergenceColumn() { return divergenceColumn(comparison.get(), tape()); }

    private static int divergenceColumn(Comparison cmp, Tape now) {
        if (cmp != null && cmp.divergence() != null) return Math.min(cmp.divergence().b().index() - 1, now.size());
        return now != null && now.replayStop() != null ? now.replayStop().index() : -1;
    }

    public void setSwitch(Switch s, boolean on) {
        if (config() == null || config().has(s) == on) return;
        setConfig(ConfigNames.configFor(ConfigNames.with(config(), s, on)));
    }

    public void setPreset(String name) { setConfig(Config.parse(name)); }

    /**
     * Timed (the costs of design doc §2.3) or untimed (pure interleaving) semantics: the plan is marked
     * {@code untimed:} or not, and re-recorded from the start.
     */
    public void setTimed(boolean on) {
        if (scenario() == null || timed.get() == on) return;
        ownPlan.set(true);
        install(Tape.record(scenario(), config(), tape().plan().withUntimed(!on)), 0);
        say((on ? "Timed" : "Untimed (pure interleaving)") + ": " + tape().size() + " choices to " + endWords());
    }

    /**
     * Parses and replays a pasted schedule string; returns null on success or the parse error (the run is left
     * as it was). The position goes to the end, where the reproduced run's verdict is.
     */
    public String applySchedule(String text) {
        if (scenario() == null) return "no scenario is open";
        Schedule plan;
        try {
            plan = Schedule.parse(text.trim());
        } catch (IllegalArgumentException e) {
            say(e.getMessage());
            return e.getMessage();
        }
        playback.pause();
        ownPlan.set(true);
        comparison.set(null);
        Tape t = Tape.record(scenario(), config(), plan);
        install(t, t.size());
        say(t.replayStop() != null ? "Replay stopped at choice #" + (t.replayStop().index() + 1) + ": " + t.replayStop().reason()
                : "Schedule applied: " + t.size() + " choices to " + endWords());
        return null;
    }

    /** Back to the scenario's own forcing schedule under the current configuration. */
    public void resetPlan() {
        if (scenario() == null) return;
        ownPlan.set(false);
        comparison.set(null);
        install(Tape.record(scenario(), config(), scenario().scheduleFor(config())), 0);
        say("Back to the scenario's schedule");
    }

    // ---- Commands: moving -------------------------------------------------------------------------------------

    public void stepForward() {
        if (atEnd()) { say(tape() != null && tape().outcome() != null ? "The run is over: " + tape().outcome() : "Nothing more can happen"); return; }
        seek(position() + 1);
    }

    public void stepBack() { if (position() > 0) seek(position() - 1); }
    public void toStart() { seek(0); }
    public void toEnd() { seek(length()); }

    /** Moves to position {@code p} (after p choices), rebuilding the run from the nearest snapshot if needed. */
    public void seek(int p) {
        Tape t = tape();
        if (t == null) return;
        p = Math.max(0, Math.min(p, t.size()));
        int from = position();
        Run r;
        if (cursor != null && p > from && p - from <= 2 * Tape.SNAPSHOT_EVERY) {
            r = cursor;
            for (int i = from; i < p - 1; i++) r.apply(t.choice(i));
        } else {
            r = t.runAt(Math.max(0, p - 1));
        }
        Kernel previous = null;
        if (p > 0) {
            previous = r.kernel().copy();
            r.apply(t.choice(p - 1));
        }
        cursor = r;
        position.set(p);
        publish(previous);
    }

    /**
     * Takes one choice now (a CPU step, an interrupt landing, the panic trigger). When it is the recorded next
     * choice the run simply moves on; otherwise the run branches here. Refused choices leave the reason in
     * {@link #messageProperty()} and return false.
     */
    public boolean choose(Choice c) {
        if (cursor == null) return false;
        if (!cursor.isEnabled(c)) { say("Cannot take " + c.token() + ": " + cursor.whyNot(c)); return false; }
        Tape t = tape();
        int p = position();
        if (p < t.size() && t.choice(p).equals(c)) { seek(p + 1); return true; }
        List<Choice> l = new ArrayList<>(t.choices().subList(0, p));
        l.add(c);
        ownPlan.set(true);
        Tape b = Tape.record(scenario(), config(), Schedule.of(l).withUntimed(!t.timed()));
        Kernel previous = cursor.kernel().copy();
        cursor.apply(c);
        tape.set(b);
        scheduleText.set(b.plan().toString());
        position.set(p + 1);
        publish(previous);
        say("Branched at choice #" + (p + 1) + " (" + c.token() + "); the run goes on by the default policy to " + endWords());
        return true;
    }

    /** Runs forward to just after the next event of a kind. */
    public boolean nextEvent(EventKind k) {
        int i = tape() == null ? -1 : tape().log().findForward(position(), k.flag());
        if (i < 0) { say("No further " + k.label() + " in this run"); return false; }
        seek(i + 1);
        say(tape().log().describe(i));
        return true;
    }

    /** Runs back to just after the previous event of a kind. */
    public boolean previousEvent(EventKind k) {
        int i = tape() == null ? -1 : tape().log().findBackward(position() - 2, k.flag());
        if (i < 0) { say("No earlier " + k.label() + " in this run"); return false; }
        seek(i + 1);
        say(tape().log().describe(i));
        return true;
    }

    public void nextNote() {
        if (scenario() != null && !narratedRun() && !scenario().narration().notes().isEmpty()) {
            say("The notes follow " + scenario().config() + " with the scenario's schedule (Ctrl+R and the preset bring it back)");
            return;
        }
        int p = scenario() == null ? -1 : Narrator.nextNote(scenario(), position());
        if (p < 0) { say("No further narration note"); return; }
        seek(p);
    }

    public void previousNote() { if (scenario() != null) seek(Narrator.previousNote(scenario(), position())); }

    // ---- internals --------------------------------------------------------------------------------------------

    private void install(Tape t, int p) {
        tape.set(t);
        timed.set(t.timed());
        scheduleText.set(t.plan().toString());
        cursor = null;
        position.set(-1);
        seek(p);
    }


    private void publish(Kernel previous) {
        int p = position();
        frame.set(FrameBuilder.build(tape(), p, cursor, previous));
        narrator.show(scenario(), p, narratedRun(), tape(), frame.get() == null ? null : frame.get().kernel(),
                comparison.get() == null ? null : comparison.get().divergence());
    }

    /** True when the narration notes apply: the scenario's own schedule under its own configuration. */
    public boolean narratedRun() {
        return scenario() != null && !ownPlan.get() && config().name().equals(Config.parse(scenario().config()).name());
    }

    /** Puts a line in the status bar (key hints, refusals). */
    public void say(String m) { message.set(m); }

    /** "DL after 853 choices", for messages. */
    public String endWords() {
        Tape t = tape();
        if (t == null) return "";
        if (t.outcome() == null) return "a stop without verdict";
        if (t.outcome().verdict() == Verdict.NO_VERDICT) return t.outcome().reason();
        return t.outcome().verdict() + " (" + t.outcome().verdict().meaning() + ")";
    }
}

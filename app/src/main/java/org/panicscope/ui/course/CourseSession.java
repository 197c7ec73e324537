package org.panicscope.ui.course;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.panicscope.course.Course;
import org.panicscope.course.Lesson;
import org.panicscope.course.Runs;
import org.panicscope.course.Solver;
import org.panicscope.engine.Outcome;
import org.panicscope.engine.Schedule;
import org.panicscope.model.Config;
import org.panicscope.ui.app.AppPrefs;
import org.panicscope.ui.session.SessionViewModel;

/**
 * The student's course session (a view model: properties and commands, no nodes): which lesson and step, the
 * answer to a predict question (given before the verdict is revealed), and a challenge played in the main window,
 * where the student chooses which CPU steps with the choice bar. Hint and Check ask the engine's {@link Solver}
 * about the run the main window shows, off the FX thread (busyProperty while they search). Progress is kept in the app's preferences (java.util.prefs).
 */
public final class CourseSession {
    private final SessionViewModel vm;
    private final AppPrefs prefs;
    private final ReadOnlyObjectWrapper<Lesson> lesson = new ReadOnlyObjectWrapper<>(this, "lesson");
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyIntegerWrapper chosen = new ReadOnlyIntegerWrapper(this, "chosen", -1);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final Executor executor;
    /** Counts searches started; a result is applied only if no step change or newer search came since (FX thread only). */
    private long searches;

    public CourseSession(SessionViewModel vm, AppPrefs prefs) {
        this(vm, prefs, Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "course-search");
            t.setDaemon(true);
            return t;
        }));
    }

    /** @param executor where Hint and Check search (never the FX thread; tests pass one they control) */
    public CourseSession(SessionViewModel vm, AppPrefs prefs, Executor executor) {
        this.vm = vm;
        this.prefs = prefs;
        this.executor = executor;
    }

    // ---- Properties ---------------------------------------------------------------------------------------------
    public ReadOnlyObjectProperty<Lesson> lessonProperty() { return lesson.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty stepProperty() { return step.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty chosenProperty() { return chosen.getReadOnlyProperty(); }
    /** True while Hint or Check searches in the background (their buttons are disabled meanwhile). */
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public Lesson lesson() { return lesson.get(); }
    public Lesson.Step current() { return lesson.get() == null ? null : lesson.get().steps().get(step.get()); }

    // ---- Commands -------------------------------------------------------------------------------------------------

    public void openLesson(Lesson l) {
        lesson.set(l);
        goTo(0);
    }

    public void goTo(int i) {
        if (lesson() == null) return;
        searches++; // a search still running answers for the step left behind: drop its result
        busy.set(false);
        step.set(Math.max(0, Math.min(i, lesson().steps().size() - 1)));
        chosen.set(-1);
        status.set(isDone(lesson(), step.get()) ? "Done before." : "");
        if (current() instanceof Lesson.Challenge c) openChallenge(c);
    }

    public void nextStep() { goTo(step.get() + 1); }
    public void previousStep() { goTo(step.get() - 1); }

    /** Picks an option of a predict question (before the verdict is revealed). */
    public void choose(int option) {
        if (current() instanceof Lesson.Predict p && option >= 0 && option < p.options().size()) {
            chosen.set(option);
            status.set("Your answer: " + p.options().get(option).text() + ". Reveal to see what the engine computes.");
        }
    }

    /** Reveals the engine's verdict for a predict question, once the student has answered. */
    public void reveal() {
        if (!(current() instanceof Lesson.Predict p)) return;
        if (chosen.get() < 0) { status.set("Answer first: pick one of the options."); return; }
        Outcome o = Runs.outcome(p.run());
        boolean right = chosen.get() == p.answer();
        status.set((right ? "Right. " : "Not this time. ") + "The engine: " + o.verdict().id() + " (" + o.reason() + "). " + p.explanation());
        if (right) markDone();
        vm.open(Runs.scenario(p.run()));
        vm.setConfig(Config.parse(p.run().config()));
        if (p.run().schedule() != null) vm.applySchedule(p.run().schedule());
        vm.toEnd();
    }

    /** Loads the challenge into the main window at its start. */
    public void openChallenge(Lesson.Challenge c) {
        vm.open(Runs.scenario(c.run()));
        vm.setConfig(Config.parse(c.run().config()));
        String start = c.run().schedule() == null ? "" : c.run().schedule();
        int n = solver(c).prefix(Schedule.parse(start)).history().size();
        vm.applySchedule(start);
        vm.seek(n);
        status.set("Goal: " + c.goal().describe() + ". Choose which CPU steps with the choice bar; Hint (H), Check (C).");
    }

    /** The student's schedule: the choices up to the position shown. */
    private Schedule studentSchedule() { return vm.tape().exactSchedule(vm.position()); }

    /** A solver on the main window's run from its start (the challenge's start is part of the student's schedule). */
    private static Solver solver(Lesson.Challenge c) {
        return new Solver(Runs.scenario(c.run()), Runs.config(c.run()), c.goal(), Schedule.EMPTY);
    }

    /**
     * Check (C): judges the run shown against the goal. The search runs on the session's background executor (from
     * the bundled starts it takes up to about a second); the verdict is applied on the FX thread, unless the student
     * has moved to another step meanwhile. Does nothing while a search is running.
     */
    public void check() {
        if (!(current() instanceof Lesson.Challenge c) || busy.get()) return;
        Schedule mine = studentSchedule();
        search(() -> solver(c).check(mine), st -> showCheck(c, st));
    }

    /**
     * Hint (H): takes the next schedule token on a shortest way to the goal, from the explorer's search, run in the
     * background as {@link #check()} is.
     */
    public void hint() {
        if (!(current() instanceof Lesson.Challenge c) || busy.get()) return;
        Schedule mine = studentSchedule();
        search(() -> {
            Solver s = solver(c);
            Solver.Status st = s.check(mine);
            if (st.goalReached() || st.hint() == null) return new Found(st, null, 0, null);
            String next = (mine.toString() + " " + st.hint()).trim();
            Schedule after = Schedule.parse(next);
            return new Found(st, next, s.prefix(after).history().size(), s.check(after));
        }, f -> {
            if (f.status().goalReached()) { showCheck(c, f.status()); return; }
            if (f.next() == null) {
                status.set(f.status().stepBackTo() >= 0 ? "The goal cannot be reached from here: step back to #" + f.status().stepBackTo() + "."
                        : "The goal cannot be reached from here.");
                return;
            }
            vm.applySchedule(f.next());
            vm.seek(f.choices());
            if (!showCheck(c, f.after())) status.set("Hint taken: " + f.status().hint() + ". " + status.get());
        });
    }

    /** A hint's search: the status before, the schedule with the hint taken, its length in choices, the status after. */
    private record Found(Solver.Status status, String next, int choices, Solver.Status after) { }

    /** Runs {@code work} on the executor with {@code busy} set, then {@code apply} on the FX thread if the step is the same. */
    private <T> void search(java.util.function.Supplier<T> work, java.util.function.Consumer<T> apply) {
        long ticket = ++searches;
        busy.set(true);
        status.set("Searching…");
        executor.execute(() -> {
            T result = null;
            RuntimeException failed = null;
            try { result = work.get(); } catch (RuntimeException e) { failed = e; }
            T r = result;
            RuntimeException f = failed;
            Platform.runLater(() -> {
                if (ticket != searches) return; // the student moved on: goTo() already cleared busy
                busy.set(false);
                if (f != null) status.set("The search failed: " + f.getMessage());
                else apply.accept(r);
            });
        });
    }

    /** Shows a check's answer. Returns true when the goal is reached. */
    private boolean showCheck(Lesson.Challenge c, Solver.Status st) {
        if (st.goalReached()) {
            status.set("Goal reached: " + st.outcome() + ". " + c.explanation());
            markDone();
            return true;
        }
        status.set("Not yet: this run ends " + st.outcome().verdict().id() + ". " + (st.reachable() ? "The goal can still be reached from here."
                : st.stepBackTo() >= 0 ? "The goal cannot be reached from here: step back to #" + st.stepBackTo() + "."
                : "The goal cannot be reached from the start of this challenge."));
        return false;
    }

    // ---- Progress ---------------------------------------------------------------------------------------------------

    private static String key(Lesson l, int step) { return "course." + l.id() + "." + (step + 1); }

    public boolean isDone(Lesson l, int step) { return "done".equals(prefs.get(key(l, step), "")); }

    private void markDone() {
        prefs.put(key(lesson(), step.get()), "done");
        prefs.flush();
    }

    /** How many steps of a lesson are done. */
    public int doneCount(Lesson l) {
        int n = 0;
        for (int i = 0; i < l.steps().size(); i++) if (isDone(l, i)) n++;
        return n;
    }

    /** Forgets all progress. */
    public void resetProgress() {
        for (Lesson l : Course.all()) for (int i = 0; i < l.steps().size(); i++) prefs.put(key(l, i), "");
        prefs.flush();
        status.set("Progress reset.");
    }
}

package org.panicscope.course;

import java.nio.file.Path;
import java.util.Set;
import org.panicscope.engine.Outcome;
import org.panicscope.engine.ReplayScheduler;
import org.panicscope.engine.Schedule;
import org.panicscope.engine.Verdict;
import org.panicscope.scenario.JsonFile;
import org.panicscope.scenario.ScenarioException;

/**
 * What {@code panicscope validate} checks of a lesson beyond its form: that the engine agrees with it. A predict
 * step's answer is the option whose verdict the run ends in; a challenge's goal is not reached at its start and is
 * reachable from there; an explore step's expected verdicts are exactly the ones the explorer finds.
 */
public final class LessonCheck {
    private LessonCheck() { }

    public static Lesson validate(Path file) throws ScenarioException {
        String name = file.toString();
        return validate(JsonFile.read(file), name, name);
    }

    public static Lesson validate(String text, String name, String origin) throws ScenarioException {
        Lesson l = LessonLoader.parse(text, name, origin);
        JsonFile.checkItems(text, name, "steps", "step", l.steps(), LessonCheck::disagreement);
        return l;
    }

    /** Why the engine disagrees with a step, or null when it agrees. */
    public static String disagreement(Lesson.Step step) {
        try {
            return switch (step) {
                case Lesson.Predict p -> {
                    Outcome o = Runs.outcome(p.run());
                    Verdict said = p.options().get(p.answer()).verdict();
                    yield o.verdict() == said ? null : "the answer says " + said + " but the run ends " + o.verdict() + " (" + o.reason() + ")";
                }
                case Lesson.Challenge c -> {
                    Solver.Status st = Runs.solver(c).check(Schedule.EMPTY);
                    if (st.goalReached()) yield "the goal " + c.goal().describe() + " is already reached at the start: nothing to do";
                    if (!st.reachable()) yield "the goal " + c.goal().describe() + " cannot be reached from the start"
                            + (st.complete() ? "" : " within " + Solver.STATE_CAP + " states");
                    yield null;
                }
                case Lesson.Explore e -> {
                    if (e.expect().isEmpty()) yield null;
                    Set<Verdict> found = Runs.reachable(e.run());
                    if (found == null) yield "the exploration did not complete, so the expected verdicts cannot be checked";
                    yield found.equals(Set.copyOf(e.expect())) ? null : "expects " + e.expect() + " but the explorer finds " + found;
                }
            };
        } catch (ReplayScheduler.ImpossibleSchedule ex) {
            return "the schedule cannot be replayed: " + ex.getMessage();
        }
    }
}

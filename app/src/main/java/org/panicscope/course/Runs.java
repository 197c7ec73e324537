package org.panicscope.course;

import java.util.EnumSet;
import java.util.Set;
import org.panicscope.engine.Explorer;
import org.panicscope.engine.Outcome;
import org.panicscope.engine.Run;
import org.panicscope.engine.Schedule;
import org.panicscope.engine.Verdict;
import org.panicscope.model.Config;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.Scenarios;

/** The engine's answers that lessons and slides state: a run's verdict, the verdicts the explorer finds. */
public final class Runs {
    private Runs() { }

    public static Scenario scenario(Lesson.RunSpec r) { return Scenarios.bundled(r.scenario()); }

    public static Config config(Lesson.RunSpec r) { return Config.parse(r.config()); }

    /** The schedule: the one written, or the scenario's own for the configuration when none is written. */
    public static Schedule schedule(Lesson.RunSpec r) {
        return r.schedule() == null ? scenario(r).scheduleFor(config(r)) : Schedule.parse(r.schedule());
    }

    /** The run a step or slide shows: its schedule, then the default policy until a verdict. */
    public static Run run(Lesson.RunSpec r, boolean tracing) {
        return scenario(r).replay(config(r), schedule(r), false, tracing);
    }

    public static Outcome outcome(Lesson.RunSpec r) { return run(r, false).outcome(); }

    /** Every verdict the explorer finds for the scenario and configuration; null when the search did not complete. */
    public static Set<Verdict> reachable(Lesson.RunSpec r) {
        Explorer.Result res = Explorer.explore(scenario(r), config(r), Explorer.Options.defaults(), org.panicscope.engine.Progress.NONE);
        if (!res.complete()) return null;
        Set<Verdict> out = EnumSet.noneOf(Verdict.class);
        out.addAll(res.outcomes().keySet());
        return out;
    }

    /** The solver for a challenge: it starts from the step's schedule (none: the scenario's start). */
    public static Solver solver(Lesson.Challenge c) {
        String start = c.run().schedule() == null ? "" : c.run().schedule();
        return new Solver(scenario(c.run()), config(c.run()), c.goal(), Schedule.parse(start));
    }
}

package org.panicscope.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.panicscope.course.Course;
import org.panicscope.course.Lesson;
import org.panicscope.course.Runs;
import org.panicscope.course.Solver;
import org.panicscope.engine.ReplayScheduler;
import org.panicscope.engine.Schedule;
import org.panicscope.scenario.Json;
import org.panicscope.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Checks a student's schedule against a lesson's challenge: whether the goal is reached, whether it is still
 * reachable, the next schedule token on a shortest way there, and (with --solve) a whole schedule. The field names
 * of --json (goalReached, reachable, hint, solution) are a contract.
 */
@Command(name = "challenge", mixinStandardHelpOptions = true, description = "Check a schedule against a lesson's challenge: goalReached, reachable, hint (the next "
        + "schedule token on a shortest way to the goal, from the explorer's search), and with --solve a whole solution. Exit 0.")
final class ChallengeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<lesson>", description = "a bundled lesson id (or its number) or a lesson file")
    String lesson;

    @Option(names = "--step", paramLabel = "N", description = "the lesson's step number as 'panicscope course' lists it (default: its first challenge)")
    Integer step;

    @Option(names = "--schedule", paramLabel = "S", description = "the student's choices so far, continuing the challenge's start (default: none)")
    String schedule = "";

    @Option(names = "--solve", description = "also print a whole schedule that reaches the goal from there (solution)")
    boolean solve;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override public Integer call() throws ScenarioException {
        Lesson l;
        try {
            l = Course.resolve(lesson);
        } catch (ScenarioException e) {
            e.lines().forEach(spec.commandLine().getErr()::println);
            return 2;
        }
        Lesson.Challenge c = challenge(l);
        Schedule s;
        try {
            s = Schedule.parse(schedule);
        } catch (Schedule.SyntaxError e) {
            throw new Cli.UsageError("bad --schedule: " + e.getMessage());
        }
        Solver.Status st;
        try {
            st = Runs.solver(c).check(s);
        } catch (ReplayScheduler.ImpossibleSchedule e) {
            throw new Cli.UsageError("impossible --schedule: " + e.getMessage());
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lesson", l.id());
        m.put("step", l.steps().indexOf(c) + 1);
        m.put("scenario", c.run().scenario());
        m.put("config", c.run().config());
        m.put("start", c.run().schedule() == null ? "" : c.run().schedule());
        m.put("goal", c.goal().describe());
        m.put("schedule", schedule);
        m.put("verdict", st.outcome().verdict().id());
        m.put("goalReached", st.goalReached());
        m.put("reachable", st.reachable());
        m.put("hint", st.hint());
        if (!st.reachable()) m.put("stepBackTo", st.stepBackTo() < 0 ? null : st.stepBackTo());
        if (!st.complete()) m.put("searchComplete", false);
        if (solve) m.put("solution", st.solution());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(m));
            return 0;
        }
        out.println(l.title() + ", step " + m.get("step") + ": " + c.text().lines().findFirst().orElse(""));
        out.println("goal: " + c.goal().describe() + " (" + c.run().scenario() + " under " + c.run().config() + ")");
        out.println("run shown: " + st.outcome());
        out.println("goalReached: " + st.goalReached());
        out.println("reachable: " + st.reachable() + (st.complete() ? "" : " (search stopped at " + Solver.STATE_CAP + " states: not a proof)"));
        if (st.hint() != null) out.println("hint: " + st.hint());
        if (!st.reachable() && st.complete())
            out.println(st.stepBackTo() >= 0 ? "the goal cannot be reached from here: step back to #" + st.stepBackTo()
                    : "the goal cannot be reached from the start of this challenge");
        if (solve) out.println("solution: " + (st.solution() == null ? "none" : st.solution()));
        return 0;
    }

    private Lesson.Challenge challenge(Lesson l) {
        if (step == null) {
            for (Lesson.Step s : l.steps()) if (s instanceof Lesson.Challenge c) return c;
            throw new Cli.UsageError("lesson " + l.id() + " has no challenge step");
        }
        if (step < 1 || step > l.steps().size())
            throw new Cli.UsageError("lesson " + l.id() + " has steps 1 to " + l.steps().size() + ", not " + step);
        if (!(l.steps().get(step - 1) instanceof Lesson.Challenge c))
            throw new Cli.UsageError("step " + step + " of " + l.id() + " is a " + l.steps().get(step - 1).kind() + " step, not a challenge");
        return c;
    }
}

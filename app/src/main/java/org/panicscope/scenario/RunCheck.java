package org.panicscope.scenario;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.panicscope.engine.Budget;
import org.panicscope.engine.ReplayScheduler;
import org.panicscope.engine.Run;
import org.panicscope.engine.Schedule;
import org.panicscope.engine.Scheduler;
import org.panicscope.engine.Verdict;
import org.panicscope.model.Config;

/**
 * The run checks of {@code panicscope validate}: under every configuration the file names (its default
 * {@code config}, the keys of {@code expected} and of {@code schedules}) the forcing schedule must apply token by
 * token and the run must then reach a verdict, driven exactly as {@code panicscope run} drives it (the default
 * policy after the last token) and within the same budget; every narration note must fall inside the run under the
 * default configuration. So a file {@code validate} calls ok runs to a verdict with {@code run}, {@code export} and
 * {@code compare} too. A token that cannot apply is reported at its own column, a run without a verdict at its
 * schedule (or, without one, at the top of the file).
 */
final class RunCheck {
    private RunCheck() { }

    static List<Problem> problems(Scenario s, ScenarioChecker c, Budget budget) {
        List<Problem> out = new ArrayList<>();
        Set<String> configs = new LinkedHashSet<>();
        configs.add(s.config());
        configs.addAll(s.expected().keySet());
        configs.addAll(s.overrides().keySet());
        for (String name : configs) {
            boolean isDefault = name.equals(s.config());
            Config cfg = Config.parse(name);
            Schedule sched = s.scheduleFor(cfg);
            Json.Str node = c.overrideNodes.containsKey(name) ? c.overrideNodes.get(name) : c.scheduleNode;
            Json.Node at = node != null ? node : c.root;
            Run run = s.newRun(cfg, !sched.untimed(), false, false);
            try {
                Scheduler.drive(run, new ReplayScheduler(sched, true), budget);
            } catch (ReplayScheduler.ImpossibleSchedule e) {
                int col = node != null ? ScheduleText.itemColumn(c.text, node, e.item()) : at.col();
                out.add(new Problem(at.line(), col, "under " + name + ": " + e.getMessage()));
                continue;
            } catch (IllegalStateException | IllegalArgumentException e) {
                out.add(new Problem(at.line(), at.col(), "under " + name + ": " + e.getMessage()));
                continue;
            }
            if (run.outcome().verdict() == Verdict.NO_VERDICT) {
                out.add(new Problem(at.line(), at.col(), "under " + name + ": " + run.outcome().reason()
                        + "; `run` stops there too (--max-choices raises the budget)"));
                if (run.outcome().cause().equals("heap")) break; // the other runs would stop the same way
                continue;
            }
            if (isDefault) {
                int length = run.history().size();
                for (int i = 0; i < s.narration().notes().size(); i++) {
                    Scenario.Note n = s.narration().notes().get(i);
                    if (n.at() > length) {
                        Json.Node where = c.noteAtNodes.get(i);
                        out.add(new Problem(where.line(), where.col(), "note at " + n.at() + " is never shown: under " + name
                                + " the run ends after " + length + " choices (" + run.outcome().verdict() + ")"));
                    }
                }
            }
        }
        return out;
    }
}

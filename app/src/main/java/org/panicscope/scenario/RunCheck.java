package org.panicscope.scenario;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.panicscope.engine.Choice;
import org.panicscope.engine.ReplayScheduler;
import org.panicscope.engine.Run;
import org.panicscope.engine.Schedule;
import org.panicscope.model.Config;

/**
 * The run checks of {@code panicscope validate}: under every configuration the file names (its default
 * {@code config}, the keys of {@code expected} and of {@code schedules}) the forcing schedule must apply token by
 * token, and every narration note must fall inside the run under the default configuration. A token that cannot
 * apply is reported at its own column. The runs share one budget of choices, so a hostile file (huge repeat counts,
 * a huge {@code H}) cannot keep the validator busy.
 */
final class RunCheck {
    private RunCheck() { }

    private static final class OverBudget extends RuntimeException {
        OverBudget() { super(null, null, false, false); }
    }

    static List<Problem> problems(Scenario s, ScenarioChecker c) {
        List<Problem> out = new ArrayList<>();
        Set<String> configs = new LinkedHashSet<>();
        configs.add(s.config());
        configs.addAll(s.expected().keySet());
        configs.addAll(s.overrides().keySet());
        int[] budget = {ScenarioLoader.MAX_VALIDATE_CHOICES};
        for (String name : configs) {
            boolean isDefault = name.equals(s.config());
            boolean notes = isDefault && !s.narration().notes().isEmpty();
            Config cfg = Config.parse(name);
            Schedule sched = s.scheduleFor(cfg);
            if (sched.isEmpty() && !notes) continue;
            Json.Str node = c.overrideNodes.containsKey(name) ? c.overrideNodes.get(name) : c.scheduleNode;
            Json.Node at = node != null ? node : c.root;
            Run run = s.newRun(cfg, !sched.untimed(), false, false);
            try {
                drive(run, new ReplayScheduler(sched, notes), budget);
            } catch (ReplayScheduler.ImpossibleSchedule e) {
                int col = node != null ? ScheduleText.itemColumn(c.text, node, e.item()) : at.col();
                out.add(new Problem(at.line(), col, "under " + name + ": " + e.getMessage()));
                continue;
            } catch (OverBudget e) {
                out.add(new Problem(at.line(), at.col(), "under " + name + ": the runs of this file need more than "
                        + ScenarioLoader.MAX_VALIDATE_CHOICES + " choices in all; validation stopped (a repeat count or `H` too large?)"));
                break;
            } catch (IllegalStateException | IllegalArgumentException e) {
                out.add(new Problem(at.line(), at.col(), "under " + name + ": " + e.getMessage()));
                continue;
            }
            if (notes) {
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

    private static void drive(Run run, ReplayScheduler s, int[] budget) {
        while (!run.finished()) {
            Choice c = s.next(run);
            if (c == null) return;
            run.apply(c);
            if (--budget[0] < 0) throw new OverBudget();
        }
    }
}

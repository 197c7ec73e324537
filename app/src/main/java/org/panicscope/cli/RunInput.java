package org.panicscope.cli;

import org.panicscope.engine.Progress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.panicscope.engine.Budget;
import org.panicscope.engine.ReplayScheduler;
import org.panicscope.engine.Schedule;
import org.panicscope.recording.Tape;
import org.panicscope.export.ShareLine;
import org.panicscope.model.Config;
import org.panicscope.scenario.Scenario;

/**
 * What names a run on the command line, for run, compare and export alike: {@code <id|file> [--config ...]
 * [--schedule S] [--untimed]}, or a share line {@code --run LINE} (docs/share-line.md) that gives all of them at
 * once. A line naming a scenario file by digest still needs the file as the positional argument.
 *
 * @param schedule the schedule every configuration replays, or null for each configuration's forcing schedule
 */
record RunInput(Scenario scenario, List<Config> configs, Schedule schedule, boolean timed, ShareLine line, Budget budget) {

    /**
     * @param min,max how many configurations the command takes; with none given, the scenario's default is used
     */
    static RunInput resolve(String scenarioArg, List<String> configArgs, String scheduleArg, String runLine,
                            boolean untimed, int min, int max) {
        List<String> cfgs = configArgs == null ? List.of() : configArgs;
        if (runLine == null) {
            if (scenarioArg == null) throw new Cli.UsageError("name a scenario (<id|file>) or give a run line with --run");
            Scenario s = RunCommand.load(scenarioArg);
            List<Config> configs = new ArrayList<>();
            for (String c : cfgs) configs.add(Config.parse(c));
            if (configs.isEmpty() && min <= 1) configs.add(Config.parse(s.config()));
            check(configs.size(), min, max);
            Schedule sched = scheduleArg != null ? Schedule.parse(scheduleArg) : null;
            return new RunInput(s, configs, sched, !untimed, null, Budget.DEFAULT);
        }
        ShareLine line = ShareLine.parse(runLine);
        if (scheduleArg != null) throw new Cli.UsageError("--run already gives the schedule; drop --schedule");
        if (untimed) throw new Cli.UsageError("--run already says timed or untimed; drop --untimed");
        if (max == 1 && !cfgs.isEmpty()) throw new Cli.UsageError("--run already gives the configuration; drop --config");
        Scenario s = line.scenario(scenarioArg == null ? null : Path.of(scenarioArg));
        List<Config> configs = new ArrayList<>();
        configs.add(line.config(s));
        if (line.vsConfig() != null && max > 1) configs.add(line.vsConfig());
        for (String c : cfgs) configs.add(Config.parse(c));
        check(configs.size(), min, max);
        return new RunInput(s, configs, line.schedule() != null ? Schedule.parse(line.schedule()) : null, line.timed(), line, Budget.DEFAULT);
    }

    /** The same runs, each driven within {@code b} ({@code --max-choices}). */
    RunInput within(Budget b) { return new RunInput(scenario, configs, schedule, timed, line, b); }

    private static void check(int n, int min, int max) {
        if (n < min || n > max) {
            String want = min == max ? (min == 1 ? "one configuration" : min + " configurations")
                    : min + " or " + max + " configurations";
            throw new Cli.UsageError("this command takes " + want + " (--config NAME" + (max > 1 ? " --config NAME" : "") + "), not " + n);
        }
    }

    Schedule scheduleFor(Config c) { return schedule != null ? schedule : scenario.scheduleFor(c); }

    /**
     * Records the run of configuration {@code c} within the budget; an impossible schedule, or a run without a
     * verdict, is a usage error naming the configuration.
     */
    Tape record(Config c, Progress progress) {
        String under = configs.size() > 1 ? "under " + c.name() + ": " : "";
        Tape r;
        try {
            r = Tape.replay(scenario, c, scheduleFor(c), timed, budget, progress);
        } catch (ReplayScheduler.ImpossibleSchedule e) {
            throw new Cli.UsageError(under + e.getMessage());
        }
        BudgetOption.requireVerdict(r.outcome(), under);
        return r;
    }

    /** The share line of this run (with the second configuration of a comparison); {@code timed} as the run was. */
    ShareLine share(Config c, Config vs, boolean timed) {
        return ShareLine.of(scenario, c, schedule, timed).withVs(vs);
    }

    /** A warning when the line's expected verdict is not what the run gives now, else null. */
    String expectWarning(Config c, org.panicscope.engine.Verdict got) {
        if (line == null || line.expect() == null || !c.name().equals(configs.getFirst().name()) || line.expect() == got) return null;
        return "note: the run line expected " + line.expect().id() + " but this run gives " + got.id()
                + " (the line was made with another version of the model or scenario)";
    }
}

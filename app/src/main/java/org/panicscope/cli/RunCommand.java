package org.panicscope.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.panicscope.scenario.Json;
import org.panicscope.engine.Budget;
import org.panicscope.engine.ReplayScheduler;
import org.panicscope.engine.Run;
import org.panicscope.engine.Schedule;
import org.panicscope.engine.Scheduler;
import org.panicscope.engine.TraceEvent;
import org.panicscope.model.Config;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.ScenarioException;
import org.panicscope.scenario.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true, description = "Run a scenario under a configuration: the trace, one line per step, and the verdict.")
final class RunCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "<id|file>", description = "a bundled scenario id or a scenario file (not needed with --run, except for a file)")
    String scenario;

    @Option(names = "--config", paramLabel = "NAME", description = "configuration, e.g. BASE, FINAL or FINAL+FX-TRYLOCK (default: the scenario's, BASE)")
    String config;

    @Option(names = "--schedule", paramLabel = "STRING", description = "schedule string (default: the scenario's forcing schedule)")
    String schedule;

    @Option(names = "--untimed", description = "pure interleaving: ignore the model's time costs (1 unit = 10 ms)")
    boolean untimed;

    @Option(names = "--json", description = "print one JSON object instead of the trace")
    boolean json;

    @Option(names = "--run", paramLabel = "LINE", description = "a share line (panicscope:owner-halted?config=FINAL...) naming scenario, configuration and schedule")
    String runLine;

    @Mixin BudgetOption budget;

    @Override public Integer call() {
        RunInput in = RunInput.resolve(scenario, config == null ? null : java.util.List.of(config), schedule, runLine, untimed, 1, 1);
        Scenario s = in.scenario();
        Config cfg = in.configs().getFirst();
        Schedule sched = in.scheduleFor(cfg);
        Run run = execute(s, cfg, sched, !in.timed(), true, budget.budget());
        PrintWriter out = spec.commandLine().getOut();
        String share = in.share(cfg, null, run.timed()).withExpect(run.outcome().verdict()).toString();
        if (json) {
            Map<String, Object> m = toJson(s, cfg, run);
            m.put("share", share);
            out.println(Json.write(m));
        } else {
            out.printf("%s under %s (%s)%n", s.id(), cfg.name(), run.timed() ? "timed" : "untimed");
            for (TraceEvent e : run.trace()) out.println(e.line());
            out.println("verdict: " + run.outcome().verdict() + " - " + run.outcome().reason());
            String consoles = consoles(run.kernel());
            if (consoles != null) out.println("consoles: " + consoles);
            out.println("schedule: " + run.schedule());
            out.println("share: " + share);
        }
        String warn = in.expectWarning(cfg, run.outcome().verdict());
        if (warn != null) spec.commandLine().getErr().println(warn);
        return 0;
    }

    /**
     * With an nbcon console (NBCON), what each console got: lines emitted and how far it is, so that a mixed system
     * shows per console what the run did to it; null without NBCON (one console, the trace says it all).
     */
    static String consoles(org.panicscope.model.Kernel k) {
        org.panicscope.model.NbconConsole n = k.nbcon();
        if (n == null) return null;
        long stored = k.ringBuffer().nextSeq();
        String nb = "nbcon console: " + n.printed() + " lines emitted, " + (stored - n.seq()) + " of " + stored
                + " records never printed, state " + n;
        if (!k.hasLegacyConsole()) return nb;
        return nb + "; legacy console: " + (k.printed() - n.printed()) + " lines emitted, " + (stored - k.consoleSeq())
                + " records never printed";
    }

    static Scenario load(String idOrFile) {
        try {
            return Scenarios.resolve(idOrFile);
        } catch (ScenarioException e) {
            throw new Cli.UsageError("invalid scenario file:\n" + e.getMessage());
        }
    }

    /** The run to its verdict within {@code b}; an impossible schedule or a run without a verdict is a usage error. */
    static Run execute(Scenario s, Config cfg, Schedule sched, boolean untimed, boolean tracing, Budget b) {
        Run run;
        try {
            run = s.replay(cfg, sched, untimed, tracing, b);
        } catch (ReplayScheduler.ImpossibleSchedule e) {
            throw new Cli.UsageError(e.getMessage());
        }
        BudgetOption.requireVerdict(run.outcome(), "");
        return run;
    }

    static Map<String, Object> toJson(Scenario s, Config cfg, Run run) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", s.id());
        m.put("config", cfg.name());
        m.put("switches", cfg.switches().stream().map(x -> x.id()).toList());
        m.put("timed", run.timed());
        m.put("verdict", run.outcome().verdict().id());
        m.put("reason", run.outcome().reason());
        m.put("cause", run.outcome().cause());
        m.put("degradations", run.outcome().degradations());
        String consoles = consoles(run.kernel());
        if (consoles != null) m.put("consoles", consoles);
        m.put("schedule", run.schedule().toString());
        m.put("time", run.now());
        m.put("stepCount", run.history().size());
        List<Map<String, Object>> steps = new ArrayList<>();
        for (TraceEvent e : run.trace()) {
            Map<String, Object> st = new LinkedHashMap<>();
            st.put("i", e.index());
            st.put("time", e.time());
            st.put("cpu", e.cpu());
            st.put("choice", e.choice().token());
            st.put("step", e.step());
            st.put("function", e.function());
            st.put("changes", e.changes());
            steps.add(st);
        }
        m.put("steps", steps);
        return m;
    }
}

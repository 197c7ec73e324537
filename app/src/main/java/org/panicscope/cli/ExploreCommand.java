package org.panicscope.cli;

import org.panicscope.scenario.Json;
import org.panicscope.engine.Progress;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.panicscope.engine.Explorer;
import org.panicscope.engine.MatrixRunner;
import org.panicscope.engine.Verdict;
import org.panicscope.model.Config;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "explore", mixinStandardHelpOptions = true, description = {
        "Explore every interleaving of a scenario: the reachable outcomes per configuration, a shortest witness",
        "schedule for each (replay it with `run --schedule`), and the number of states explored."})
final class ExploreCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "<id|file>", description = "a bundled scenario id or a scenario file")
    String scenario;

    @Option(names = "--all", description = "every bundled scenario")
    boolean all;

    @Option(names = "--config", paramLabel = "NAME", description = "configuration (repeatable; default: the scenario's)")
    List<String> configs = new ArrayList<>();

    @Option(names = "--all-configs", description = "the ten named configurations (BASE to K24, and NBCON) and FINAL plus each fix the thread weighed (FX-*, K23-TRYLOCK, UP-ATOMIC)")
    boolean allConfigs;

    @Option(names = "--untimed", description = "pure interleaving: drop the model's time costs (1 unit = 10 ms)")
    boolean untimed;

    @Option(names = "--json", description = "print JSON: {results: [...]}")
    boolean json;

    @Option(names = "--state-cap", paramLabel = "N", description = "stop one exploration after N states (default ${DEFAULT-VALUE})")
    int stateCap = 3_000_000;

    @Option(names = "--time-cap", paramLabel = "SECONDS", description = "stop one exploration after this long (default ${DEFAULT-VALUE})")
    int timeCap = 120;

    @Option(names = "--exact", description = "store whole state keys instead of 64-bit fingerprints")
    boolean exact;

    @Option(names = "--no-reduce", description = "interleave CPU-local steps too (no partial-order reduction)")
    boolean noReduce;

    @Option(names = "--sweep", paramLabel = "NAME=LO..HI[,...]", description = {
            "explore every point of a parameter grid and say, per outcome, at which points it is reachable and where it flips",
            "(names: the scenario params, booleans as 0..1, writers; docs/exploration.md)"})
    String sweep;

    @Option(names = "--threads", paramLabel = "N", description = "threads (default: all cores): explorations in parallel, and a single exploration on all of them")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override public Integer call() {
        if (all == (scenario != null)) throw new Cli.UsageError("give a scenario id or file, or --all (not both)");
        if (threads < 1) throw new Cli.UsageError("--threads must be at least 1, not " + threads);
        if (stateCap < 1 || timeCap < 1) throw new Cli.UsageError("--state-cap and --time-cap must be positive");
        List<Scenario> scenarios = all ? Scenarios.all() : List.of(RunCommand.load(scenario));
        List<MatrixRunner.Cell> cells = new ArrayList<>();
        for (Scenario s : scenarios) {
            List<Config> cs = allConfigs ? Config.matrix()
                    : configs.isEmpty() ? List.of(Config.parse(s.config())) : configs.stream().map(Config::parse).toList();
            for (Config c : cs) cells.add(new MatrixRunner.Cell(s, c));
        }
        Explorer.Options o = new Explorer.Options(!untimed, stateCap, timeCap * 1000L, !noReduce, exact);
        if (sweep != null) {
            List<org.panicscope.sweep.Axis> axes = org.panicscope.sweep.Axis.parseAll(sweep);
            org.panicscope.sweep.Sweep.grid(axes); // the size check, before any work
            List<SweepOutput.Cell> sc = cells.stream().map(c -> new SweepOutput.Cell((Scenario) c.scenario(), c.config())).toList();
            SweepOutput.run(sc, axes, o, threads, json, spec.commandLine().getOut(), spec.commandLine().getErr());
            return 0;
        }
        long t0 = System.nanoTime();
        List<Explorer.Result> results = MatrixRunner.run(cells, o, threads, Progress.NONE);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("timed", !untimed);
            m.put("millis", ms);
            m.put("results", results.stream().map(ExploreCommand::toJson).toList());
            out.println(Json.write(m));
        } else if (cells.size() > 1 && (allConfigs || all)) {
            MatrixTable.print(out, results, !untimed);
            out.printf("%d explorations, %d states, %d ms%n", results.size(), results.stream().mapToLong(Explorer.Result::states).sum(), ms);
        } else {
            for (Explorer.Result r : results) print(out, r);
        }
        return 0;
    }

    static void print(PrintWriter out, Explorer.Result r) {
        out.printf("%s under %s (%s): %d states, %d transitions, %d ms%s%n", r.scenario(), r.config(),
                r.timed() ? "timed" : "untimed", r.states(), r.transitions(), r.millis(), r.complete() ? "" : " - INCOMPLETE: " + r.stopReason());
        for (Verdict v : Verdict.values()) {
            Explorer.Witness w = r.outcomes().get(v);
            if (w == null) continue;
            out.printf("  %-5s %s%n        shortest witness (%d choices): %s%n", v.id(), w.reason(), w.choices(), w.schedule());
        }
        for (Explorer.Witness w : r.hangs()) {
            Explorer.Witness first = r.outcomes().get(w.verdict());
            if (first != null && first.schedule().equals(w.schedule())) continue;
            out.printf("  %-5s also %s: %s%n        witness (%d choices): %s%n", w.verdict().id(), w.window(), w.reason(), w.choices(), w.schedule());
        }
    }

    static Map<String, Object> toJson(Explorer.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", r.scenario());
        m.put("config", r.config());
        m.put("timed", r.timed());
        m.put("states", r.states());
        m.put("transitions", r.transitions());
        m.put("complete", r.complete());
        if (!r.complete()) m.put("stopReason", r.stopReason());
        m.put("millis", r.millis());
        Map<String, Object> outcomes = new LinkedHashMap<>();
        for (Map.Entry<Verdict, Explorer.Witness> e : r.outcomes().entrySet()) outcomes.put(e.getKey().id(), witness(e.getValue()));
        m.put("outcomes", outcomes);
        m.put("hangs", r.hangs().stream().map(ExploreCommand::witness).toList());
        return m;
    }

    static Map<String, Object> witness(Explorer.Witness w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("verdict", w.verdict().id());
        m.put("window", w.window());
        m.put("witness", w.schedule());
        m.put("reason", w.reason());
        m.put("choices", w.choices());
        return m;
    }
}

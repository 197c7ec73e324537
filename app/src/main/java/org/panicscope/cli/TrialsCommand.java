package org.panicscope.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.panicscope.engine.QemuMeasurements;
import org.panicscope.engine.Trials;
import org.panicscope.engine.Verdict;
import org.panicscope.model.Config;
import org.panicscope.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "trials", mixinStandardHelpOptions = true, description = {
        "Randomized timed trials, as the patch author measured hangs in QEMU: random panic start in",
        "[panicAt, panicAt+panicWindow], random interrupt latency in [0, D_irq]; a hang is a deadlock or no",
        "completion within H. Prints outcomes, hang causes, the hang rate with a 95 %% interval and replayable hangs."})
final class TrialsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<id|file>")
    String scenario;

    @Option(names = "--config", paramLabel = "NAME", description = "configuration (repeatable; default: the scenario's)")
    List<String> configs = new java.util.ArrayList<>();

    @Option(names = "--count", required = true, paramLabel = "N", description = "number of trials")
    int count;

    @Option(names = "--seed", required = true, paramLabel = "S", description = "master seed; trial i uses a seed derived from (S, i)")
    long seed;

    @Option(names = "--hangs", paramLabel = "K", description = "replayable hangs to list (default ${DEFAULT-VALUE})")
    int keep = 5;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores); the result does not depend on it")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Mixin BudgetOption budget;

    /** The author's QEMU figures (design doc §7), shown beside the model's. */
    @Override public Integer call() {
        if (count < 1 || count > 100_000_000) throw new Cli.UsageError("--count must be from 1 to 100000000, not " + count);
        if (threads < 1) throw new Cli.UsageError("--threads must be at least 1, not " + threads);
        if (keep < 0) throw new Cli.UsageError("--hangs must not be negative");
        Scenario s = RunCommand.load(scenario);
        List<Config> cs = configs.isEmpty() ? List.of(Config.parse(s.config())) : configs.stream().map(Config::parse).toList();
        PrintWriter out = spec.commandLine().getOut();
        List<Map<String, Object>> all = new java.util.ArrayList<>();
        org.panicscope.engine.Budget b = budget.budget();
        int unfinished = 0;
        for (Config c : cs) {
            TerminalProgress progress = TerminalProgress.of(spec.commandLine().getErr(), s.id() + " under " + c.name(), count);
            Trials.Result r = Trials.run(s, c, count, seed, threads, keep, b, progress);
            progress.clear();
            unfinished += r.outcomes().getOrDefault(Verdict.NO_VERDICT, 0);
            if (json) all.add(toJson(r));
            else print(out, r);
        }
        if (json) out.println(Json.write(all.size() == 1 ? all.get(0) : Map.of("results", all)));
        if (unfinished > 0) {
            // the counts above are printed, but a rate with unfinished trials in it is not a result: exit 2
            spec.commandLine().getErr().println("panicscope: " + unfinished + " trial" + (unfinished == 1 ? "" : "s")
                    + " reached no verdict within " + b.choices() + " choices (or the heap filled up); they count in the"
                    + " total but not as hangs, so the rate above is a lower bound: raise the budget with --max-choices N");
            return 2;
        }
        return 0;
    }

    static void print(PrintWriter out, Trials.Result r) {
        out.printf("%s under %s: %d trials, seed %d, %d ms (%.0f trials/s)%n", r.scenario(), r.config(), r.count(), r.seed(),
                r.millis(), r.count() * 1000.0 / Math.max(1, r.millis()));
        for (Verdict v : Verdict.values()) {
            Integer n = r.outcomes().get(v);
            if (n != null) out.printf("  %-5s %7d  %5.1f %%%n", v.id(), n, 100.0 * n / r.count());
        }
        out.printf("  hangs %d/%d = %.2f %% (95 %% CI %.2f-%.2f %%)%n", r.hangs(), r.count(), 100 * r.hangRate(), 100 * r.ci95()[0], 100 * r.ci95()[1]);
        String measured = QemuMeasurements.summary(r.config());
        if (measured != null) out.println("  measured in QEMU: " + measured);
        if (!r.causes().isEmpty()) {
            out.println("  hang causes:");
            r.causes().forEach((k, n) -> out.printf("    %6d  %s%n", n, k));
        }
        for (Trials.Hang h : r.firstHangs())
            out.printf("  trial %d (seed %d) %s %s%n    replay: panicscope run %s --config %s --schedule \"%s\"%n", h.trial(), h.seed(),
                    h.verdict().id(), h.window(), r.scenario(), r.config(), abbreviate(h.schedule()));
    }

    private static String abbreviate(String s) {
        return s.length() <= 400 ? s : s + "";
    }

    static Map<String, Object> toJson(Trials.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", r.scenario());
        m.put("config", r.config());
        m.put("count", r.count());
        m.put("seed", r.seed());
        Map<String, Integer> o = new LinkedHashMap<>();
        for (Verdict v : Verdict.values()) if (r.outcomes().containsKey(v)) o.put(v.id(), r.outcomes().get(v));
        m.put("outcomes", o);
        m.put("causes", r.causes());
        m.put("hangRate", r.hangRate());
        m.put("ci95", List.of(r.ci95()[0], r.ci95()[1]));
        m.put("hangs", r.firstHangs().stream().map(h -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("trial", h.trial());
            x.put("seed", h.seed());
            x.put("verdict", h.verdict().id());
            x.put("window", h.window());
            x.put("cause", h.cause());
            x.put("schedule", h.schedule());
            return x;
        }).toList());
        String measured = QemuMeasurements.summary(r.config());
        if (measured != null) m.put("measured", measured);
        m.put("millis", r.millis());
        return m;
    }
}

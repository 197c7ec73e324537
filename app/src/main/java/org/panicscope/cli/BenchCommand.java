package org.panicscope.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.panicscope.engine.Explorer;
import org.panicscope.engine.MatrixRunner;
import org.panicscope.engine.Trials;
import org.panicscope.model.Config;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Engine benchmarks (issue targets: the full verdict matrix in under 5 s, 20,000 kmsg-panic trials per second,
 * states explored per second). Medians over repeated rounds after a warm-up; machines here are shared, so compare
 * medians and ratios, not single times.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmark the engines: full verdict matrix, trials per second, states per second (medians).")
final class BenchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--rounds", paramLabel = "N", description = "measured rounds after one warm-up (default ${DEFAULT-VALUE})")
    int rounds = 5;

    @Option(names = "--trials", paramLabel = "N", description = "trials per round and configuration (default ${DEFAULT-VALUE})")
    int trials = 4000;

    @Option(names = "--threads", paramLabel = "N", description = "threads (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Override public Integer call() {
        if (rounds < 1 || trials < 1 || threads < 1) throw new Cli.UsageError("--rounds, --trials and --threads must be positive");
        PrintWriter out = spec.commandLine().getOut();
        List<MatrixRunner.Cell> cells = new ArrayList<>();
        for (Scenario s : Scenarios.all()) for (Config c : Config.matrix()) cells.add(new MatrixRunner.Cell(s, c));
        Scenario harness = Scenarios.bundled("kmsg-panic");

        double[] matrixMs = new double[rounds], statesPerS = new double[rounds];
        Map<String, double[]> trialRates = new LinkedHashMap<>();
        for (String c : List.of("BASE", "VP", "FINAL")) trialRates.put(c, new double[rounds]);
        long states = 0;
        for (int r = -1; r < rounds; r++) {
            long t0 = System.nanoTime();
            List<Explorer.Result> res = MatrixRunner.run(cells, Explorer.Options.defaults(), threads, Explorer.Progress.NONE);
            double ms = (System.nanoTime() - t0) / 1e6;
            states = res.stream().mapToLong(Explorer.Result::states).sum();
            long transitions = res.stream().mapToLong(Explorer.Result::transitions).sum();
            if (r >= 0) {
                matrixMs[r] = ms;
                statesPerS[r] = transitions / (ms / 1000.0);
            }
            for (Map.Entry<String, double[]> e : trialRates.entrySet()) {
                long t1 = System.nanoTime();
                Trials.Result tr = Trials.run(harness, Config.parse(e.getKey()), trials, 1000 + r, threads, 0, Trials.Progress.NONE);
                if (r >= 0) e.getValue()[r] = tr.count() / ((System.nanoTime() - t1) / 1e9);
            }
            if (!json) out.printf("round %s: matrix %.0f ms%n", r < 0 ? "warm-up" : Integer.toString(r + 1), ms);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("threads", threads);
        m.put("rounds", rounds);
        m.put("matrixExplorations", cells.size());
        m.put("matrixStates", states);
        m.put("matrixMillisMedian", median(matrixMs));
        m.put("matrixMillisMin", Arrays.stream(matrixMs).min().orElse(0));
        m.put("matrixMillisMax", Arrays.stream(matrixMs).max().orElse(0));
        m.put("transitionsPerSecondMedian", median(statesPerS));
        Map<String, Object> t = new LinkedHashMap<>();
        trialRates.forEach((k, v) -> t.put(k, median(v)));
        m.put("trialsPerSecondMedian", t);
        if (json) {
            out.println(Json.write(m));
        } else {
            out.printf("full verdict matrix: %d explorations, %d states: median %.0f ms (min %.0f, max %.0f) [target < 5000 ms]%n",
                    cells.size(), states, median(matrixMs), m.get("matrixMillisMin"), m.get("matrixMillisMax"));
            out.printf("exploration speed: median %.0f transitions/s over %d threads%n", median(statesPerS), threads);
            trialRates.forEach((k, v) -> out.printf("kmsg-panic trials under %s: median %.0f trials/s [target >= 20000]%n", k, median(v)));
        }
        return 0;
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}

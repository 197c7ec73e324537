package org.panicscope.cli;

import org.panicscope.scenario.Json;
import org.panicscope.engine.Progress;
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
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmark the engines: full verdict matrix, trials per second, states per second per thread and bytes per stored state (medians).")
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
        double[] oneStatesPerS = new double[rounds], oneBytesPerState = new double[rounds];
        double[] allStatesPerS = new double[rounds], speedup = new double[rounds];
        long oneStates = 0;
        Map<String, double[]> trialRates = new LinkedHashMap<>();
        for (String c : List.of("BASE", "VP", "FINAL")) trialRates.put(c, new double[rounds]);
        long states = 0;
        for (int r = -1; r < rounds; r++) {
            long t0 = System.nanoTime();
            List<Explorer.Result> res = MatrixRunner.run(cells, Explorer.Options.defaults(), threads, Progress.NONE);
            double ms = (System.nanoTime() - t0) / 1e6;
            states = res.stream().mapToLong(Explorer.Result::states).sum();
            long transitions = res.stream().mapToLong(Explorer.Result::transitions).sum();
            if (r >= 0) {
                matrixMs[r] = ms;
                statesPerS[r] = transitions / (ms / 1000.0);
            }
            // one exploration on one thread: states stored per second per thread, and what each stored state costs
            Explorer.Result one = Explorer.explore(harness, Config.parse("FINAL"), Explorer.Options.defaults(), Progress.NONE);
            oneStates = one.states();
            if (r >= 0) {
                oneStatesPerS[r] = statesPerSecond(one);
                oneBytesPerState[r] = one.bytesPerState();
            }
            // the same exploration on all the threads (Explorer.Options#threads: the same result), against one thread.
            // It has fewer states than Search.PARALLEL_FROM, below which a search takes one state at a time, so
            // that only its own thread works: batches from the first state here, to measure what the threads give
            Explorer.Result all = Explorer.explore(harness, Config.parse("FINAL"),
                    Explorer.Options.defaults().withThreads(threads).withParallelFrom(0), Progress.NONE);
            if (r >= 0) {
                allStatesPerS[r] = statesPerSecond(all);
                speedup[r] = allStatesPerS[r] / oneStatesPerS[r];
            }
            for (Map.Entry<String, double[]> e : trialRates.entrySet()) {
                long t1 = System.nanoTime();
                Trials.Result tr = Trials.run(harness, Config.parse(e.getKey()), trials, 1000 + r, threads, 0, Progress.NONE);
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
        m.put("kmsgPanicFinalStates", oneStates);
        m.put("statesPerSecondPerThreadMedian", median(oneStatesPerS));
        m.put("bytesPerStoredStateMedian", median(oneBytesPerState));
        m.put("statesPerSecondOnAllThreadsMedian", median(allStatesPerS));
        m.put("speedupOnAllThreadsMedian", median(speedup));
        Map<String, Object> t = new LinkedHashMap<>();
        trialRates.forEach((k, v) -> t.put(k, median(v)));
        m.put("trialsPerSecondMedian", t);
        if (json) {
            out.println(Json.write(m));
        } else {
            out.printf("full verdict matrix: %d explorations, %d states: median %.0f ms (min %.0f, max %.0f)"
                    + " [target < 5000 ms, set for the 130 explorations of 10 scenarios x 13 configurations]%n",
                    cells.size(), states, median(matrixMs), m.get("matrixMillisMin"), m.get("matrixMillisMax"));
            out.printf("exploration speed: median %.0f transitions/s over %d threads%n", median(statesPerS), threads);
            out.printf("kmsg-panic under FINAL on one thread (%d states): median %.0f states/s per thread, %.0f bytes per stored state%n",
                    oneStates, median(oneStatesPerS), median(oneBytesPerState));
            out.printf("the same on %d threads, in batches from its first state: median %.0f states/s, %.2f times one thread's rate"
                    + " (the median of each round's ratio; by default a search below %d states takes one state at a time)%n",
                    threads, median(allStatesPerS), median(speedup), Explorer.Options.defaults().parallelFrom());
            trialRates.forEach((k, v) -> out.printf("kmsg-panic trials under %s: median %.0f trials/s [target >= 20000]%n", k, median(v)));
        }
        return 0;
    }

    private static double statesPerSecond(Explorer.Result r) { return r.states() / Math.max(1e-3, r.millis() / 1000.0); }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}

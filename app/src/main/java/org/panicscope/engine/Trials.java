package org.panicscope.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.panicscope.model.Config;

/**
 * Randomized trials of a scenario (design doc §6.8, §7): {@code count} runs under {@link TrialScheduler}, a hang
 * being a deadlock or no completion within H time units of the panic (Stephen: no login prompt within 60 s).
 * Trial i uses the seed {@code mix(seed, i)}, so the result is the same whatever the number of threads.
 */
public final class Trials {
    private Trials() { }

    /** A hang that replays: the trial's number, its own seed and the schedule string it ran. */
    public record Hang(int trial, long seed, Verdict verdict, String window, String cause, String schedule) { }

    public record Result(String scenario, String config, int count, long seed, Map<Verdict, Integer> outcomes,
                         Map<String, Integer> causes, int hangs, double hangRate, double[] ci95, List<Hang> firstHangs,
                         long millis) { }

    /** The seed of trial {@code i} (SplitMix64 of the pair), independent of scheduling. */
    public static long trialSeed(long seed, int i) {
        long z = seed + 0x9E3779B97F4A7C15L * (i + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Runs one trial within the default budget; {@code tracing} keeps the trace (for the app). */
    public static Run trial(KernelSource s, Config c, long trialSeed, boolean tracing) {
        return trial(s, c, trialSeed, tracing, Budget.DEFAULT);
    }

    /** Runs one trial; a trial that uses up {@code budget} ends with {@link Verdict#NO_VERDICT}. */
    public static Run trial(KernelSource s, Config c, long trialSeed, boolean tracing, Budget budget) {
        return drive(new Run(s.newKernel(c), true, Run.Mode.TRIAL, tracing), trialSeed, budget);
    }

    /**
     * A trial that is only counted: the same run without its history, which a livelocked trial would fill with tens
     * of thousands of choices. A trial whose schedule is kept runs again with it (a trial is a function of its seed;
     * only a heap that fills up could end the second run elsewhere, and then the second run is the one counted).
     */
    private static Run counted(KernelSource s, Config c, long trialSeed, Budget budget) {
        return drive(new Run(s.newKernel(c), true, Run.Mode.TRIAL, false).withoutHistory(), trialSeed, budget);
    }

    private static Run drive(Run run, long trialSeed, Budget budget) {
        return new TrialScheduler(trialSeed, run.kernel()).drive(run, budget);
    }

    /** An outcome a trial is listed and counted under its cause for: a hang, a model error or no verdict. */
    private static boolean listed(Verdict v) {
        return v.hang() || v == Verdict.ERROR || v == Verdict.NO_VERDICT;
    }

    public static Result run(KernelSource s, Config c, int count, long seed, int threads, int keepHangs, Progress progress) {
        return run(s, c, count, seed, threads, keepHangs, Budget.DEFAULT, progress);
    }

    /**
     * {@code count} trials, each within {@code budget}; trials without a verdict are counted under
     * {@link Verdict#NO_VERDICT} and kept like hangs (their schedule replays to the same place).
     */
    public static Result run(KernelSource s, Config c, int count, long seed, int threads, int keepHangs, Budget budget,
                             Progress progress) {
        long t0 = System.nanoTime();
        int chunks = Math.max(1, Math.min(count, threads * 8));
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "trials");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Part>> fs = new ArrayList<>();
            for (int k = 0; k < chunks; k++) {
                int from = (int) ((long) count * k / chunks), to = (int) ((long) count * (k + 1) / chunks);
                fs.add(pool.submit(() -> part(s, c, seed, from, to, keepHangs, budget, progress)));
            }
            Map<Verdict, Integer> outcomes = new EnumMap<>(Verdict.class);
            Map<String, Integer> causes = new TreeMap<>();
            List<Hang> hangs = new ArrayList<>();
            int done = 0;
            for (Future<Part> f : fs) {
                Part p = get(f);
                p.outcomes.forEach((v, n) -> outcomes.merge(v, n, Integer::sum));
                p.causes.forEach((k, n) -> causes.merge(k, n, Integer::sum));
                for (Hang h : p.hangs) if (hangs.size() < keepHangs) hangs.add(h);
                done += p.done;
            }
            int hung = outcomes.getOrDefault(Verdict.DL, 0) + outcomes.getOrDefault(Verdict.LL, 0);
            return new Result(s.id(), c.name(), done, seed, outcomes, causes, hung, done == 0 ? 0 : (double) hung / done,
                    wilson(hung, done), hangs, (System.nanoTime() - t0) / 1_000_000);
        } finally {
            pool.shutdownNow();
        }
    }

    private record Part(Map<Verdict, Integer> outcomes, Map<String, Integer> causes, List<Hang> hangs, int done) { }

    private static Part part(KernelSource s, Config c, long seed, int from, int to, int keep, Budget budget, Progress progress) {
        Map<Verdict, Integer> outcomes = new EnumMap<>(Verdict.class);
        Map<String, Integer> causes = new TreeMap<>();
        List<Hang> hangs = new ArrayList<>();
        int done = 0;
        for (int i = from; i < to; i++) {
            if (progress.cancelled()) break;
            long ts = trialSeed(seed, i);
            Run r = counted(s, c, ts, budget);
            Outcome o = r.outcome();
            boolean kept = listed(o.verdict());
            if (kept && hangs.size() < keep) { // its schedule is kept: the same trial again, with its choices
                r = trial(s, c, ts, false, budget);
                o = r.outcome();
                kept = listed(o.verdict());
                if (kept) hangs.add(new Hang(i, ts, o.verdict(), Explorer.window(o), o.cause(), r.schedule().toString()));
            }
            outcomes.merge(o.verdict(), 1, Integer::sum);
            if (kept) causes.merge(Explorer.window(o) + ": " + o.cause(), 1, Integer::sum);
            done++;
            if ((done & 63) == 0) progress.advanced(64, null);
        }
        return new Part(outcomes, causes, hangs, done);
    }

    private static <T> T get(Future<T> f) {
        try {
            return f.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("trial failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The Wilson score interval for k successes in n trials at 95 %. */
    public static double[] wilson(int k, int n) {
        if (n == 0) return new double[] {0, 1};
        double z = 1.959963984540054, p = (double) k / n, z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }
}

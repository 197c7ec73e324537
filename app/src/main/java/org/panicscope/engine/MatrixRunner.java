package org.panicscope.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.panicscope.model.Config;

/**
 * Explores many (scenario, configuration) pairs on all cores: the pairs run in parallel, and results come back in
 * the order asked, whatever the thread count. With fewer pairs than threads, each exploration gets a share of the
 * threads ({@link #share}); a single pair, all of them.
 */
public final class MatrixRunner {
    private MatrixRunner() { }

    public record Cell(KernelSource scenario, Config config) { }

    public static List<Explorer.Result> run(List<Cell> cells, Explorer.Options o, int threads, Progress progress) {
        Explorer.Options each = share(o, threads, cells.size());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, cells.size())), r -> {
            Thread t = new Thread(r, "explore");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Explorer.Result>> fs = new ArrayList<>();
            for (Cell c : cells) fs.add(pool.submit(() -> Explorer.explore(c.scenario(), c.config(), each, progress)));
            List<Explorer.Result> out = new ArrayList<>();
            for (Future<Explorer.Result> f : fs) {
                try {
                    out.add(f.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("exploration failed: " + e.getCause(), e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** {@code o} with the threads of each of {@code jobs} explorations run at once on {@code threads} threads in all. */
    public static Explorer.Options share(Explorer.Options o, int threads, int jobs) {
        return o.withThreads(Math.max(1, Math.max(1, threads) / Math.max(1, Math.min(threads, jobs))));
    }
}

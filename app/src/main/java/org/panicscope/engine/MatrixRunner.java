package org.panicscope.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.panicscope.model.Config;

/**
 * Explores many (scenario, configuration) pairs on all cores; each exploration is single-threaded, the pairs run
 * in parallel, and results come back in the order asked, whatever the thread count.
 */
public final class MatrixRunner {
    private MatrixRunner() { }

    public record Cell(KernelSource scenario, Config config) { }

    public static List<Explorer.Result> run(List<Cell> cells, Explorer.Options o, int threads, Explorer.Progress progress) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "explore");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Explorer.Result>> fs = new ArrayList<>();
            for (Cell c : cells) fs.add(pool.submit(() -> Explorer.explore(c.scenario(), c.config(), o, progress)));
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
}

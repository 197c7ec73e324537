package org.panicscope.ui.analysis;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Where long work runs and where its results are published: a pool of daemon worker threads, and the JavaFX
 * application thread. Tests pass {@link #direct()} to run everything on the calling thread.
 */
public record Background(Executor work, Executor ui) {
    private static final ExecutorService POOL = Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
                Thread t = new Thread(r, "panicscope-analysis");
                t.setDaemon(true);
                return t;
            });

    public static Background fx() { return new Background(POOL, javafx.application.Platform::runLater); }

    public static Background direct() { return new Background(Runnable::run, Runnable::run); }
}

package org.panicscope.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Starts JavaFX's own headless platform once (-Dglass.platform=Headless in the surefire argLine, so TestFX needs no
 * Monocle) and runs code on the FX thread (view tests without TestFX).
 */
public final class FxTestSupport {
    private FxTestSupport() { }

    public static synchronized void start() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException already) {
            // started by an earlier test
        }
    }

    public static <T> T onFx(Callable<T> c) throws Exception {
        start();
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try { f.complete(c.call()); } catch (Throwable t) { f.completeExceptionally(t); }
        });
        return f.get(60, TimeUnit.SECONDS);
    }

    /** Waits until the FX thread has processed everything queued so far (twice: layout runs on the next pulse). */
    public static void settle() throws Exception {
        for (int i = 0; i < 3; i++) {
            onFx(() -> null);
            Thread.sleep(20);
        }
    }
}

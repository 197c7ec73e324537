package org.panicscope.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.panicscope.model.Config;
import org.panicscope.ui.app.AppPrefs;
import org.panicscope.ui.app.MainWindow;
import org.panicscope.ui.snapshot.Snapshots;

/**
 * A picture of the real main window made without a display ({@code panicscope snapshot}): JavaFX's headless
 * platform with the software renderer, the window built exactly as the app builds it, laid out at the asked size,
 * then drawn into a PNG. Nothing here is a second drawing of the app: it is the app's scene graph.
 *
 * <p>The size is the picture's in pixels; with {@code scale} 2 the window is laid out at half of it (what a 4K screen
 * at 200 % shows) and drawn at twice the resolution.
 */
public final class WindowShot {
    private WindowShot() { }

    /**
     * @param at "end", a choice number, or null for the start
     * @param schedule a schedule string replayed instead of the configuration's forcing schedule, or null
     */
    public record Request(String scenario, String config, String schedule, String at, int width, int height,
                          double scale, String theme, boolean presenter, boolean folded, boolean timeAxis, Path out) {
        public Request(String scenario, String config, String schedule, String at, int width, int height,
                       double scale, String theme, boolean presenter, Path out) {
            this(scenario, config, schedule, at, width, height, scale, theme, presenter, false, false, out);
        }

        public Request(String scenario, String config, String schedule, String at, int width, int height,
                       double scale, String theme, boolean presenter, boolean folded, Path out) {
            this(scenario, config, schedule, at, width, height, scale, theme, presenter, folded, false, out);
        }
    }

    /** Thrown for a run that cannot be shown as asked (an unknown scenario, an impossible schedule). */
    public static final class BadRequest extends RuntimeException {
        public BadRequest(String msg) { super(msg); }
    }

    /** Starts the headless platform (once per process), renders, writes the PNG; returns a line saying what. */
    public static String write(Request r) throws IOException {
        startHeadless();
        CompletableFuture<MainWindow> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            try { shown.complete(show(r)); } catch (Throwable t) { shown.completeExceptionally(t); }
        });
        MainWindow w = get(shown);
        // fitting and following run on later pulses (runLater in the view binder and presenter mode): let them
        for (int i = 0; i < 4; i++) onFx(() -> { w.applyCss(); w.layout(); return null; });
        onFx(() -> { w.settleForPicture(); return null; });
        for (int i = 0; i < 3; i++) onFx(() -> { w.applyCss(); w.layout(); return null; });
        onFx(() -> { Snapshots.savePng(w.getScene().getRoot(), r.scale(), r.out()); return null; });
        return "wrote " + r.out() + " (" + r.width() + "x" + r.height() + ", " + w.vm().scenario().id() + " "
                + w.vm().config().name() + ", " + r.theme() + (r.presenter() ? ", presenter" : "") + (r.folded() ? ", folded" : "") + (r.timeAxis() ? ", time axis" : "") + ", choice "
                + w.vm().position() + " of " + w.vm().length() + ")";
    }

    private static MainWindow show(Request r) {
        double lw = Math.round(r.width() / r.scale()), lh = Math.round(r.height() / r.scale());
        StartupOptions o = new StartupOptions(r.scenario(), r.config(), null, r.theme(), false, lw, lh, null, true,
                false, null, null, false, 0);
        Stage stage = new Stage();
        MainWindow w = PanicScopeApp.create(stage, AppPrefs.inMemory(), o);
        String want = r.scenario();
        if (w.vm().scenario() == null || !(w.vm().scenario().id().equals(want) || Files.isRegularFile(Path.of(want))))
            throw new BadRequest("no scenario '" + want + "'");
        if (r.config() != null) w.vm().setConfig(Config.parse(r.config()));
        if (r.schedule() != null) {
            String err = w.vm().applySchedule(r.schedule());
            if (err != null) throw new BadRequest("--schedule: " + err);
        }
        if ("end".equals(r.at())) w.vm().toEnd();
        else if (r.at() != null) w.vm().seek(Integer.parseInt(r.at()));
        w.presenter().keepWindowed();
        // the stage is not shown: JavaFX's headless platform paints a shown window into a fixed 1000x1000 screen
        // buffer without clipping (glass.ui.headless.HeadlessWindow.blit), so a larger window (1920x1080) threw
        // IndexOutOfBoundsException on the FX thread at each paint. The picture never came from that buffer: the
        // scene, laid out at the asked size by its own CSS and layout passes, is drawn by Node.snapshot.
        w.applyCss();
        w.layout();
        if (r.folded()) w.timeline().toggleFolded();
        w.timeline().timeAxisProperty().set(r.timeAxis());
        if (r.presenter()) w.presenter().set(true);
        return w;
    }

    private static void startHeadless() {
        if (System.getProperty("glass.platform") == null) System.setProperty("glass.platform", "Headless");
        if (System.getProperty("prism.order") == null) System.setProperty("prism.order", "sw");
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException already) {
            // started earlier in this process (tests)
        }
        Platform.setImplicitExit(false);
    }

    private interface FxCall<T> { T call() throws Exception; }

    private static <T> T onFx(FxCall<T> c) throws IOException {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try { f.complete(c.call()); } catch (Throwable t) { f.completeExceptionally(t); }
        });
        return get(f);
    }

    private static <T> T get(CompletableFuture<T> f) throws IOException {
        try {
            return f.get(120, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IOException(e.getCause());
        } catch (InterruptedException | java.util.concurrent.TimeoutException e) {
            throw new IOException("the window did not render: " + e, e);
        }
    }
}

package org.panicscope.ui.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.ScenarioException;
import org.panicscope.scenario.ScenarioLoader;
import org.panicscope.ui.app.AppPrefs;
import org.panicscope.ui.app.MainWindow;
import org.panicscope.ui.app.Theme;

/**
 * Frame-time benchmark of the real main window while playing: 8 CPUs and about 100,000 choices of history, at
 * 1920x1080. Two phases: the whole history visible (every lane zoomed out over 100,000 columns), and zoomed in
 * following the cursor. Prints percentiles of the frame interval (60 fps = 16.7 ms), of the app's work per frame
 * (playback step, state panels, layout and the canvas drawing), and of the canvas drawing alone.
 *
 * <p>Run: {@code scripts/bench.sh} (real window under Xvfb), or {@code scripts/bench.sh --headless}.
 */
public final class TimelineBench extends Application {
    /** A launcher that is not an Application, so that it also starts from the class path. */
    public static final class Main {
        private Main() { }
        public static void main(String[] args) { Application.launch(TimelineBench.class, args); }
    }

    /** 8 CPUs: the panic, Stephen's writer, three gsmi lock holders, three idle; the panic fires at t=8300. */
    static final String SCENARIO = """
            {"id": "bench-8cpu", "title": "Benchmark: 8 CPUs, about 100,000 choices",
             "description": "CPU0 panics at t=8300 while a writer prints and three CPUs take gsmi_lock in a loop.",
             "cpus": [{"program": "panic"}, {"program": "writer"},
                      {"program": "lock-holder", "lock": "gsmi_lock"}, {"program": "lock-holder", "lock": "gsmi_lock"},
                      {"program": "lock-holder", "lock": "gsmi_lock"}, {"program": "idle"}, {"program": "idle"}, {"program": "idle"}],
             "params": {"kdumpLoaded": true, "crashKexecPostNotifiers": true, "gsmiNotifier": true, "panicAt": 8300}}
            """;

    private final List<Phase> phases = new ArrayList<>();
    private Phase current;
    private long pulseStart;
    private long lastPulse;
    private MainWindow w;

    /** One measured phase. */
    private static final class Phase {
        final String name;
        final double seconds;
        final Runnable setup;
        final List<Double> interval = new ArrayList<>(), work = new ArrayList<>(), draw = new ArrayList<>();
        long startNanos;
        int startPosition, endPosition;

        Phase(String name, double seconds, Runnable setup) {
            this.name = name;
            this.seconds = seconds;
            this.setup = setup;
        }
    }


    static Scenario scenario() {
        try {
            return ScenarioLoader.parse(SCENARIO, "bench-8cpu.json", "bench");
        } catch (ScenarioException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override public void start(Stage stage) {
        // registered before the window's own playback timer, so that a pulse's work is measured from its start
        new AnimationTimer() {
            @Override public void handle(long now) { pulse(now); }
        }.start();
        w = new MainWindow(AppPrefs.inMemory());
        Scene scene = new Scene(w, Integer.getInteger("bench.width", 1920), Integer.getInteger("bench.height", 1080));
        Theme.DARK.applyTo(scene);
        scene.addPostLayoutPulseListener(this::afterLayout);
        stage.setScene(scene);
        stage.setX(0);
        stage.setY(0);
        stage.show();
        long t0 = System.nanoTime();
        w.vm().open(scenario());
        System.out.printf("PanicScope timeline benchmark: %d CPUs, %,d choices of history (recorded in %d ms), window %.0fx%.0f, prism.order=%s, glass=%s%n",
                w.vm().tape().cpuCount(), w.vm().length(), (System.nanoTime() - t0) / 1_000_000, scene.getWidth(), scene.getHeight(),
                System.getProperty("prism.order", "default"), System.getProperty("glass.platform", "default"));
        System.out.println("load average at the start: " + loadAverage() + " on " + Runtime.getRuntime().availableProcessors() + " cores");
        if (Boolean.getBoolean("bench.diag")) {
            phases.add(new Phase("idle (nothing changes)", 3, () -> { }));
            phases.add(new Phase("pan only: canvas redrawn, nothing else changes", 3, () -> w.timeline().fitAll()));
        }
        phases.add(new Phase("whole history visible, playing 5000/s", 8, () -> {
            w.vm().seek(0);
            w.timeline().fitAll();
            w.timeline().followProperty().set(false);
            w.vm().playback().setSpeedIndex(10);
            w.vm().playback().play();
        }));
        phases.add(new Phase("zoomed in (8 px per choice), following, 100/s", 6, () -> {
            w.vm().seek(w.vm().length() / 2);
            w.timeline().pxPerChoiceProperty().set(8);
            w.timeline().reveal(w.vm().position());
            w.vm().playback().setSpeedIndex(6);
            w.vm().playback().play();
        }));
        phases.add(new Phase("whole history, cursor at the end, stepping every frame", 5, () -> {
            w.vm().playback().pause();
            w.timeline().fitAll();
            w.vm().seek(w.vm().length() - 400);
        }));
        Platform.runLater(() -> Platform.runLater(this::nextPhase));
    }

    private void nextPhase() {
        if (current != null) report(current);
        current = null;
        if (phases.isEmpty()) {
            System.out.println("\nload average at the end: " + loadAverage() + " on " + Runtime.getRuntime().availableProcessors()
                    + " cores (other processes on the machine take frames from the renderer)");
            Platform.exit();
            return;
        }
        current = phases.removeFirst();
        current.setup.run();
        current.startNanos = System.nanoTime();
        current.startPosition = w.vm().position();
        lastPulse = 0;
    }

    private void pulse(long now) {
        pulseStart = System.nanoTime();
        if (current == null) return;
        if (current.endPosition > 0) return; // finished, waiting for nextPhase
        if (lastPulse > 0) current.interval.add((now - lastPulse) / 1e6);
        lastPulse = now;
        if (current.name.contains("stepping")) w.vm().stepForward();
        if (current.name.startsWith("pan only")) w.timeline().firstProperty().set(w.timeline().firstProperty().get() == 0 ? 1 : 0);
        if ((pulseStart - current.startNanos) / 1e9 >= current.seconds) {
            current.endPosition = w.vm().position();
            w.vm().playback().pause();
            Platform.runLater(this::nextPhase); // reports the phase, then starts the next one
        }
    }

    private void afterLayout() {
        if (current == null || pulseStart == 0 || current.endPosition > 0) return;
        current.work.add((System.nanoTime() - pulseStart) / 1e6);
        long n = w.timeline().lastDrawNanos();
        if (n > 0) current.draw.add(n / 1e6);
    }

    private void report(Phase p) {
        if (p == null || p.interval.isEmpty()) return;
        double fps = p.interval.size() / (p.interval.stream().mapToDouble(Double::doubleValue).sum() / 1000);
        System.out.printf("%n%s: %d frames, %.1f fps, %,d choices played%n", p.name, p.interval.size(), fps, Math.max(0, p.endPosition - p.startPosition));
        System.out.println("  frame interval   " + percentiles(p.interval));
        System.out.println("  app work/frame   " + percentiles(p.work));
        System.out.println("  canvas drawing   " + percentiles(p.draw));
    }

    /** The 1-minute load average (Linux), or "?". */
    static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            return "?";
        }
    }

    static String percentiles(List<Double> l) {
        if (l.isEmpty()) return "(no samples)";
        double[] a = l.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        return String.format("p50 %6.2f ms   p90 %6.2f ms   p99 %6.2f ms   max %6.2f ms", at(a, 0.5), at(a, 0.9), at(a, 0.99), a[a.length - 1]);
    }

    private static double at(double[] a, double q) { return a[Math.min(a.length - 1, (int) Math.floor(q * (a.length - 1) + 0.5))]; }
}

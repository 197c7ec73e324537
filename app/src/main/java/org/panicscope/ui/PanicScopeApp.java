package org.panicscope.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.panicscope.model.Config;
import org.panicscope.scenario.Scenarios;
import org.panicscope.ui.app.AppPrefs;
import org.panicscope.ui.app.MainWindow;
import org.panicscope.ui.app.Theme;
import org.panicscope.ui.session.EventKind;
import org.panicscope.ui.session.SessionViewModel;

/** The window: restores size, theme and last scenario; applies {@link StartupOptions}; saves on close. */
public final class PanicScopeApp extends Application {
    private MainWindow window;

    @Override public void start(Stage stage) {
        StartupOptions o = StartupOptions.fromSystemProperties();
        AppPrefs prefs = o.memoryPrefs() ? AppPrefs.inMemory() : AppPrefs.user();
        window = create(stage, prefs, o);
        stage.show();
        if (prefs.get("maximized", "false").equals("true") && o.width() < 0) stage.setMaximized(true);
        if (o.presenter()) window.presenter().set(true);
        startAnalyses(window, o);
        if (o.report()) report(window, o);
    }

    private static void startAnalyses(MainWindow w, StartupOptions o) {
        if (o.tab() != null) w.tabs().getSelectionModel().select(switch (o.tab()) { case "matrix" -> 1; case "trials" -> 2; default -> 0; });
        if (o.explore()) w.explore().start(w.vm().scenario(), w.vm().timedProperty().get(), Boolean.getBoolean("panicscope.sweep"));
        if (o.trials() > 0) {
            w.trials().countProperty().set(o.trials());
            w.trials().start(Scenarios.bundled("kmsg-panic"));
        }
    }

    /** Builds the window into a stage (also used by the UI tests, with in-memory preferences). */
    public static MainWindow create(Stage stage, AppPrefs prefs, StartupOptions o) {
        MainWindow w = new MainWindow(prefs);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = o.width() > 0 ? o.width() : Math.min(prefs.getDouble("width", 1600), screen.getWidth());
        double height = o.height() > 0 ? o.height() : Math.min(prefs.getDouble("height", 1000), screen.getHeight());
        Scene scene = new Scene(w, width, height);
        Theme theme = Theme.byId(o.theme() != null ? o.theme() : prefs.get("theme", "dark"));
        w.themeProperty().set(theme);
        theme.applyTo(scene);
        w.themeProperty().addListener((x, a, t) -> { t.applyTo(scene); prefs.put("theme", t.id()); });
        stage.setScene(scene);
        if (o.width() < 0) {
            double px = prefs.getDouble("x", Double.NaN), py = prefs.getDouble("y", Double.NaN);
            if (!Double.isNaN(px) && screen.contains(px + 40, py + 40)) { stage.setX(px); stage.setY(py); }
        } else {
            stage.setX(0);
            stage.setY(0);
        }
        var icon = PanicScopeApp.class.getResourceAsStream("/org/panicscope/assets/icons/panicscope-64.png");
        if (icon != null) stage.getIcons().add(new Image(icon));
        w.files().setOwner(stage);
        w.files().enableDrop(scene);
        openFirst(w, prefs, o);
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> "PanicScope — " + (w.vm().scenario() == null ? "" : w.vm().scenario().id() + " · " + w.vm().config().name()),
                w.vm().scenarioProperty(), w.vm().configProperty()));
        stage.setOnCloseRequest(e -> save(stage, prefs));
        return w;
    }

    private static void openFirst(MainWindow w, AppPrefs prefs, StartupOptions o) {
        SessionViewModel vm = w.vm();
        String want = o.scenario() != null ? o.scenario() : prefs.get("lastScenario", Scenarios.IDS.getFirst());
        boolean opened = false;
        if (Scenarios.IDS.contains(want)) { vm.open(Scenarios.bundled(want)); opened = true; }
        else if (Files.isRegularFile(Path.of(want))) opened = w.files().open(Path.of(want));
        if (!opened) vm.open(Scenarios.bundled(Scenarios.IDS.getFirst()));
        if (o.config() != null) vm.setConfig(Config.parse(o.config()));
        if (o.markers() != null && o.markers().matches("\\d+,\\d+")) {
            String[] m = o.markers().split(",");
            vm.markers().set(Integer.parseInt(m[0]), Integer.parseInt(m[1]));
        }
        String p = o.position();
        if (p == null) return;
        if (p.equals("end")) vm.toEnd();
        else if (p.matches("\\d+")) vm.seek(Integer.parseInt(p));
        else for (EventKind k : EventKind.values()) if (k.label().equals(p)) vm.nextEvent(k);
    }

    private static void save(Stage stage, AppPrefs prefs) {
        if (!stage.isFullScreen()) {
            prefs.put("maximized", Boolean.toString(stage.isMaximized()));
            if (!stage.isMaximized()) {
                prefs.putDouble("width", stage.getWidth());
                prefs.putDouble("height", stage.getHeight());
                prefs.putDouble("x", stage.getX());
                prefs.putDouble("y", stage.getY());
            }
        }
        prefs.flush();
    }

    /**
     * Prints the screen bounds of each snapshot target (for the screenshot script) once layout has settled and
     * the analyses asked for at start have finished.
     */
    private static void report(MainWindow w, StartupOptions o) {
        if (w.explore().runningProperty().get() || w.trials().runningProperty().get()) {
            javafx.animation.PauseTransition wait = new javafx.animation.PauseTransition(javafx.util.Duration.millis(200));
            wait.setOnFinished(e -> report(w, o));
            wait.play();
            return;
        }
        Platform.runLater(() -> Platform.runLater(() -> {
            String split = System.getProperty("panicscope.split");
            if (split != null && w.getProperties().get("centerSplit") instanceof javafx.scene.control.SplitPane sp)
                sp.setDividerPositions(Double.parseDouble(split));
            if (o.zoom() == null) w.timeline().fitAll();
            else w.timeline().pxPerChoiceProperty().set(Double.parseDouble(o.zoom()));
            w.timeline().reveal(w.vm().position());
            Platform.runLater(() -> {
                for (var e : w.snapshotTargets().entrySet()) {
                    Node n = e.getValue();
                    Bounds b = n.localToScreen(n.getBoundsInLocal());
                    if (b != null) System.out.printf("PANICSCOPE-TARGET %s %d %d %d %d%n", e.getKey(),
                            Math.round(b.getMinX()), Math.round(b.getMinY()), Math.round(b.getWidth()), Math.round(b.getHeight()));
                }
                String shots = System.getProperty("panicscope.snapshot");
                if (shots != null) for (String spec : shots.split(",")) {
                    String[] kv = spec.split(":", 2);
                    Node n = w.snapshotTargets().get(kv[0]);
                    try {
                        if (n != null) org.panicscope.ui.snapshot.Snapshots.savePng(n, Double.parseDouble(System.getProperty("panicscope.snapshotScale", "1")), Path.of(kv[1]));
                        System.out.println("PANICSCOPE-SNAPSHOT " + kv[0] + " " + kv[1]);
                    } catch (java.io.IOException e) {
                        System.out.println("PANICSCOPE-SNAPSHOT-FAILED " + kv[0] + ": " + e.getMessage());
                    }
                }
                System.out.println("PANICSCOPE-READY");
                System.out.flush();
            });
        }));
    }

    @Override public void stop() {
        if (window != null) window.prefs().flush();
    }
}

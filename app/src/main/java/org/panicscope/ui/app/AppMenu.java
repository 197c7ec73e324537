package org.panicscope.ui.app;

import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.Scenarios;
import org.panicscope.recording.EventKind;
import org.panicscope.ui.session.SessionViewModel;

/** The menu bar: files and recent files, scenarios, stepping, view (themes, presenter mode), help. */
final class AppMenu {
    private AppMenu() { }

    static MenuBar build(MainWindow w) {
        SessionViewModel vm = w.vm();
        Menu recent = new Menu("Open recent");
        recent.setId("menu-recent");
        Runnable fill = () -> {
            recent.getItems().clear();
            for (Path p : w.recent().files()) recent.getItems().add(item(p.getFileName() + "   " + p.getParent(), null, () -> w.files().open(p)));
            if (!recent.getItems().isEmpty()) recent.getItems().addAll(new SeparatorMenuItem(), item("Clear the list", null, w.recent()::clear));
            recent.setDisable(w.recent().files().isEmpty());
        };
        w.recent().files().addListener((ListChangeListener<Path>) c -> fill.run());
        fill.run();
        Menu file = new Menu("File", null, item("Open scenario file…", "Shortcut+O", w.files()::chooseAndOpen), recent,
                item("Save the run as a scenario file…", "Shortcut+S", w.files()::chooseAndSaveRun),
                new SeparatorMenuItem(), item("Export the whole run (PNG, SVG, GIF, Chrome trace)…", null, () -> w.export().exportRun()),
                item("Export the current view (PNG, SVG)…", null, () -> w.export().exportView()),
                item("Copy picture of the current view", null, () -> w.export().copyPicture()),
                new SeparatorMenuItem(), item("Copy schedule", "Shortcut+Shift+C", w.scheduleBar()::copy),
                item("Paste schedule and replay", "Shortcut+Shift+V", w.scheduleBar()::paste),
                new SeparatorMenuItem(), item("Quit", "Shortcut+Q", w::quit));
        Menu scenarios = new Menu("Scenario");
        for (Scenario s : Scenarios.all()) scenarios.getItems().add(item(s.id() + "  —  " + shorten(s.title()), null, () -> vm.open(s)));
        Menu run = new Menu("Run", null, item("Step forward", "Right", vm::stepForward), item("Step back", "Left", vm::stepBack),
                item("Play / pause", "K", vm.playback()::toggle), item("Jump to start", "Home", vm::toStart), item("Jump to end", "End", vm::toEnd),
                new SeparatorMenuItem());
        for (EventKind k : new EventKind[] {EventKind.HALT, EventKind.SPIN, EventKind.DROP, EventKind.HANDOVER})
            run.getItems().add(item("Run to the next " + k.label(), null, () -> vm.nextEvent(k)));
        CheckMenuItem timed = new CheckMenuItem("Timed (each step costs model time; 1 unit = 10 ms)");
        timed.setSelected(true);
        timed.setOnAction(e -> vm.setTimed(timed.isSelected()));
        vm.timedProperty().addListener((o, a, on) -> timed.setSelected(on));
        run.getItems().addAll(new SeparatorMenuItem(), timed, item("Back to the scenario's schedule", "Shortcut+R", vm::resetPlan));
        Menu theme = new Menu("Theme");
        ToggleGroup g = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem r = new RadioMenuItem(t.title());
            r.setToggleGroup(g);
            r.setSelected(w.themeProperty().get() == t);
            r.setOnAction(e -> w.themeProperty().set(t));
            w.themeProperty().addListener((o, a, now) -> r.setSelected(now == t));
            theme.getItems().add(r);
        }
        CheckMenuItem future = new CheckMenuItem("Show the recorded rest of the run");
        future.setSelected(true);
        future.setOnAction(e -> { var p = KeyMap.showFuture(w); if (p != null) p.set(future.isSelected()); });
        CheckMenuItem time = new CheckMenuItem("Time axis (x is kernel time, not choices)");
        time.setAccelerator(KeyCombination.keyCombination("X"));
        time.selectedProperty().bindBidirectional(w.timeline().timeAxisProperty());
        Menu view = new Menu("View", null, theme, item("Presenter mode", "F5", () -> w.presenter().toggle()),
                item("Full screen", "F11", () -> w.presenter().toggleFullScreen()), future, time,
                item("Fit the whole run", "Z", () -> w.timeline().fitAll()));
        Menu help = new Menu("Help", null, item("Keyboard shortcuts", "F1", () -> w.overlay().toggle()));
        MenuBar bar = new MenuBar(file, scenarios, run, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    private static MenuItem item(String text, String accel, Runnable r) {
        MenuItem m = new MenuItem(text);
        if (accel != null) m.setAccelerator(KeyCombination.keyCombination(accel));
        m.setOnAction(e -> r.run());
        return m;
    }

    private static String shorten(String s) { return s.length() > 70 ? s.substring(0, 68) + "…" : s; }
}

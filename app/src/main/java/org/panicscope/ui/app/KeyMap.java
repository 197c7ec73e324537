package org.panicscope.ui.app;

import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;
import static org.panicscope.ui.app.Shortcuts.key;

import javafx.beans.property.BooleanProperty;
import javafx.scene.input.KeyCode;
import org.panicscope.model.Config;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.Scenarios;
import org.panicscope.ui.session.EventKind;
import org.panicscope.ui.session.SessionViewModel;

/** The keyboard shortcuts of the main window (listed under ?). Everything can be done from the keyboard alone. */
final class KeyMap {
    private KeyMap() { }

    static Shortcuts build(MainWindow w) {
        SessionViewModel vm = w.vm();
        Shortcuts s = new Shortcuts();
        Shortcuts.Mode any = Shortcuts.Mode.ANY, normal = Shortcuts.Mode.NORMAL, pres = Shortcuts.Mode.PRESENTER;
        String step = "Stepping";
        s.add(step, "Space  →  PgDn  Enter", "step forward (presenter: one key to step)", pres, vm::stepForward,
                key(KeyCode.SPACE), key(KeyCode.RIGHT), key(KeyCode.PAGE_DOWN), key(KeyCode.ENTER));
        s.add(step, "←  PgUp  Backspace", "step back", pres, vm::stepBack, key(KeyCode.LEFT), key(KeyCode.PAGE_UP), key(KeyCode.BACK_SPACE));
        s.add(step, "→", "step forward", normal, vm::stepForward, key(KeyCode.RIGHT));
        s.add(step, "←", "step back", normal, vm::stepBack, key(KeyCode.LEFT));
        s.add(step, "Shift+→  Shift+←", "10 steps forward / back", any, () -> vm.seek(vm.position() + 10), key(KeyCode.RIGHT, SHIFT_DOWN));
        s.add(step, "", "", any, () -> vm.seek(vm.position() - 10), key(KeyCode.LEFT, SHIFT_DOWN));
        s.add(step, "Home  End", "jump to the start / the end (the verdict)", any, vm::toStart, key(KeyCode.HOME));
        s.add(step, "", "", any, vm::toEnd, key(KeyCode.END));
        s.add(step, "Space", "play / pause", normal, vm.playback()::toggle, key(KeyCode.SPACE));
        s.add(step, "K", "play / pause", any, vm.playback()::toggle, key(KeyCode.K));
        s.add(step, "[  ]", "slower / faster", any, vm.playback()::slower, key(KeyCode.OPEN_BRACKET));
        s.add(step, "", "", any, vm.playback()::faster, key(KeyCode.CLOSE_BRACKET));
        s.describe(step, "0 … 9", "that CPU takes the next step (the schedule token; a click on its lane does the same)");
        s.describe(step, "n 1   i 1   p 0", "the NMI lands on CPU1 / the REBOOT IPI lands on CPU1 / CPU0 enters panic()");
        for (EventKind k : new EventKind[] {EventKind.HALT, EventKind.SPIN, EventKind.DROP, EventKind.HANDOVER}) {
            KeyCode c = switch (k) { case HALT -> KeyCode.H; case SPIN -> KeyCode.S; case DROP -> KeyCode.D; default -> KeyCode.O; };
            s.add(step, c.getName() + "   Shift+" + c.getName(), "run to the next / previous " + k.label(), any, () -> vm.nextEvent(k), key(c));
            s.add(step, "", "", any, () -> vm.previousEvent(k), key(c, SHIFT_DOWN));
        }
        s.add(step, ".  ,", "next / previous narration note", any, vm::nextNote, key(KeyCode.PERIOD));
        s.add(step, "", "", any, vm::previousNote, key(KeyCode.COMMA));

        String tl = "Timeline";
        s.add(tl, "+  −  (or wheel)", "zoom in / out", any, () -> w.timeline().zoom(1.5), key(KeyCode.EQUALS), key(KeyCode.PLUS), key(KeyCode.ADD));
        s.add(tl, "", "", any, () -> w.timeline().zoom(1 / 1.5), key(KeyCode.MINUS), key(KeyCode.SUBTRACT));
        s.add(tl, "Ctrl+←  Ctrl+→  (or drag)", "pan", any, () -> w.timeline().panPixels(-200), key(KeyCode.LEFT, SHORTCUT_DOWN));
        s.add(tl, "", "", any, () -> w.timeline().panPixels(200), key(KeyCode.RIGHT, SHORTCUT_DOWN));
        s.describe(tl, "click the ruler", "move the cursor there (the time cursor); hover a lane for the step, function and state");
        s.add(tl, "Z", "fit the whole run", any, () -> w.timeline().fitAll(), key(KeyCode.Z));
        s.add(tl, "G", "show / hide the recorded rest of the run (dimmed)", any, () -> flip(showFuture(w)), key(KeyCode.G));
        s.add(tl, "M   Shift+M", "put marker A / B at the cursor (or right-click / Shift+right-click the ruler)", any, vm.markers()::markA, key(KeyCode.M));
        s.add(tl, "", "", any, vm.markers()::markB, key(KeyCode.M, SHIFT_DOWN));
        s.add(tl, "Ctrl+M", "clear the markers", any, vm.markers()::clear, key(KeyCode.M, SHORTCUT_DOWN));

        String cfg = "Patches";
        // nine digit keys: the configurations after the ninth (NBCON) are picked in the configuration bar
        java.util.List<String> keyed = Config.namedIds().subList(0, Math.min(9, Config.namedIds().size()));
        s.describe(cfg, "Ctrl+1 … Ctrl+9", "configuration " + String.join(", ", keyed));
        int i = 1;
        for (String n : keyed) {
            KeyCode d = KeyCode.valueOf("DIGIT" + i++);
            s.add(cfg, "", "", any, () -> vm.setPreset(n), key(d, SHORTCUT_DOWN));
        }
        s.add(cfg, "U", "timed (costs of design doc §2.3) / untimed (pure interleaving)", any, () -> vm.setTimed(!vm.timedProperty().get()), key(KeyCode.U));

        String file = "Scenario and schedule";
        s.add(file, "Ctrl+↓  Ctrl+↑", "next / previous bundled scenario", any, () -> cycle(w, 1), key(KeyCode.DOWN, SHORTCUT_DOWN));
        s.add(file, "", "", any, () -> cycle(w, -1), key(KeyCode.UP, SHORTCUT_DOWN));
        s.add(file, "Ctrl+O", "open a scenario file (or drop one on the window)", any, w.files()::chooseAndOpen, key(KeyCode.O, SHORTCUT_DOWN));
        s.add(file, "Ctrl+S", "save the run (configuration, schedule, narration) as a scenario file", any, w.files()::chooseAndSaveRun, key(KeyCode.S, SHORTCUT_DOWN));
        s.add(file, "Ctrl+L", "edit the schedule string (Enter applies it)", any, () -> w.scheduleBar().field().requestFocus(), key(KeyCode.L, SHORTCUT_DOWN));
        s.add(file, "Ctrl+Shift+C", "copy the schedule string", any, w.scheduleBar()::copy, key(KeyCode.C, SHORTCUT_DOWN, SHIFT_DOWN));
        s.add(file, "Ctrl+Shift+V", "paste a schedule string and replay it", any, w.scheduleBar()::paste, key(KeyCode.V, SHORTCUT_DOWN, SHIFT_DOWN));
        s.add(file, "Ctrl+R", "back to the scenario's own schedule", any, vm::resetPlan, key(KeyCode.R, SHORTCUT_DOWN));

        String an = "Analysis";
        s.add(an, "Alt+1  Alt+2  Alt+3", "kernel state and code / verdict matrix / trials", any, () -> w.showTab(0), key(KeyCode.DIGIT1, javafx.scene.input.KeyCombination.ALT_DOWN));
        s.add(an, "", "", any, () -> w.showTab(1), key(KeyCode.DIGIT2, javafx.scene.input.KeyCombination.ALT_DOWN));
        s.add(an, "", "", any, () -> w.showTab(2), key(KeyCode.DIGIT3, javafx.scene.input.KeyCombination.ALT_DOWN));
        s.add(an, "Ctrl+E", "explore every configuration of this scenario (verdict matrix)", any,
                () -> { w.showTab(1); w.explore().start(vm.scenario(), vm.timedProperty().get()); }, key(KeyCode.E, SHORTCUT_DOWN));
        s.add(an, "Ctrl+Shift+E", "cancel the exploration or the trials", any, () -> { w.explore().cancel(); w.trials().cancel(); },
                key(KeyCode.E, SHORTCUT_DOWN, SHIFT_DOWN));

        String view = "View";
        s.add(view, "F5", "presenter mode: full screen, large, chrome hidden", any, () -> w.presenter().toggle(), key(KeyCode.F5));
        s.add(view, "Esc", "leave presenter mode, close this list", any, () -> escape(w), key(KeyCode.ESCAPE));
        s.add(view, "T", "next theme: dark, light, projector", any, () -> w.themeProperty().set(w.themeProperty().get().next()), key(KeyCode.T));
        s.add(view, "F11", "full screen", any, () -> w.presenter().toggleFullScreen(), key(KeyCode.F11));
        s.add(view, "?  F1", "this list", any, () -> w.overlay().toggle(), key(KeyCode.F1), key(KeyCode.SLASH, SHIFT_DOWN));
        return s;
    }

    @SuppressWarnings("unchecked")
    static BooleanProperty showFuture(MainWindow w) { return (BooleanProperty) w.getProperties().get("showFuture"); }

    private static void flip(BooleanProperty p) { if (p != null) p.set(!p.get()); }

    private static void escape(MainWindow w) {
        if (w.overlay().isVisible()) w.overlay().hide();
        else if (w.presenter().active()) w.presenter().toggle();
    }

    private static void cycle(MainWindow w, int d) {
        var all = Scenarios.all();
        Scenario cur = w.vm().scenario();
        int i = 0;
        for (int k = 0; k < all.size(); k++) if (cur != null && all.get(k).id().equals(cur.id())) i = k;
        w.vm().open(all.get(Math.floorMod(i + d, all.size())));
    }
}

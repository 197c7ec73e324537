package org.panicscope.ui.app;

import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;
import static org.panicscope.ui.app.Shortcuts.key;

import javafx.beans.property.BooleanProperty;
import javafx.scene.input.KeyCode;
import org.panicscope.model.Config;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.Scenarios;
import org.panicscope.recording.EventKind;
import org.panicscope.ui.session.SessionViewModel;

/** The keyboard shortcuts of the main window (listed under ?). Everything can be done from the keyboard alone. */
final class KeyMap {
    private KeyMap() { }

    static Shortcuts build(MainWindow w) {
        SessionViewModel vm = w.vm();
        Shortcuts s = new Shortcuts();
        Shortcuts.Mode any = Shortcuts.Mode.ANY, normal = Shortcuts.Mode.NORMAL, pres = Shortcuts.Mode.PRESENTER;
        String step = "Stepping";
        // each key is listed once (issue 11): a key whose action depends on the mode has one line saying both
        s.add(step, "→  ←", "step forward / back", any, vm::stepForward, key(KeyCode.RIGHT));
        s.add(step, "", "", any, vm::stepBack, key(KeyCode.LEFT));
        s.add(step, "PgDn  Enter   PgUp  Backspace", "presenter mode: step forward / back (what a clicker sends)", pres, vm::stepForward,
                key(KeyCode.PAGE_DOWN), key(KeyCode.ENTER));
        s.add(step, "", "", pres, vm::stepBack, key(KeyCode.PAGE_UP), key(KeyCode.BACK_SPACE));
        s.add(step, "Space", "play / pause; in presenter mode: step forward", pres, vm::stepForward, key(KeyCode.SPACE));
        s.add(step, "", "", normal, vm.playback()::toggle, key(KeyCode.SPACE));
        s.add(step, "Shift+→  Shift+←", "10 steps forward / back", any, () -> vm.seek(vm.position() + 10), key(KeyCode.RIGHT, SHIFT_DOWN));
        s.add(step, "", "", any, () -> vm.seek(vm.position() - 10), key(KeyCode.LEFT, SHIFT_DOWN));
        s.add(step, "Home  End", "jump to the start / the end (the verdict)", any, vm::toStart, key(KeyCode.HOME));
        s.add(step, "", "", any, vm::toEnd, key(KeyCode.END));
        s.add(step, "K", "play / pause", any, vm.playback()::toggle, key(KeyCode.K));
        s.add(step, "[  ]", "slower / faster", any, vm.playback()::slower, key(KeyCode.OPEN_BRACKET));
        s.add(step, "", "", any, vm.playback()::faster, key(KeyCode.CLOSE_BRACKET));
        s.describe(step, "0 … 9", "that CPU takes the next step (the schedule token; a click on its lane does the same)");
        s.describe(step, "n  i  p", "then a CPU digit: the NMI lands on that CPU / the REBOOT IPI lands on it / it enters panic() (n 1: the NMI lands on CPU1)");
        for (EventKind k : new EventKind[] {EventKind.HALT, EventKind.SPIN, EventKind.DROP, EventKind.HANDOVER}) {
            // W A S D are the timeline's (as in Perfetto): spin is L (a lock's spin), a lost record R
            KeyCode c = switch (k) { case HALT -> KeyCode.H; case SPIN -> KeyCode.L; case DROP -> KeyCode.R; default -> KeyCode.O; };
            s.add(step, c.getName() + "   Shift+" + c.getName(), "run to the next / previous " + k.label(), any, () -> vm.nextEvent(k), key(c));
            s.add(step, "", "", any, () -> vm.previousEvent(k), key(c, SHIFT_DOWN));
        }
        s.add(step, "E   Shift+E", "next / previous key moment (panic, NMI, halt, spin, hand-over, lost record, verdict)", any,
                () -> keyMoment(vm, 1), key(KeyCode.E));
        s.add(step, "", "", any, () -> keyMoment(vm, -1), key(KeyCode.E, SHIFT_DOWN));
        s.add(step, ".  ,", "next / previous narration note", any, vm::nextNote, key(KeyCode.PERIOD));
        s.add(step, "", "", any, vm::previousNote, key(KeyCode.COMMA));

        String tl = "Timeline";
        // + with or without Shift (its key is = on many layouts) and the keypad's; W/S and A/D as in Perfetto
        s.add(tl, "+  −  W  S  (or wheel)", "zoom in / out", any, () -> w.timeline().zoom(1.5),
                key(KeyCode.EQUALS), key(KeyCode.EQUALS, SHIFT_DOWN), key(KeyCode.PLUS), key(KeyCode.PLUS, SHIFT_DOWN), key(KeyCode.ADD), key(KeyCode.W));
        s.add(tl, "", "", any, () -> w.timeline().zoom(1 / 1.5), key(KeyCode.MINUS), key(KeyCode.MINUS, SHIFT_DOWN), key(KeyCode.SUBTRACT), key(KeyCode.S));
        s.add(tl, "A  D  Ctrl+←  Ctrl+→  (or drag)", "pan left / right", any, () -> w.timeline().panPixels(-200), key(KeyCode.A), key(KeyCode.LEFT, SHORTCUT_DOWN));
        s.add(tl, "", "", any, () -> w.timeline().panPixels(200), key(KeyCode.D), key(KeyCode.RIGHT, SHORTCUT_DOWN));
        s.describe(tl, "click the ruler", "move the cursor there (the time cursor); hover a lane for the step, function and state");
        s.add(tl, "Z", "fit the whole run", any, () -> w.timeline().fitAll(), key(KeyCode.Z));
        s.add(tl, "F", "fold / unfold repeated iterations (a click on a folded block opens it; key moments never fold)", any,
                () -> w.timeline().toggleFolded(), key(KeyCode.F));
        s.add(tl, "X", "x axis: choices (one column each) / kernel time (widths are durations); the ruler says which", any,
                () -> w.timeline().toggleTimeAxis(), key(KeyCode.X));
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
        s.add(cfg, "U", "timed (each step costs model time) / untimed (pure interleaving)", any, () -> vm.setTimed(!vm.timedProperty().get()), key(KeyCode.U));

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

    static BooleanProperty showFuture(MainWindow w) { return w.showFutureProperty(); }

    private static void flip(BooleanProperty p) { if (p != null) p.set(!p.get()); }

    private static void escape(MainWindow w) {
        if (w.overlay().isVisible()) w.overlay().hide();
        else if (w.presenter().active()) w.presenter().toggle();
    }

    /** Seeks to just after the next (d = 1) or previous (d = -1) key moment of the run shown. */
    static void keyMoment(SessionViewModel vm, int d) {
        if (vm.tape() == null) return;
        var moments = org.panicscope.recording.KeyMoments.of(vm.tape().log(), vm.tape().outcome());
        int pos = vm.position(), target = -1;
        for (var m : moments) {
            int after = Math.min(vm.length(), m.index() + 1);
            if (d > 0 && after > pos) { target = after; break; }
            if (d < 0 && after < pos) target = after;
        }
        if (target < 0) { vm.say(d > 0 ? "No key moment after this one." : "No key moment before this one."); return; }
        vm.seek(target);
        for (var m : moments) if (Math.min(vm.length(), m.index() + 1) == target) { vm.say("Key moment: " + m.label() + " (#" + target + ")"); break; }
    }

    private static void cycle(MainWindow w, int d) {
        var all = Scenarios.all();
        Scenario cur = w.vm().scenario();
        int i = 0;
        for (int k = 0; k < all.size(); k++) if (cur != null && all.get(k).id().equals(cur.id())) i = k;
        w.vm().open(all.get(Math.floorMod(i + d, all.size())));
    }
}

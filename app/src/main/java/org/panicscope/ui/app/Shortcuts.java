package org.panicscope.ui.app;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Every keyboard shortcut in one table: the key handler dispatches from it and the {@code ?} overlay lists it,
 * so the list shown can never disagree with what the keys do.
 */
public final class Shortcuts {
    /** Where a shortcut applies. */
    public enum Mode { ANY, NORMAL, PRESENTER }

    /** One shortcut: its group and key text for the overlay, the key combinations that trigger it. */
    public record Shortcut(String group, String keys, String text, Mode mode, List<KeyCombination> combos, Runnable action) { }

    private final List<Shortcut> list = new ArrayList<>();

    public Shortcuts add(String group, String keys, String text, Mode mode, Runnable action, KeyCombination... combos) {
        list.add(new Shortcut(group, keys, text, mode, List.of(combos), action));
        return this;
    }

    /** Lines that the overlay shows but that another handler implements (the CPU digits). */
    public Shortcuts describe(String group, String keys, String text) {
        list.add(new Shortcut(group, keys, text, Mode.ANY, List.of(), () -> { }));
        return this;
    }

    public List<Shortcut> all() { return List.copyOf(list); }

    /** Runs the first shortcut matching the event in this mode; returns true when one ran. */
    public boolean handle(KeyEvent e, boolean presenter) {
        for (Shortcut s : list) {
            if (s.mode() == Mode.NORMAL && presenter || s.mode() == Mode.PRESENTER && !presenter) continue;
            for (KeyCombination k : s.combos()) {
                if (k.match(e)) {
                    s.action().run();
                    return true;
                }
            }
        }
        return false;
    }

    public static KeyCombination key(KeyCode c, KeyCombination.Modifier... m) { return new javafx.scene.input.KeyCodeCombination(c, m); }
}

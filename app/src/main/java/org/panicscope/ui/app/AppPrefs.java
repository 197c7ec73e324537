package org.panicscope.ui.app;

import java.util.HashMap;
import java.util.Map;

/**
 * What the app remembers between runs: window size, theme, last scenario, recent files. Stored with
 * java.util.prefs in the platform's usual place (on Linux under ~/.java/.userPrefs, on Windows the registry, on
 * macOS a plist); nothing else is written to the home directory. Tests and the screenshot script use
 * {@link #inMemory()} so they leave the user's settings alone.
 */
public interface AppPrefs {
    String get(String key, String def);

    void put(String key, String value);

    default double getDouble(String key, double def) {
        try { return Double.parseDouble(get(key, Double.toString(def))); } catch (NumberFormatException e) { return def; }
    }

    default void putDouble(String key, double v) { put(key, Double.toString(v)); }

    default void flush() { }

    /** The user's preferences node {@code /org/panicscope/app}. */
    static AppPrefs user() { return new UserPrefs(); }

    static AppPrefs inMemory() {
        Map<String, String> m = new HashMap<>();
        return new AppPrefs() {
            @Override public String get(String key, String def) { return m.getOrDefault(key, def); }
            @Override public void put(String key, String value) { m.put(key, value); }
        };
    }
}

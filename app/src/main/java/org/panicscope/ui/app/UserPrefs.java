package org.panicscope.ui.app;

import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** {@link AppPrefs} in the user's java.util.prefs node {@code /org/panicscope/app}. */
final class UserPrefs implements AppPrefs {
    /** java.util.prefs' logger, held so that its level stays set (the log manager keeps loggers weakly). */
    private static final Logger PREFS_LOG = Logger.getLogger("java.util.prefs");

    private final Preferences node;

    UserPrefs() {
        // java.util.prefs logs "Created user preferences directory" at INFO on a first start: not news for the
        // terminal the app was started from; its warnings (a preferences file it cannot read or write) still show
        if (PREFS_LOG.getLevel() == null) PREFS_LOG.setLevel(Level.WARNING);
        node = Preferences.userRoot().node("org/panicscope/app");
    }

    @Override public String get(String key, String def) { return node.get(key, def); }

    @Override public void put(String key, String value) { node.put(key, value); }

    @Override public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            System.err.println("panicscope: cannot save preferences: " + e.getMessage());
        }
    }
}

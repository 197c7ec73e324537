package org.panicscope.ui.app;

import java.net.URL;
import java.util.List;
import javafx.scene.Scene;

/**
 * The themes: each is one stylesheet of semantic tokens (assets/themes/NAME.css) on top of the shared structure
 * (assets/app.css) and icons (assets/icons.css). Switching theme swaps one stylesheet; no Java code differs.
 */
public enum Theme {
    DARK("dark", "Dark"), LIGHT("light", "Light"), PROJECTOR("projector", "Projector (high contrast, large)");

    private final String id;
    private final String title;

    Theme(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() { return id; }
    public String title() { return title; }
    public Theme next() { return values()[(ordinal() + 1) % values().length]; }

    public static Theme byId(String id) {
        for (Theme t : values()) if (t.id.equalsIgnoreCase(id)) return t;
        return DARK;
    }

    /** The stylesheets of this theme, in order. */
    public List<String> stylesheets() {
        return List.of(asset("app.css"), asset("icons.css"), asset("themes/" + id + ".css"));
    }

    public void applyTo(Scene scene) {
        scene.getStylesheets().setAll(stylesheets());
    }

    static String asset(String name) {
        URL u = Theme.class.getResource("/org/panicscope/assets/" + name);
        if (u == null) throw new IllegalStateException("missing asset " + name);
        return u.toExternalForm();
    }
}

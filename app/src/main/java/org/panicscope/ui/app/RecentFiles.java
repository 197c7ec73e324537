package org.panicscope.ui.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The most recently opened scenario files, newest first, kept in the preferences. */
public final class RecentFiles {
    static final int MAX = 8;
    private final AppPrefs prefs;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<Path> view = FXCollections.unmodifiableObservableList(files);

    public RecentFiles(AppPrefs prefs) {
        this.prefs = prefs;
        for (String s : prefs.get("recent", "").split("\n")) if (!s.isBlank()) files.add(Path.of(s));
    }

    /** Newest first; one read-only view, so listeners added to it stay registered. */
    public ObservableList<Path> files() { return view; }

    public void add(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        List<Path> l = new ArrayList<>(files);
        l.remove(abs);
        l.addFirst(abs);
        while (l.size() > MAX) l.removeLast();
        files.setAll(l);
        prefs.put("recent", String.join("\n", l.stream().map(Path::toString).toList()));
    }

    public void clear() {
        files.clear();
        prefs.put("recent", "");
    }
}

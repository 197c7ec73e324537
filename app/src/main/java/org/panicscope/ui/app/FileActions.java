package org.panicscope.ui.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.ScenarioException;
import org.panicscope.scenario.ScenarioLoader;
import org.panicscope.ui.session.SessionViewModel;

/**
 * Opening scenario files: from the menu (a file chooser), from the recent files, by dropping a file on the
 * window. A file with problems is reported in an {@link ErrorDialog}; the app keeps running with what was open.
 */
public final class FileActions {
    private final SessionViewModel vm;
    private final RecentFiles recent;
    private final AppPrefs prefs;
    private Window owner;
    private Path lastDir;

    public FileActions(SessionViewModel vm, RecentFiles recent, AppPrefs prefs) {
        this.vm = vm;
        this.recent = recent;
        this.prefs = prefs;
    }

    public void setOwner(Window w) { owner = w; }

    public void chooseAndOpen() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Open a scenario file");
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Scenario files (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (lastDir != null && Files.isDirectory(lastDir)) fc.setInitialDirectory(lastDir.toFile());
        File f = fc.showOpenDialog(owner);
        if (f != null) open(f.toPath());
    }

    /** Opens a file; returns true when it loaded. Problems go to the error dialog. */
    public boolean open(Path p) {
        lastDir = p.toAbsolutePath().getParent();
        try {
            Scenario s = ScenarioLoader.load(p);
            vm.open(s);
            recent.add(p);
            prefs.put("lastScenario", p.toAbsolutePath().toString());
            return true;
        } catch (ScenarioException e) {
            ErrorDialog.show(owner, p.getFileName().toString(), e.lines());
        } catch (RuntimeException e) {
            ErrorDialog.show(owner, p.getFileName().toString(), List.of(p + ":1:1: " + e.getMessage()));
        }
        return false;
    }

    /** Accepts scenario files dropped anywhere on the window. */
    public void enableDrop(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            Dragboard db = e.getDragboard();
            boolean ok = false;
            if (db.hasFiles() && !db.getFiles().isEmpty()) ok = open(db.getFiles().getFirst().toPath());
            e.setDropCompleted(ok);
            e.consume();
        });
    }
}

package org.panicscope.ui.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.io.IOException;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.ScenarioException;
import org.panicscope.scenario.ScenarioLoader;
import org.panicscope.scenario.ScenarioWriter;
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

    /** Saves the current run (scenario, configuration, schedule, narration) as a scenario file, asking before replacing. */
    public void chooseAndSaveRun() {
        if (vm.scenario() == null) return;
        FileChooser fc = new FileChooser();
        fc.setTitle("Save the run as a scenario file");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Scenario files (*.json)", "*.json"));
        fc.setInitialFileName(vm.scenario().id() + "-" + vm.config().name().toLowerCase().replace('+', '_') + ".json");
        if (lastDir != null && Files.isDirectory(lastDir)) fc.setInitialDirectory(lastDir.toFile());
        File f = fc.showSaveDialog(owner);
        if (f == null) return;
        Path p = f.toPath();
        boolean replace = false;
        if (Files.exists(p)) {
            Alert a = new Alert(Alert.AlertType.CONFIRMATION, p.getFileName() + " exists. Replace it?", ButtonType.CANCEL, ButtonType.OK);
            a.initOwner(owner);
            if (a.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) return;
            replace = true;
        }
        saveRun(p, replace);
    }

    /**
     * Writes the run atomically (ScenarioWriter: a temporary file moved into place); never replaces an existing
     * file unless {@code replace}. Returns true when saved; a failure is reported and the old file is untouched.
     */
    public boolean saveRun(Path p, boolean replace) {
        Scenario run = vm.scenario().withRun(vm.config().name(), vm.scheduleTextProperty().get(), vm.scenario().narration());
        try {
            ScenarioWriter.save(run, p, replace);
            recent.add(p);
            lastDir = p.toAbsolutePath().getParent();
            vm.say("Saved the run as " + p);
            return true;
        } catch (IOException e) {
            ErrorDialog.show(owner, p.getFileName().toString(), List.of(p + ":1:1: cannot save: " + e));
            return false;
        }
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

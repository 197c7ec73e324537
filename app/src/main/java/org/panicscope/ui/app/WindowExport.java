package org.panicscope.ui.app;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import org.panicscope.export.Exports;
import org.panicscope.engine.Progress;
import org.panicscope.picture.Palette;
import org.panicscope.recording.Tape;
import org.panicscope.ui.session.SessionViewModel;

/**
 * File → Export and Copy picture: the same code as {@code panicscope export} (export.Exports) fed with the run the
 * window shows (its scenario, configuration, exact schedule, timing) in the window's theme. The whole run as PNG,
 * SVG, an animated GIF or a Chrome trace (format by the file's extension); the current view (zoom and scroll as on
 * screen) as PNG or SVG; Copy picture puts the current view on the clipboard as an image.
 */
final class WindowExport {
    private final MainWindow w;
    private Path lastDir;

    WindowExport(MainWindow w) { this.w = w; }

    void exportRun() {
        File f = choose("Export the whole run", "run", true);
        if (f == null) return;
        SessionViewModel vm = w.vm();
        Tape t = vm.tape();
        if (t == null) return;
        Exports.Format format = format(f);
        Palette palette = Palette.named(w.themeProperty().get().id());
        // the save dialog asked before replacing a file
        background("Exporting " + f.getName(), () -> writeRun(t, palette, format, f.toPath()));
    }

    /**
     * The whole run as {@code panicscope export <scenario> --config C --format F} writes it (PNG at scale 2), from
     * the recording the window shows: the run is not driven again.
     */
    static void writeRun(Tape t, Palette palette, Exports.Format format, Path out) throws IOException {
        Exports.Request req = Exports.Request.run(t, format).withPalette(palette).withScale(format == Exports.Format.PNG ? 2 : 1);
        Exports.write(req, out, true, Progress.NONE);
    }

    void exportView() {
        File f = choose("Export the current view", "view", false);
        if (f == null) return;
        writeView(f.toPath(), format(f), true, "Exported the current view to " + f.getName(), null);
    }

    /** The current view as a PNG on the clipboard (drawn by the export code, read back as an image). */
    void copyPicture() {
        try {
            Path tmp = Files.createTempFile("panicscope-view", ".png");
            writeView(tmp, Exports.Format.PNG, true, "Copied the current view as a picture", () -> {
                try (InputStream in = Files.newInputStream(tmp)) {
                    ClipboardContent c = new ClipboardContent();
                    c.putImage(new Image(in));
                    Clipboard.getSystemClipboard().setContent(c);
                } catch (IOException e) {
                    w.vm().say("Copy picture failed: " + e.getMessage());
                } finally {
                    try { Files.deleteIfExists(tmp); } catch (IOException ignored) { /* a temporary file */ }
                }
            });
        } catch (IOException e) {
            w.vm().say("Copy picture failed: " + e.getMessage());
        }
    }

    /**
     * What the timeline shows now, taken on the FX thread: its snapshot (position, markers, divergence, the future
     * shown or not), its viewport (zoom, scroll, lane height, the x axis and the folds drawn) and the theme.
     */
    record CurrentView(org.panicscope.picture.TimelineSnapshot snapshot, org.panicscope.picture.Viewport view, double font, Palette palette) {
        static CurrentView of(MainWindow w) {
            var tl = w.timeline();
            return new CurrentView(tl.getSnapshot(), tl.viewport(), tl.fontSizeProperty().get(), Palette.named(w.themeProperty().get().id()));
        }

        /** Writes it as PNG (at scale 2) or SVG; any thread. */
        void write(Exports.Format format, Path out, boolean force) throws IOException {
            Exports.writeView(snapshot, view, font, format, palette, 2, out, force, Progress.NONE);
        }
    }

    private void writeView(Path out, Exports.Format format, boolean force, String done, Runnable then) {
        CurrentView cv = CurrentView.of(w);
        if (cv.snapshot() == null) return;
        Thread th = new Thread(() -> {
            try {
                cv.write(format, out, force);
                Platform.runLater(() -> { if (then != null) then.run(); w.vm().say(done); });
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> w.vm().say("Export failed: " + e.getMessage()));
            }
        }, "export");
        th.setDaemon(true);
        th.start();
    }

    private interface Job { void run() throws IOException; }

    private void background(String what, Job job) {
        w.vm().say(what + " …");
        Thread th = new Thread(() -> {
            try {
                job.run();
                Platform.runLater(() -> w.vm().say(what.replace("Exporting", "Exported")));
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> w.vm().say("Export failed: " + e.getMessage()));
            }
        }, "export");
        th.setDaemon(true);
        th.start();
    }

    private File choose(String title, String what, boolean wholeRun) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG picture (*.png)", "*.png"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("SVG picture (*.svg)", "*.svg"));
        if (wholeRun) {
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Animated GIF (*.gif)", "*.gif"));
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Chrome trace for Perfetto (*.json)", "*.json"));
        }
        var vm = w.vm();
        fc.setInitialFileName(vm.scenario().id() + "-" + vm.config().name().toLowerCase(Locale.ROOT).replace('+', '_') + "-" + what + ".png");
        if (lastDir != null && Files.isDirectory(lastDir)) fc.setInitialDirectory(lastDir.toFile());
        File f = fc.showSaveDialog(w.getScene() == null ? null : w.getScene().getWindow());
        if (f == null) return null;
        lastDir = f.toPath().toAbsolutePath().getParent();
        String e = ext(f);
        if (!(e.equals("png") || e.equals("svg") || wholeRun && (e.equals("gif") || e.equals("json")))) {
            w.vm().say("Export: name the file .png or .svg" + (wholeRun ? ", .gif or .json" : "") + ", not ." + e);
            return null;
        }
        return f;
    }

    private static Exports.Format format(File f) {
        return ext(f).equals("json") ? Exports.Format.TRACE : Exports.Format.parse(ext(f));
    }

    private static String ext(File f) {
        String n = f.getName();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}

package org.panicscope.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.panicscope.export.Exports;
import org.panicscope.picture.TimeAxis;
import org.panicscope.recording.Fold;
import org.panicscope.scenario.Scenarios;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * File → Export the current view draws what the window's timeline shows: its folds (F) and its x axis (X), not the
 * run as it would be without them.
 */
@ExtendWith(ApplicationExtension.class)
class ViewExportFxTest {
    static { org.panicscope.ui.FxTestSupport.start(); }
    private MainWindow w;

    @Start void start(Stage stage) { w = AppFixture.show(stage, AppPrefs.inMemory()); }

    @Test void theCurrentViewKeepsTheFoldsAndTheAxis(FxRobot r, @TempDir Path dir) throws Exception {
        r.interact(() -> { w.vm().open(Scenarios.bundled("flood-livelock")); w.vm().toEnd(); w.timeline().fitAll(); });
        r.type(KeyCode.F);
        r.type(KeyCode.Z);
        Fold f = w.timeline().folding().folds().getFirst();
        WindowExport.CurrentView folded = org.panicscope.ui.FxTestSupport.onFx(() -> WindowExport.CurrentView.of(w));
        Path a = dir.resolve("folded.svg");
        folded.write(Exports.Format.SVG, a, false);
        String svg = Files.readString(a);
        assertThat(svg).as("the fold's block is in the picture").contains(f.label() + " (click or F to unfold)");
        assertThat(svg).contains(">choices<");

        r.type(KeyCode.X);
        WindowExport.CurrentView timed = org.panicscope.ui.FxTestSupport.onFx(() -> WindowExport.CurrentView.of(w));
        Path b = dir.resolve("time.svg");
        timed.write(Exports.Format.SVG, b, false);
        String svg2 = Files.readString(b);
        assertThat(svg2).as("the time axis, as on screen").contains(TimeAxis.LABEL).doesNotContain(">choices<");
        assertThat(svg2).contains(f.label() + " (click or F to unfold)");
        r.type(KeyCode.X);
        r.type(KeyCode.F);
    }
}

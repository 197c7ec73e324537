package org.panicscope.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.panicscope.picture.Viewport;
import org.panicscope.recording.Fold;
import org.panicscope.scenario.Scenarios;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Folding in the window (issue 11 item 3): F folds and unfolds every loop, a click on a folded block opens it. */
@ExtendWith(ApplicationExtension.class)
class FoldKeysFxTest {
    static { org.panicscope.ui.FxTestSupport.start(); }
    private MainWindow w;

    @Start void start(Stage stage) { w = AppFixture.show(stage, AppPrefs.inMemory()); }

    @Test void fFoldsTheLoopsAndAClickOpensOne(FxRobot r) {
        r.interact(() -> { w.vm().open(Scenarios.bundled("flood-livelock")); w.vm().toEnd(); w.timeline().fitAll(); });
        assertThat(w.timeline().folding().isEmpty()).as("nothing folds until F").isTrue();
        double unfoldedPpc = w.timeline().pxPerChoiceProperty().get();
        r.type(KeyCode.F);
        int folds = w.timeline().folding().folds().size();
        assertThat(folds).isPositive();
        r.type(KeyCode.Z);
        assertThat(w.timeline().pxPerChoiceProperty().get()).as("the run fits in fewer columns").isGreaterThan(unfoldedPpc);
        Viewport v = w.timeline().viewport();
        int end = w.vm().position();
        assertThat(v.x(end)).as("cursor on screen").isBetween(v.header(), v.width());

        Fold f = w.timeline().folding().folds().getFirst();
        double x = (v.x(f.first()) + v.x(f.last() + 1)) / 2;
        Point2D onFold = w.timeline().localToScreen(x, v.segMid(f.cpu()));
        r.clickOn(onFold);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.vm().position()).as("a click on a fold opens it and does not step").isEqualTo(end);
        assertThat(w.timeline().folding().foldAt(f.first())).isNull();
        assertThat(w.timeline().folding().folds()).hasSize(folds - 1);

        r.type(KeyCode.F);
        assertThat(w.timeline().folding().isEmpty()).isTrue();
        r.type(KeyCode.F);
        assertThat(w.timeline().folding().folds()).as("F folds them all again, the opened one too").hasSize(folds);
    }
}

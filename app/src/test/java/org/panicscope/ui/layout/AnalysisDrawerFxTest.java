package org.panicscope.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.panicscope.ui.FxTestSupport;
import org.panicscope.ui.PanicScopeApp;
import org.panicscope.ui.StartupOptions;
import org.panicscope.ui.app.AppPrefs;
import org.panicscope.ui.app.MainWindow;

/**
 * A compact window (1280x720) gives the verdict matrix and the trials the whole centre while their tab is shown
 * (below the lanes the matrix had room for two of its seventeen rows), and the first tab brings the timeline back
 * with the split fitted to the lanes again. A full-size window keeps both.
 */
class AnalysisDrawerFxTest {
    private static MainWindow open(Stage[] st, int width, int height) throws Exception {
        FxTestSupport.start();
        javafx.application.Platform.setImplicitExit(false);
        MainWindow w = FxTestSupport.onFx(() -> {
            st[0] = new Stage();
            MainWindow m = PanicScopeApp.create(st[0], AppPrefs.inMemory(),
                    new StartupOptions("owner-halted", "BASE", "end", "projector", false, width, height, null, true, false, null, null, false, 0));
            st[0].setWidth(width);
            st[0].setHeight(height);
            st[0].show();
            return m;
        });
        FxTestSupport.settle();
        return w;
    }

    @Test void compactWindowGivesTheMatrixAndTrialsTheCentreAndTheFirstTabBringsTheTimelineBack() throws Exception {
        Stage[] st = new Stage[1];
        MainWindow w = open(st, 1280, 720);
        try {
            assertThat(FxTestSupport.onFx(w::compact)).isTrue();
            for (int tab : new int[] {1, 2}) {
                FxTestSupport.onFx(() -> { w.tabs().getSelectionModel().select(tab); return null; });
                FxTestSupport.settle();
                FxTestSupport.onFx(() -> {
                    assertThat(w.centerSplit().getItems()).as("tab %d", tab).containsExactly(w.tabs());
                    assertThat(w.tabs().getHeight()).as("tab %d's height", tab).isGreaterThan(720 * 0.6);
                    assertThat(w.timeline().getScene()).as("the timeline is out of the scene while tab %d is shown", tab).isNull();
                    assertThat(LayoutProblems.of(w.getScene())).as("tab %d", tab).isEmpty();
                    if (tab == 2) assertThat(w.getScene().lookup("#trials-empty").isVisible()).as("the trials' empty-state text").isTrue();
                    return null;
                });
            }
            FxTestSupport.onFx(() -> { w.tabs().getSelectionModel().select(0); return null; });
            FxTestSupport.settle();
            FxTestSupport.onFx(() -> {
                assertThat(w.centerSplit().getItems()).hasSize(2).contains(w.tabs());
                assertThat(w.timeline().getHeight()).as("the timeline's height once back").isGreaterThan(150);
                assertThat(LayoutProblems.of(w.getScene())).isEmpty();
                return null;
            });
        } finally {
            FxTestSupport.onFx(() -> { st[0].close(); return null; });
        }
    }

    @Test void fullWindowKeepsTheTimelineAboveTheMatrix() throws Exception {
        Stage[] st = new Stage[1];
        MainWindow w = open(st, 1920, 1200);
        try {
            assertThat(FxTestSupport.onFx(w::compact)).isFalse();
            FxTestSupport.onFx(() -> { w.tabs().getSelectionModel().select(1); return null; });
            FxTestSupport.settle();
            FxTestSupport.onFx(() -> {
                assertThat(w.centerSplit().getItems()).hasSize(2);
                return null;
            });
        } finally {
            FxTestSupport.onFx(() -> { st[0].close(); return null; });
        }
    }
}

package org.panicscope.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.panicscope.ui.FxTestSupport;
import org.panicscope.ui.PanicScopeApp;
import org.panicscope.ui.StartupOptions;
import org.panicscope.ui.app.AppPrefs;
import org.panicscope.ui.app.MainWindow;
import org.panicscope.recording.KeyMoments;
import org.panicscope.picture.Viewport;

/**
 * Presenter mode on a 1280x720 projector (issue 11 item 2): entering it at the end of owner-halted shows the story's
 * last scene (NMI, halt, deadlock) with lane text of at least 18 px and every key moment's pill at least 24 px wide;
 * stepping on from earlier keeps the cursor on screen.
 */
class PresenterFitFxTest {
    private MainWindow open(String at) throws Exception { return open(at, false); }

    private MainWindow open(String at, boolean timeAxis) throws Exception { return open(at, timeAxis, 1280, 720); }

    private MainWindow open(String at, boolean timeAxis, int width, int height) throws Exception {
        FxTestSupport.start();
        javafx.application.Platform.setImplicitExit(false);
        MainWindow w = FxTestSupport.onFx(() -> {
            Stage st = new Stage();
            MainWindow m = PanicScopeApp.create(st, AppPrefs.inMemory(),
                    new StartupOptions("owner-halted", "BASE", at, "projector", false, width, height, null, true, false, null, null, false, 0));
            m.presenter().keepWindowed();
            st.setWidth(width);
            st.setHeight(height);
            st.show();
            m.timeline().timeAxisProperty().set(timeAxis);
            m.presenter().set(true);
            return m;
        });
        FxTestSupport.settle();
        return w;
    }

    @Test void atTheEndTheLastSceneFillsTheWidthWithReadableMoments() throws Exception {
        lastScene(false);
    }

    /** The same on the time axis, where the NMI, the halt and the hand-over share one instant (t 128). */
    @Test void onTheTimeAxisTooEveryMomentOfTheLastSceneHasItsPill() throws Exception {
        lastScene(true);
    }

    private void lastScene(boolean timeAxis) throws Exception {
        MainWindow w = open("end", timeAxis);
        try {
            FxTestSupport.onFx(() -> {
                var t = w.timeline();
                assertThat(t.fontSizeProperty().get()).as("lane text px").isGreaterThanOrEqualTo(18);
                Viewport v = t.viewport();
                assertThat(v.timeAxis()).isEqualTo(timeAxis);
                double cursor = v.x(w.vm().position());
                assertThat(cursor).as("cursor x").isBetween(v.header(), v.width());
                // no panels below at 720 px: the lanes fill the height instead of leaving the lower half empty
                double lanesBottom = v.laneTop(v.lanes() - 1) + v.laneHeight();
                assertThat(lanesBottom).as("bottom of the last lane in a %s px high timeline", v.height())
                        .isGreaterThanOrEqualTo(v.height() * 0.8);
                List<KeyMoments.Moment> all = KeyMoments.of(t.getSnapshot().log(), null);
                int[] win = KeyMoments.storyWindow(all, w.vm().length(), w.vm().position());
                List<KeyMoments.Moment> shown = all.stream().filter(m -> m.index() >= win[0] && m.index() < win[1]).toList();
                assertThat(shown).as("key moments of the last scene").extracting(KeyMoments.Moment::kind)
                        .contains(KeyMoments.Kind.NMI_SENT, KeyMoments.Kind.HALT);
                List<double[]> pills = t.keyMomentPills();
                for (KeyMoments.Moment m : shown) {
                    double[] pill = pills.stream().filter(p -> p[0] == m.index()).findFirst().orElse(null);
                    assertThat(pill).as("a pill for %s at #%d among %s", m.label(), m.index(), pills.stream().map(java.util.Arrays::toString).toList()).isNotNull();
                    assertThat(pill[2]).as("width of %s", m.label()).isGreaterThanOrEqualTo(24);
                    assertThat(pill[1]).isGreaterThanOrEqualTo(v.header());
                    assertThat(pill[1] + pill[2]).isLessThanOrEqualTo(v.width());
                }
                assertThat(w.verdict().isVisible()).isTrue();
                assertThat(w.verdict().localToScene(w.verdict().getBoundsInLocal()).getMinY()).isGreaterThanOrEqualTo(0);
                return null;
            });
        } finally {
            FxTestSupport.onFx(() -> { w.getScene().getWindow().hide(); return null; });
        }
    }

    /**
     * At 1920x1080 the panels show below the lanes, and the upper pane is as high as the note beside the lanes needs:
     * the speaker reads the whole note without scrolling (its last line was below the fold).
     */
    @Test void at1080pTheWholeNoteIsInView() throws Exception {
        MainWindow w = open("end", false, 1920, 1080);
        try {
            FxTestSupport.onFx(() -> {
                assertThat(w.narration().text()).isNotBlank();
                assertThat(w.narration().wholeNoteShown()).as("the whole note in view").isTrue();
                assertThat(w.centerSplit().getItems()).as("panels below the lanes").hasSize(2);
                return null;
            });
        } finally {
            FxTestSupport.onFx(() -> { w.getScene().getWindow().hide(); return null; });
        }
    }

    @Test void steppingOnKeepsTheCursorOnScreen() throws Exception { stepOn(false); }

    @Test void steppingOnTheTimeAxisKeepsTheCursorOnScreen() throws Exception { stepOn(true); }

    private void stepOn(boolean timeAxis) throws Exception {
        MainWindow w = open("700", timeAxis);
        try {
            for (int i = 0; i < 15; i++) {
                FxTestSupport.onFx(() -> { for (int k = 0; k < 10; k++) w.vm().stepForward(); return null; });
                FxTestSupport.settle();
                FxTestSupport.onFx(() -> {
                    Viewport v = w.timeline().viewport();
                    assertThat(v.x(w.vm().position())).as("cursor at #%d", w.vm().position()).isBetween(v.header(), v.width());
                    return null;
                });
            }
        } finally {
            FxTestSupport.onFx(() -> { w.getScene().getWindow().hide(); return null; });
        }
    }
}

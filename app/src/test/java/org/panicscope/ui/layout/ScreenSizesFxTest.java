package org.panicscope.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.panicscope.ui.FxTestSupport;
import org.panicscope.ui.PanicScopeApp;
import org.panicscope.ui.StartupOptions;
import org.panicscope.ui.app.AppPrefs;
import org.panicscope.ui.app.MainWindow;

/**
 * Every supported screen (issue 11 item 1) in every theme, with and without presenter mode: owner-halted under BASE at
 * its deadlock, the state the talk is about. Nothing clipped or pushed off the window, no label truncated, no split
 * panel squeezed shut, the current code line in its panel's view. 3840x2160 at 200 % lays out as 1920x1080 logical
 * pixels drawn at render scale 2. The key map under ? must fit too: every line on screen without scrolling.
 */
class ScreenSizesFxTest {
    static final int[][] SIZES = {{1280, 720, 1}, {1366, 768, 1}, {1600, 900, 1}, {1920, 1080, 1}, {2560, 1440, 1}, {3840, 2160, 2}};
    static final String[] THEMES = {"dark", "light", "projector"};

    static Stream<Arguments> screens() {
        List<Arguments> a = new ArrayList<>();
        for (int[] s : SIZES) for (String t : THEMES) for (boolean p : new boolean[] {false, true}) a.add(Arguments.of(s[0], s[1], s[2], t, p));
        return a.stream();
    }

    @ParameterizedTest(name = "{0}x{1} at {2}x, {3}, presenter {4}")
    @MethodSource("screens")
    void nothingIsClippedTruncatedOrSqueezed(int width, int height, int scale, String theme, boolean presenter) throws Exception {
        double lw = width / (double) scale, lh = height / (double) scale;
        FxTestSupport.start();
        javafx.application.Platform.setImplicitExit(false);   // closing this test's window must not end the toolkit
        Stage[] stage = new Stage[1];
        MainWindow w = FxTestSupport.onFx(() -> {
            stage[0] = new Stage();
            MainWindow m = PanicScopeApp.create(stage[0], AppPrefs.inMemory(),
                    new StartupOptions("owner-halted", "BASE", "end", theme, false, lw, lh, null, true, false, null, null, false, 0));
            m.presenter().keepWindowed();
            stage[0].setWidth(lw);
            stage[0].setHeight(lh);
            stage[0].setRenderScaleX(scale);
            stage[0].setRenderScaleY(scale);
            stage[0].show();
            if (presenter) m.presenter().set(true);
            return m;
        });
        try {
            FxTestSupport.settle();
            FxTestSupport.onFx(() -> { w.settleForPicture(); return null; });
            FxTestSupport.settle();
            List<String> problems = FxTestSupport.onFx(() -> {
                assertThat(w.getScene().getWidth()).isEqualTo(lw);
                assertThat(w.getScene().getHeight()).isEqualTo(lh);
                List<String> p = new ArrayList<>(LayoutProblems.of(w.getScene()));
                for (int cpu = 0; cpu < w.codePanels().getChildren().size(); cpu++)
                    if (w.codePanels().panel(cpu).isVisible() && w.codePanels().panel(cpu).getScene() != null
                            && w.codePanels().isVisibleInWindow() && !w.codePanels().panel(cpu).currentLineInView())
                        p.add("CPU" + cpu + "'s current code line is out of its panel's view");
                return p;
            });
            if (w.codeTab() != null) {   // compact: the code has a tab of its own; look at it too
                FxTestSupport.onFx(() -> { w.tabs().getSelectionModel().select(w.codeTab()); return null; });
                FxTestSupport.settle();
                problems.addAll(FxTestSupport.onFx(() -> {
                    List<String> p = new ArrayList<>();
                    for (String s : LayoutProblems.of(w.getScene())) p.add("code tab: " + s);
                    for (int cpu = 0; cpu < w.codePanels().getChildren().size(); cpu++)
                        if (!w.codePanels().panel(cpu).currentLineInView()) p.add("code tab: CPU" + cpu + "'s current code line is out of view");
                    if (!w.codePanels().isVisibleInWindow()) p.add("code tab selected but the code panels are not shown");
                    return p;
                }));
            }
            // the key map under ? (item 5): every key and its text on screen at once, no scrolling, still readable
            FxTestSupport.onFx(() -> { w.overlay().toggle(); return null; });
            FxTestSupport.settle();
            problems.addAll(FxTestSupport.onFx(() -> {
                List<String> p = new ArrayList<>();
                for (String s : LayoutProblems.of(w.getScene())) p.add("key map: " + s);
                for (javafx.scene.Node n : w.overlay().lookupAll(".kbd, .kbd-text")) {
                    javafx.geometry.Bounds b = n.localToScene(n.getBoundsInLocal());
                    if (b.getMinX() < 0 || b.getMinY() < 0 || b.getMaxX() > lw + 1 || b.getMaxY() > lh + 1)
                        p.add("key map: '" + ((javafx.scene.control.Label) n).getText() + "' is outside the window at " + b);
                }
                if (w.overlay().fitScale() < 0.55) p.add("key map scaled to " + w.overlay().fitScale() + " to fit: too small to read");
                return p;
            }));
            FxTestSupport.onFx(() -> { w.overlay().hide(); return null; });
            assertThat(problems).as("layout problems at %dx%d (%s%s)", width, height, theme, presenter ? ", presenter" : "").isEmpty();
        } finally {
            FxTestSupport.onFx(() -> { stage[0].close(); return null; });
        }
    }
}

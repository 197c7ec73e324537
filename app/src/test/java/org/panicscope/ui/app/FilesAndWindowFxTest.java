package org.panicscope.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.panicscope.scenario.ScenarioWriter;
import org.panicscope.scenario.Scenarios;
import org.panicscope.picture.Tone;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Files (open, errors, recent), the shortcut overlay, presenter mode, themes, and what the window remembers. */
@ExtendWith(ApplicationExtension.class)
class FilesAndWindowFxTest {
    static { org.panicscope.ui.FxTestSupport.start(); }
    private MainWindow w;
    private final AppPrefs prefs = AppPrefs.inMemory();
    private Stage stage;

    @Start void start(Stage stage) {
        this.stage = stage;
        w = AppFixture.show(stage, prefs);
    }

    @Test void aBrokenFileShowsItsErrorsAndTheAppKeepsItsScenario(FxRobot r, @TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n  \"id\": \"x\",\n  \"cpuss\": [],\n  \"schedule\": \"1@NOPE\"\n}\n");
        r.interact(() -> w.files().open(bad));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = r.lookup("#scenario-errors").queryAs(DialogPane.class);
        String text = ((TextArea) pane.lookup("#error-lines")).getText();
        assertThat(text).contains("bad.json:3:3:").contains("cpuss").contains("did you mean");
        assertThat(pane.getHeaderText()).contains("bad.json");
        assertThat(w.vm().scenario().id()).isEqualTo("owner-halted");
        r.interact(() -> ((Stage) pane.getScene().getWindow()).close());
        assertThat(w.recent().files()).isEmpty();
    }

    @Test void aGoodFileOpensAndJoinsTheRecentFiles(FxRobot r, @TempDir Path dir) throws Exception {
        Path good = dir.resolve("mine.json");
        ScenarioWriter.save(Scenarios.bundled("gsmi-lock"), good);
        r.interact(() -> w.files().open(good));
        assertThat(w.vm().scenario().id()).isEqualTo("gsmi-lock");
        assertThat(w.recent().files()).containsExactly(good.toAbsolutePath().normalize());
        assertThat(prefs.get("recent", "")).contains("mine.json");
        assertThat(prefs.get("lastScenario", "")).endsWith("mine.json");
    }

    @Test void thePickerListsEachScenarioOnceAndAFileOnceMore(FxRobot r, @TempDir Path dir) throws Exception {
        var items = w.scenarioBar().picker().getItems();
        // the scenario opened at start-up is the list's own entry, not a second copy of it
        assertThat(items).extracting(s -> s.id()).containsExactlyElementsOf(Scenarios.IDS);
        assertThat(w.scenarioBar().picker().getValue()).isSameAs(items.getFirst());
        Path good = dir.resolve("mine.json");
        ScenarioWriter.save(Scenarios.bundled("gsmi-lock"), good);
        r.interact(() -> w.files().open(good));
        r.interact(() -> w.files().open(good));   // opened again: replaces its entry
        assertThat(items).hasSize(Scenarios.IDS.size() + 1);
        assertThat(items.getLast().origin()).endsWith("mine.json");
        assertThat(w.scenarioBar().picker().getValue()).isSameAs(items.getLast());
        r.interact(() -> w.vm().open(Scenarios.bundled("gsmi-lock")));
        assertThat(w.scenarioBar().picker().getValue()).isSameAs(items.get(Scenarios.IDS.indexOf("gsmi-lock")));
        assertThat(items).hasSize(Scenarios.IDS.size() + 1);
    }

    @Test void theRunIsSavedAsAScenarioThatReproducesIt(FxRobot r, @TempDir Path dir) throws Exception {
        r.press(KeyCode.CONTROL).type(KeyCode.DIGIT7).release(KeyCode.CONTROL);
        r.type(KeyCode.END);
        Path out = dir.resolve("run.json");
        assertThat(WaitForAsyncUtils.asyncFx(() -> w.files().saveRun(out, false)).get()).isTrue();
        Files.writeString(dir.resolve("marker"), "x");
        // never overwritten without asking
        String before = Files.readString(out);
        r.interact(() -> { assertThat(w.files().saveRun(out, false)).isFalse(); });
        r.interact(() -> ((Stage) r.lookup("#scenario-errors").query().getScene().getWindow()).close());
        assertThat(Files.readString(out)).isEqualTo(before);
        var loaded = org.panicscope.scenario.ScenarioLoader.load(out);
        assertThat(loaded.config()).isEqualTo("FINAL");
        int len = w.vm().length();
        r.interact(() -> w.vm().open(loaded));
        assertThat(w.vm().length()).isEqualTo(len);
        assertThat(w.vm().tape().outcome().verdict()).isEqualTo(org.panicscope.engine.Verdict.OK_K);
    }

    @Test void theOverlayListsEveryShortcut(FxRobot r) {
        assertThat(w.overlay().isVisible()).isFalse();
        r.press(KeyCode.SHIFT).type(KeyCode.SLASH).release(KeyCode.SHIFT);
        assertThat(w.overlay().isVisible()).isTrue();
        long listed = w.shortcuts().all().stream().filter(s -> !s.keys().isEmpty()).count();
        assertThat(w.overlay().listedKeys()).hasSize((int) listed).contains("F5", "Home  End", "0 … 9", "Ctrl+1 … Ctrl+9", "?  F1");
        int before = w.vm().position();
        r.type(KeyCode.RIGHT); // swallowed while the overlay is open
        assertThat(w.vm().position()).isEqualTo(before);
        r.type(KeyCode.ESCAPE);
        assertThat(w.overlay().isVisible()).isFalse();
        r.type(KeyCode.F1);
        assertThat(w.overlay().isVisible()).isTrue();
        r.type(KeyCode.F1);
        assertThat(w.overlay().isVisible()).isFalse();
    }

    @Test void presenterModeHidesTheChromeAndOneKeySteps(FxRobot r) {
        r.type(KeyCode.F5);
        assertThat(w.presenter().active()).isTrue();
        assertThat(w.getStyleClass()).contains("presenter");
        assertThat(shown(r.lookup("#menu-bar").query())).isFalse();
        assertThat(shown(r.lookup("#schedule-field").query())).isFalse();
        assertThat(shown(r.lookup("#narration").query())).isTrue();
        r.type(KeyCode.SPACE);
        r.type(KeyCode.PAGE_DOWN);
        assertThat(w.vm().position()).isEqualTo(2);
        assertThat(w.vm().playback().playing()).isFalse();
        r.type(KeyCode.PAGE_UP);
        assertThat(w.vm().position()).isEqualTo(1);
        r.type(KeyCode.ESCAPE);
        assertThat(w.presenter().active()).isFalse();
        assertThat(shown(r.lookup("#menu-bar").query())).isTrue();
        assertThat(shown(r.lookup("#schedule-field").query())).isTrue();
    }

    /** Visible with all its ancestors. */
    static boolean shown(javafx.scene.Node n) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) if (!p.isVisible()) return false;
        return true;
    }

    @Test void themesAreStylesheetsAndTheCanvasFollows(FxRobot r) {
        assertThat(w.themeProperty().get()).isEqualTo(Theme.DARK);
        var dark = w.timeline().palette().rgb(Tone.LANE);
        r.type(KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.themeProperty().get()).isEqualTo(Theme.LIGHT);
        assertThat(w.getScene().getStylesheets()).anyMatch(s -> s.endsWith("themes/light.css"));
        assertThat(w.timeline().palette().rgb(Tone.LANE)).isNotEqualTo(dark);
        assertThat(prefs.get("theme", "")).isEqualTo("light");
        r.type(KeyCode.T);
        assertThat(w.themeProperty().get()).isEqualTo(Theme.PROJECTOR);
    }

    @Test void theWindowRemembersSizeThemeAndScenario(FxRobot r) throws Exception {
        r.interact(() -> stage.setFullScreen(false)); // TestFX reuses one stage; another test may have left it full screen
        r.type(KeyCode.T);
        r.press(KeyCode.CONTROL).type(KeyCode.DOWN).release(KeyCode.CONTROL);
        assertThat(w.vm().scenario().id()).isEqualTo("flood-livelock");
        r.interact(() -> {
            stage.setWidth(900);
            stage.setHeight(700);
            stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
        });
        assertThat(prefs.getDouble("width", 0)).isEqualTo(900);
        assertThat(prefs.get("lastScenario", "")).isEqualTo("flood-livelock");
        MainWindow again = WaitForAsyncUtils.asyncFx(() -> AppFixture.show(new Stage(), prefs)).get();
        assertThat(again.vm().scenario().id()).isEqualTo("flood-livelock");
        assertThat(again.themeProperty().get()).isEqualTo(Theme.LIGHT);
        assertThat(again.getScene().getWindow().getWidth()).isEqualTo(900);
        Window second = again.getScene().getWindow();
        assertThat(Window.getWindows()).contains(second);
        r.interact(second::hide);
        assertThat(Window.getWindows()).as("the second window is closed").doesNotContain(second);
    }
}

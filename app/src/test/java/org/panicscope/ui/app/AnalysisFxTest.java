package org.panicscope.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.panicscope.engine.Verdict;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The verdict matrix and trials in the app: long work off the UI thread; a click on a result loads its run. */
@ExtendWith(ApplicationExtension.class)
class AnalysisFxTest {
    static { org.panicscope.ui.FxTestSupport.start(); }
    private MainWindow w;

    @Start void start(Stage stage) { w = AppFixture.show(stage, AppPrefs.inMemory()); }

    @Test void exploreThenWatchAWitness(FxRobot r) {
        r.press(KeyCode.ALT).type(KeyCode.DIGIT2).release(KeyCode.ALT);
        assertThat(w.tabs().getSelectionModel().getSelectedIndex()).isEqualTo(1);
        r.clickOn("#explore-run");
        assertThat(w.explore().runningProperty().get()).isTrue();
        // the UI thread stays free while the explorer works: stepping still answers
        r.type(KeyCode.RIGHT);
        assertThat(w.vm().position()).isEqualTo(1);
        AppFixture.waitUntil(180, () -> !w.explore().runningProperty().get());
        assertThat(w.explore().finished()).hasSize(org.panicscope.model.Config.matrix().size());
        javafx.scene.control.Button witness = r.lookup("#witness-BASE-DL-a").queryButton();
        assertThat(witness.getTooltip().getText()).contains("console_waiter");
        r.interact(() -> ((javafx.scene.control.ScrollPane) r.lookup("#matrix .panel-scroll").query()).setVvalue(0));
        if (witness.localToScreen(witness.getBoundsInLocal()) != null && r.targetWindow().getHeight() > 600) r.clickOn(witness);
        else r.interact(witness::fire); // the headless screen may be too small to show the row
        assertThat(w.tabs().getSelectionModel().getSelectedIndex()).isZero();
        assertThat(w.vm().config().name()).isEqualTo("BASE");
        assertThat(w.vm().frame().outcome().verdict()).isEqualTo(Verdict.DL);
        assertThat(r.lookup("#verdict-badge").queryAs(Label.class).getText()).isEqualTo("DL");
    }

    @Test void trialsFillTheChartAndCanBeCancelled(FxRobot r) {
        r.press(KeyCode.ALT).type(KeyCode.DIGIT3).release(KeyCode.ALT);
        w.trials().countProperty().set(40);
        r.clickOn("#trials-run");
        AppFixture.waitUntil(180, () -> !w.trials().runningProperty().get());
        assertThat(w.trials().rows()).allMatch(row -> row.result() != null && row.result().count() == 40);
        w.trials().countProperty().set(100_000);
        r.clickOn("#trials-run");
        assertThat(w.trials().runningProperty().get()).isTrue();
        r.clickOn("#trials-cancel");
        AppFixture.waitUntil(60, () -> !w.trials().runningProperty().get());
        assertThat(w.trials().messageProperty().get()).startsWith("Cancelled");
    }
}

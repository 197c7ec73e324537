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
import org.testfx.util.WaitForAsyncUtils;

/**
 * The acceptance path, with the keyboard alone: owner-halted from the start to the BASE deadlock, then
 * FINAL, played until it completes into the kdump kernel.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardOnlyFxTest {
    static { org.panicscope.ui.FxTestSupport.start(); }
    private MainWindow w;

    @Start void start(Stage stage) { w = AppFixture.show(stage, AppPrefs.inMemory()); }

    private String badge(FxRobot r) { return r.lookup("#verdict-badge").queryAs(Label.class).getText(); }

    @Test void ownerHaltedToTheDeadlockThenFinalCompletes(FxRobot r) {
        assertThat(w.vm().scenario().id()).isEqualTo("owner-halted");
        assertThat(w.vm().config().name()).isEqualTo("BASE");
        assertThat(w.vm().position()).isZero();
        assertThat(badge(r)).isEqualTo("RUN");

        // type the first tokens of the schedule: CPU1 steps, then the arrow key steps by the plan
        r.type(KeyCode.DIGIT1);
        assertThat(w.vm().position()).isEqualTo(1);
        assertThat(w.vm().tape().choice(0).cpu()).isEqualTo(1);
        r.type(KeyCode.RIGHT, 3);
        assertThat(w.vm().position()).isEqualTo(4);
        r.type(KeyCode.LEFT);
        assertThat(w.vm().position()).isEqualTo(3);

        // run to the halt: the NMI lands on CPU1 while it owns the console
        r.type(KeyCode.H);
        assertThat(w.vm().frame().kernel().cpu(1).status().stopped()).isTrue();
        assertThat(w.vm().frame().kernel().consoleOwner()).isEqualTo(1);
        r.type(KeyCode.END);
        assertThat(badge(r)).isEqualTo("DL");
        assertThat(r.lookup("#verdict-reason").queryAs(Label.class).getText()).contains("CTS8").contains("halted");

        // Ctrl+7 is the seventh preset, FINAL; the run is replayed and parts from BASE's
        r.press(KeyCode.CONTROL).type(KeyCode.DIGIT7).release(KeyCode.CONTROL);
        assertThat(w.vm().config().name()).isEqualTo("FINAL");
        assertThat(w.vm().comparisonProperty().get().divergence()).isNotNull();
        assertThat(badge(r)).isEqualTo("RUN");

        // faster, then play (K) and watch it complete
        r.type(KeyCode.CLOSE_BRACKET, 2); // 20 -> 100 choices per second
        r.type(KeyCode.K);
        assertThat(w.vm().playback().playing()).isTrue();
        AppFixture.waitUntil(30, () -> !w.vm().playback().playing());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.vm().frame().outcome().verdict()).isEqualTo(Verdict.OK_K);
        assertThat(badge(r)).isEqualTo("OK-K");

        // and back to BASE: the deadlock again
        r.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        r.type(KeyCode.END);
        assertThat(badge(r)).isEqualTo("DL");
    }

    @Test void interruptTokensAreTypedLikeTheSchedule(FxRobot r) {
        r.type(KeyCode.N, KeyCode.DIGIT1);
        assertThat(w.vm().position()).isZero();
        assertThat(w.vm().messageProperty().get()).contains("no pending NMI");
        r.type(KeyCode.P, KeyCode.DIGIT0);
        assertThat(w.vm().position()).isEqualTo(1);
        assertThat(w.vm().frame().kernel().cpu(0).panicked()).isTrue();
    }
}

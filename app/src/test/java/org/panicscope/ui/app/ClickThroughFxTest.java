package org.panicscope.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.panicscope.engine.Choice;
import org.panicscope.model.Switch;
import org.panicscope.picture.Viewport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A user with the mouse: picks a scenario, toggles a patch, steps, steps back, clicks a lane, sees the verdict change. */
@ExtendWith(ApplicationExtension.class)
class ClickThroughFxTest {
    static { org.panicscope.ui.FxTestSupport.start(); }
    private MainWindow w;

    @Start void start(Stage stage) { w = AppFixture.show(stage, AppPrefs.inMemory()); }

    private String badge(FxRobot r) { return r.lookup("#verdict-badge").queryAs(Label.class).getText(); }

    @Test void pickToggleStepAndSeeTheVerdictChange(FxRobot r) {
        // pick flood-livelock from the scenario picker
        r.clickOn("#scenario-picker");
        r.clickOn(n -> n instanceof Label l && l.getScene() != w.getScene() && l.getText() != null && l.getText().startsWith("flood-livelock"));
        assertThat(w.vm().scenario().id()).isEqualTo("flood-livelock");
        assertThat(r.lookup("#scenario-description").queryAs(Label.class).getText()).isEqualTo(w.vm().scenario().description());

        // to the end under BASE: the deadlock of (a)
        r.clickOn(".tool-button", MouseButton.PRIMARY); // jump to start (first tool button)
        r.type(KeyCode.END);
        assertThat(badge(r)).isEqualTo("DL");

        // patch 2 on: P12, the livelock the first fix exposed
        r.clickOn("#switch-P2");
        assertThat(r.lookup("#switch-P2").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(w.vm().config().name()).isEqualTo("P12");
        r.type(KeyCode.END);
        assertThat(badge(r)).isEqualTo("LL");

        // patch 3 on as well: P123 completes
        r.clickOn("#switch-P3");
        assertThat(w.vm().config().name()).isEqualTo("P123");
        r.type(KeyCode.END);
        assertThat(badge(r)).isEqualTo("OK-K");

        // step back with the button, then forward with the choice bar
        int end = w.vm().position();
        r.clickOn(n -> n.getStyleClass().contains("tool-button") && n instanceof javafx.scene.control.Button b
                && b.getTooltip() != null && b.getTooltip().getText().startsWith("Step back"));
        assertThat(w.vm().position()).isEqualTo(end - 1);
        assertThat(badge(r)).isEqualTo("RUN");
        Choice next = w.vm().tape().choice(end - 1);
        r.clickOn("#choice-" + next.token());
        assertThat(w.vm().position()).isEqualTo(end);
        assertThat(badge(r)).isEqualTo("OK-K");
    }

    @Test void aClickOnALaneLetsThatCpuStep(FxRobot r) {
        Viewport v = w.timeline().viewport();
        Point2D onLane1 = w.timeline().localToScreen(v.header() + 40, v.segMid(1));
        r.clickOn(onLane1);
        assertThat(w.vm().position()).isEqualTo(1);
        assertThat(w.vm().tape().choice(0)).isEqualTo(Choice.step(1));
        Point2D onLane0 = w.timeline().localToScreen(v.header() + 40, v.segMid(0));
        r.clickOn(onLane0);
        assertThat(w.vm().position()).isEqualTo(2);
        assertThat(w.vm().tape().choice(1)).isEqualTo(Choice.step(0));
        // a click on the ruler moves the cursor there
        w.timeline().pxPerChoiceProperty().set(6);
        w.timeline().firstProperty().set(0);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        Viewport z = w.timeline().viewport();
        r.clickOn(w.timeline().localToScreen(z.x(30), z.ruler() / 2));
        assertThat(w.vm().position()).isEqualTo(30);
        r.clickOn(w.timeline().localToScreen(z.x(0) + 1, z.ruler() / 2));
        assertThat(w.vm().position()).isZero();
        // markers: a right-click on the ruler puts A (the headless robot sends no Shift with a click, so B by key)
        r.clickOn(w.timeline().localToScreen(z.x(10), z.ruler() / 2), MouseButton.SECONDARY);
        r.interact(() -> w.vm().seek(40));
        r.press(KeyCode.SHIFT).type(KeyCode.M).release(KeyCode.SHIFT);
        assertThat(w.vm().markers().aProperty().get()).isEqualTo(10);
        assertThat(w.vm().markers().bProperty().get()).isEqualTo(40);
        assertThat(w.vm().markers().words()).startsWith("A #10 to B #40: 30 choices");
        // hovering a lane names the step under the mouse
        r.moveTo(w.timeline().localToScreen(z.x(1.5), z.segMid(1)));
        assertThat(w.timeline().hoverTextProperty().get()).startsWith("#1 CPU1 WR1 kmsg writer").contains("state since then, at #2").contains("IRQs on");
    }

    @Test void theScheduleFieldReproducesAPastedRun(FxRobot r) {
        r.type(KeyCode.END);
        String exact = w.vm().tape().exactSchedule(w.vm().length()).toString();
        r.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        r.lookup("#schedule-field").queryAs(javafx.scene.control.TextField.class).clear();
        r.write("1@DRV2 p0 0@PN8 q1");
        r.type(KeyCode.ENTER);
        assertThat(r.lookup("#schedule-error").queryAs(Label.class).getText()).contains("column 17");
        r.lookup("#schedule-field").queryAs(javafx.scene.control.TextField.class).setText(exact);
        r.clickOn("#schedule-apply");
        assertThat(badge(r)).isEqualTo("DL");
        assertThat(w.vm().tape().choices()).hasSize(w.vm().length());
        assertThat(w.vm().ownPlanProperty().get()).isTrue();
    }

    @Test void switchesShowTheConfiguration(FxRobot r) {
        r.press(KeyCode.CONTROL).type(KeyCode.DIGIT9).release(KeyCode.CONTROL);
        assertThat(w.vm().config().name()).isEqualTo("K24");
        for (Switch s : new Switch[] {Switch.P2, Switch.P3, Switch.P4, Switch.K23, Switch.K24})
            assertThat(w.configBar().toggle(s).isSelected()).as(s.id()).isTrue();
        assertThat(w.configBar().toggle(Switch.V0).isSelected()).isFalse();
        assertThat(w.codePanels().panel(0).headlineText()).startsWith("CPU0");
    }
}

package org.panicscope.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.panicscope.picture.ChoiceAxis;
import org.panicscope.picture.TimeAxis;
import org.panicscope.picture.Viewport;
import org.panicscope.scenario.Scenarios;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The time axis in the window (issue 11 item 4): X switches the x axis between choices and kernel time, the ruler's
 * label says which, the View menu's item follows, the choice is kept in the preferences, and the run stays fitted.
 */
@ExtendWith(ApplicationExtension.class)
class AxisKeyFxTest {
    static { org.panicscope.ui.FxTestSupport.start(); }
    private MainWindow w;
    private final AppPrefs prefs = AppPrefs.inMemory();

    @Start void start(Stage stage) { w = AppFixture.show(stage, prefs); }

    @Test void xSwitchesTheAxisAndTheRulerSaysWhich(FxRobot r) {
        r.interact(() -> { w.vm().open(Scenarios.bundled("owner-halted")); w.vm().toEnd(); w.timeline().fitAll(); });
        Viewport v = w.timeline().viewport();
        assertThat(v.timeAxis()).as("choices by default").isEqualTo(MainWindow.TIME_AXIS_BY_DEFAULT);
        assertThat(v.axis().label()).isEqualTo(ChoiceAxis.CHOICES);
        CheckMenuItem item = timeAxisItem();
        assertThat(item.isSelected()).isFalse();

        r.type(KeyCode.X);
        v = w.timeline().viewport();
        assertThat(v.timeAxis()).isTrue();
        assertThat(v.axis().label()).isEqualTo(TimeAxis.LABEL);
        assertThat(item.isSelected()).as("the View menu follows the key").isTrue();
        assertThat(prefs.get(MainWindow.AXIS_PREF, "")).isEqualTo("time");
        // the whole run stays in view: the end (t 130) and the cursor inside the plot
        int end = w.vm().position();
        assertThat(v.x(end)).as("cursor on screen").isBetween(v.header(), v.width());
        assertThat(v.xOfUnit(v.axis().length(end))).isLessThanOrEqualTo(v.width());
        assertThat(v.x(0)).isGreaterThanOrEqualTo(v.header() - 1e-6);
        // a block is as wide as its step takes: the last DRV2 write of CPU1 (10 units) is ten times a unit
        var log = w.timeline().getSnapshot().log();
        int i = log.indexOf(1, 0);
        for (int k = 0; k < log.countOf(1); k++) if (log.timeAfter(log.indexOf(1, k)) > log.timeBefore(log.indexOf(1, k))) i = log.indexOf(1, k);
        assertThat(v.x1(i) - v.x0(i)).isCloseTo((log.timeAfter(i) - log.timeBefore(i)) * v.ppc(), org.assertj.core.data.Offset.offset(1e-6));

        r.type(KeyCode.X);
        assertThat(w.timeline().viewport().axis().label()).isEqualTo(ChoiceAxis.CHOICES);
        assertThat(item.isSelected()).isFalse();
        assertThat(prefs.get(MainWindow.AXIS_PREF, "")).isEqualTo("choices");

        // what a click on the check item does (the menu's skin flips it)
        r.interact(() -> item.setSelected(true));
        assertThat(w.timeline().timeAxisProperty().get()).as("the menu item switches too").isTrue();
        r.interact(() -> item.setSelected(false));
    }

    @Test void anUntimedRunSaysItHasNoKernelTime(FxRobot r) {
        r.interact(() -> { w.vm().open(Scenarios.bundled("owner-halted")); w.vm().setTimed(false); w.timeline().timeAxisProperty().set(true); });
        Viewport v = w.timeline().viewport();
        assertThat(v.timeAxis()).isFalse();
        assertThat(v.axis().label()).contains("untimed").contains("no kernel time");
        r.interact(() -> { w.vm().setTimed(true); w.timeline().timeAxisProperty().set(false); });
    }

    private CheckMenuItem timeAxisItem() {
        MenuBar bar = (MenuBar) w.lookup("#menu-bar");
        for (Menu m : bar.getMenus())
            for (var it : m.getItems()) if (it instanceof CheckMenuItem c && c.getText().startsWith("Time axis")) return c;
        throw new AssertionError("no View → Time axis item");
    }
}

package org.panicscope.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.panicscope.recording.KeyMoments;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Keys people expect (issue 11 item 5): + with or without Shift and on the keypad, W/A/S/D, key moments; ? lists each key once. */
@ExtendWith(ApplicationExtension.class)
class ExpectedKeysFxTest {
    static { org.panicscope.ui.FxTestSupport.start(); }
    private MainWindow w;

    @Start void start(Stage stage) { w = AppFixture.show(stage, AppPrefs.inMemory()); }

    private double ppc() { return w.timeline().pxPerChoiceProperty().get(); }

    @Test void plusZoomsWithAndWithoutShiftAndOnTheKeypadAndWasdZoomsAndPans(FxRobot r) {
        double a = ppc();
        r.type(KeyCode.EQUALS);
        double b = ppc();
        assertThat(b).isGreaterThan(a);
        r.press(KeyCode.SHIFT).type(KeyCode.EQUALS).release(KeyCode.SHIFT);
        double c = ppc();
        assertThat(c).isGreaterThan(b);
        r.type(KeyCode.ADD);
        double d = ppc();
        assertThat(d).isGreaterThan(c);
        r.type(KeyCode.W);
        assertThat(ppc()).isGreaterThan(d);
        double e = ppc();
        r.type(KeyCode.S);
        assertThat(ppc()).isLessThan(e);
        double first = w.timeline().firstProperty().get();
        r.type(KeyCode.D);
        assertThat(w.timeline().firstProperty().get()).isGreaterThan(first);
        r.type(KeyCode.A);
        assertThat(w.timeline().firstProperty().get()).isEqualTo(first);
    }

    @Test void eWalksTheKeyMomentsForwardAndBack(FxRobot r) {
        List<KeyMoments.Moment> ms = KeyMoments.of(w.vm().tape().log(), w.vm().tape().outcome());
        assertThat(ms).hasSizeGreaterThanOrEqualTo(4);
        r.type(KeyCode.E);
        assertThat(w.vm().position()).isEqualTo(ms.getFirst().index() + 1);
        r.type(KeyCode.E);
        assertThat(w.vm().position()).isEqualTo(ms.get(1).index() + 1);
        r.press(KeyCode.SHIFT).type(KeyCode.E).release(KeyCode.SHIFT);
        assertThat(w.vm().position()).isEqualTo(ms.getFirst().index() + 1);
        r.type(KeyCode.END);
        r.type(KeyCode.E);
        assertThat(w.vm().position()).isEqualTo(w.vm().length());
    }

    @Test void theOverlayListsEveryKeyOnce() {
        Set<String> seen = new HashSet<>();
        List<String> twice = new ArrayList<>();
        for (String keys : w.overlay().listedKeys()) {
            for (String k : keys.replace("(or wheel)", "").replace("(or drag)", "").trim().split("\\s+")) {
                if (k.isEmpty() || k.equals("…")) continue;
                if (!seen.add(k)) twice.add(k);
            }
        }
        assertThat(twice).as("keys listed more than once under ?").isEmpty();
        assertThat(seen).contains("+", "W", "A", "S", "D", "E", "Space", "→");
    }
}

package org.panicscope.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.panicscope.ui.FxTestSupport;
import org.panicscope.ui.timeline.Tone;

class ThemeProbeTest {
    @Test void probe() throws Exception {
        Object[] r = FxTestSupport.onFx(() -> {
            MainWindow w = new MainWindow(AppPrefs.inMemory());
            Scene s = new Scene(w, 1600, 1000);
            Theme.DARK.applyTo(s);
            Stage st = new Stage();
            st.setScene(s);
            st.show();
            w.applyCss();
            w.layout();
            return new Object[] {w.timeline().palette().color(Tone.LANE), w.timeline().palette().color(Tone.IRQ_OFF)};
        });
        System.out.println("LANE=" + r[0] + " IRQ=" + r[1]);
        assertThat(r[0]).isEqualTo(Color.web("#23262b"));
    }
}

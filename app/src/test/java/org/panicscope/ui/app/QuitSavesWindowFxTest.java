package org.panicscope.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.panicscope.ui.FxTestSupport;
import org.panicscope.ui.PanicScopeApp;
import org.panicscope.ui.StartupOptions;

/** File → Quit and Ctrl+Q save the window's size as the close button does (they hid the window and skipped it). */
class QuitSavesWindowFxTest {
    @Test void quitSavesTheSize() throws Exception {
        FxTestSupport.start();
        javafx.application.Platform.setImplicitExit(false);
        AppPrefs prefs = AppPrefs.inMemory();
        Stage[] st = new Stage[1];
        MainWindow w = FxTestSupport.onFx(() -> {
            st[0] = new Stage();
            MainWindow m = PanicScopeApp.create(st[0], prefs, StartupOptions.none(-1, -1, true));
            st[0].show();
            st[0].setWidth(911);
            st[0].setHeight(613);
            return m;
        });
        FxTestSupport.settle();
        assertThat(prefs.getDouble("width", -1)).isEqualTo(-1);
        FxTestSupport.onFx(() -> { w.quit(); return null; });
        FxTestSupport.settle();
        assertThat(st[0].isShowing()).isFalse();
        assertThat(prefs.getDouble("width", -1)).isEqualTo(911);
        assertThat(prefs.getDouble("height", -1)).isEqualTo(613);
    }
}

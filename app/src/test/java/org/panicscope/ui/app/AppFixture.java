package org.panicscope.ui.app;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.stage.Stage;
import org.panicscope.ui.FxTestSupport;
import org.panicscope.ui.PanicScopeApp;
import org.panicscope.ui.StartupOptions;
import org.testfx.util.WaitForAsyncUtils;

/** Builds the real main window into a TestFX stage, with preferences kept in memory. */
final class AppFixture {
    static { FxTestSupport.start(); }

    private AppFixture() { }

    static StartupOptions none() {
        return new StartupOptions(null, null, null, null, false, -1, -1, null, true, false, null);
    }

    static MainWindow show(Stage stage, AppPrefs prefs) {
        MainWindow w = PanicScopeApp.create(stage, prefs, none());
        stage.show();
        stage.toFront();
        return w;
    }

    static void waitUntil(int seconds, BooleanSupplier c) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, c::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not reached within " + seconds + " s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}

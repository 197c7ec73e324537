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
        return StartupOptions.none(-1, -1, true);
    }

    static MainWindow show(Stage stage, AppPrefs prefs) {
        // TestFX hands every test the same primary stage: undo what an earlier test did to it
        stage.setFullScreen(false);
        stage.setMaximized(false);
        MainWindow w = PanicScopeApp.create(stage, prefs, none());
        // the headless screen is 1000x1000: the window must stay inside it
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(w.getScene().getWidth());
        stage.setHeight(w.getScene().getHeight());
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

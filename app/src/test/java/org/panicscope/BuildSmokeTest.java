package org.panicscope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.panicscope.cli.Cli;
import org.panicscope.scenario.Scenarios;

/**
 * Guards the build itself: that Surefire runs tests on the class path with the headless JavaFX flags of app/pom.xml,
 * and that the command line the runtime image launches answers. The model and UI have their own, deeper tests.
 */
class BuildSmokeTest {

    private record Result(int status, String out, String err) { }

    private static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(status, out.toString(), err.toString());
    }

    @Test void scenariosListsEveryBundledIdInOrder() {
        Result r = cli("scenarios");
        assertEquals(0, r.status(), r.err());
        String[] lines = r.out().strip().split("\\R");
        assertEquals(Scenarios.IDS.size(), lines.length, r.out());
        for (int i = 0; i < lines.length; i++) assertTrue(lines[i].startsWith(Scenarios.IDS.get(i) + " "), lines[i]);
    }

    @Test void versionNamesJavaAndAKnownJavaFxVersion() {
        Result r = cli("--version");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("Java " + System.getProperty("java.runtime.version")), r.out());
        assertTrue(r.out().matches("(?s).*JavaFX \\d+[.\\d]*\\S*.*"), r.out());
        assertFalse(r.out().contains("unknown"), r.out());
    }

    @Test void anUnknownScenarioIsAOneLineUsageError() {
        Result r = cli("run", "no-such-scenario");
        assertEquals(2, r.status());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("owner-halted"), r.err());
    }

    /** The tests must not need a display: the headless glass platform of app/pom.xml's argLine shows a real stage. */
    @Test void javafxRunsOnTheHeadlessPlatform() throws Exception {
        assertEquals("Headless", System.getProperty("glass.platform"));
        assertTrue(getClass().getModule().getName() == null, "tests run on the class path");
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {   // another test (TestFX) started the toolkit first
            started.countDown();
        }
        assertTrue(started.await(30, TimeUnit.SECONDS));
        AtomicReference<Boolean> showing = new AtomicReference<>();
        CountDownLatch shown = new CountDownLatch(1);
        Platform.setImplicitExit(false);   // closing the only stage must not end the toolkit for later tests
        Platform.runLater(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new Label("PanicScope"), 200, 100));
            stage.show();
            showing.set(stage.isShowing());
            stage.close();
            shown.countDown();
        });
        assertTrue(shown.await(30, TimeUnit.SECONDS));
        assertTrue(showing.get());
    }
}

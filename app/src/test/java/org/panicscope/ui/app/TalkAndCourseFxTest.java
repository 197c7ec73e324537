package org.panicscope.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.panicscope.course.Course;
import org.panicscope.talk.Talk;
import org.panicscope.talk.Talks;
import org.panicscope.ui.course.CourseSession;
import org.panicscope.ui.talk.LearnMenu;
import org.panicscope.ui.talk.Presenter;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 15 in the window: the bundled talk clicked through with PageDown, and a challenge solved with keys only. */
@ExtendWith(ApplicationExtension.class)
class TalkAndCourseFxTest {
    static { org.panicscope.ui.FxTestSupport.start(); }
    private MainWindow w;
    private AppPrefs prefs;

    @Start void start(Stage stage) {
        prefs = AppPrefs.inMemory();
        w = AppFixture.show(stage, prefs);
    }

    @Test void pageDownStepsThroughTheBundledTalkFromFirstSlideToLast(FxRobot r) throws Exception {
        Talk talk = Talks.bundled("printk-panic-15-minutes");
        Presenter p = WaitForAsyncUtils.asyncFx(() -> LearnMenu.of(w).present(talk, false)).get(); // the speaker window without its own stage, so the keys go to the audience window
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(p.deck().slideIndex()).isZero();
        assertThat(p.speaker().currentText()).startsWith("1 / " + talk.slides().size());
        assertThat(p.speaker().notesText()).isEqualTo(talk.slides().getFirst().notes());
        assertThat(p.speaker().nextText()).isEqualTo("Next: " + talk.slides().get(1).title());
        r.interact(() -> w.getScene().getWindow().requestFocus());
        int presses = 0, lastSlide = talk.slides().size() - 1;
        int seen = 0;
        while (!(p.deck().slideIndex() == lastSlide && w.vm().position() == p.deck().end()) && presses < 300) {
            int before = p.deck().slideIndex();
            r.type(KeyCode.PAGE_DOWN);
            presses++;
            if (p.deck().slideIndex() != before) {
                seen++;
                Talk.Slide s = p.deck().current();
                // every slide shows its own run: scenario, configuration, and the verdict the slide states
                assertThat(w.vm().scenario().id()).isEqualTo(s.run().scenario());
                assertThat(w.vm().config().name()).isEqualTo(s.run().config());
                assertThat(w.vm().tape().outcome().verdict()).isEqualTo(s.verdict());
                assertThat(w.vm().position()).isEqualTo(s.from());
                assertThat(w.tabs().getSelectionModel().getSelectedIndex())
                        .isEqualTo(s.panels().contains("trials") ? 2 : s.panels().contains("matrix") ? 1 : 0);
                // the slide's panels are the views shown, and its zoom puts its choice range across the timeline
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(w.timeline().isVisible()).isEqualTo(s.panels().contains("timeline"));
                assertThat(w.narration().isVisible()).isEqualTo(s.panels().contains("narration"));
                assertThat(w.statePanels().isVisible()).isEqualTo(s.panels().contains("state"));
                assertThat(w.codePanels().isVisible()).isEqualTo(s.panels().contains("code"));
                assertThat(w.timeline().viewport().timeAxis()).as(s.title()).isEqualTo(s.axis() == Talk.Axis.TIME);
                double first = w.timeline().firstProperty().get(), ppc = w.timeline().pxPerChoiceProperty().get();
                double shown = w.timeline().viewport().plotWidth() / ppc;
                assertThat(first).as(s.title()).isLessThanOrEqualTo(s.from() + 0.5);
                assertThat(first + shown).as(s.title() + ": the range fits, not the whole run").isGreaterThanOrEqualTo(p.deck().end())
                        .isLessThan(first + w.vm().length() / 2.0);
            }
        }
        assertThat(seen).isEqualTo(lastSlide);
        assertThat(p.speaker().nextText()).isEqualTo("Next: (last slide)");
        // B blanks the audience window, '.' brings it back
        r.type(KeyCode.B);
        assertThat(r.lookup("#talk-blank").query().isVisible()).isTrue();
        r.type(KeyCode.PERIOD);
        assertThat(r.lookup("#talk-blank").query().isVisible()).isFalse();
        r.type(KeyCode.PAGE_UP);
        assertThat(w.vm().position()).isEqualTo(p.deck().end() - 1);
        r.interact(p::stop);
        // the window's own layout again
        assertThat(w.narration().isVisible() && w.statePanels().isVisible() && w.codePanels().isVisible()).isTrue();
        assertThat(w.centerSplit().getItems()).contains(w.tabs());
    }

    /** A slide with {@code axis: time} shows kernel time; the next slide its own axis; the end of the talk the window's. */
    @Test void aSlideShowsTheTimeAxisItAsksFor(FxRobot r) throws Exception {
        String text = "{\"kind\": \"talk\", \"id\": \"t\", \"title\": \"T\", \"slides\": [\n"
                + "  {\"title\": \"in time\", \"scenario\": \"owner-halted\", \"config\": \"BASE\", \"from\": 500, \"to\": 503, \"axis\": \"time\"},\n"
                + "  {\"title\": \"in choices\", \"scenario\": \"owner-halted\", \"config\": \"BASE\", \"from\": 849, \"to\": 853}]}";
        Talk talk = org.panicscope.talk.TalkLoader.parse(text, "t.json", "t.json");
        r.interact(() -> w.timeline().timeAxisProperty().set(true)); // the window's own axis before the talk
        Presenter p = WaitForAsyncUtils.asyncFx(() -> LearnMenu.of(w).present(talk, false)).get();
        WaitForAsyncUtils.waitForFxEvents();
        var v = w.timeline().viewport();
        assertThat(v.timeAxis()).isTrue();
        assertThat(v.axis().label()).isEqualTo(org.panicscope.picture.TimeAxis.LABEL);
        // the slide's range is across the plot, on the time axis too
        assertThat(v.x(500)).isBetween(v.header() - 1, v.width());
        assertThat(v.x(503)).isBetween(v.header(), v.width());
        r.interact(() -> w.getScene().getWindow().requestFocus());
        for (int i = 0; i < 10 && p.deck().slideIndex() == 0; i++) r.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(p.deck().slideIndex()).isEqualTo(1);
        assertThat(w.timeline().viewport().timeAxis()).as("a slide without `axis` shows choices").isFalse();
        r.interact(p::stop);
        assertThat(w.timeline().timeAxisProperty().get()).as("the window's own axis again").isTrue();
        r.interact(() -> w.timeline().timeAxisProperty().set(false));
    }

    @Test void theDeckExportsOnePngPerSlide(@TempDir Path dir) throws Exception {
        Talk talk = Talks.bundled("printk-panic-15-minutes");
        List<Path> files = WaitForAsyncUtils.asyncFx(() -> {
            Presenter p = LearnMenu.of(w).present(talk, false);
            List<Path> out = p.exportPngs(dir);
            p.stop();
            return out;
        }).get();
        assertThat(files).hasSize(talk.slides().size());
        for (Path f : files) {
            byte[] b = Files.readAllBytes(f);
            assertThat(b.length).isGreaterThan(1000);
            assertThat(new String(b, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
        }
        // nothing is overwritten
        Presenter again = WaitForAsyncUtils.asyncFx(() -> LearnMenu.of(w).present(talk, false)).get();
        org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> WaitForAsyncUtils.asyncFx(() -> again.exportPngs(dir)).get());
        WaitForAsyncUtils.asyncFx(again::stop).get();
    }

    @Test void aChallengeIsSolvedWithKeysOnly(FxRobot r) throws Exception {
        CourseSession s = WaitForAsyncUtils.asyncFx(() -> LearnMenu.of(w).openCourse()).get();
        WaitForAsyncUtils.waitForFxEvents();
        Window course = Window.getWindows().stream().filter(x -> x instanceof Stage st && st.getTitle() != null
                && st.getTitle().contains("course")).findFirst().orElseThrow();
        r.interact(course::requestFocus);
        Node list = r.lookup("#course-lessons").query();
        r.interact(list::requestFocus);
        r.type(KeyCode.DOWN);                       // lesson 2: the flood livelock
        assertThat(s.lesson().id()).isEqualTo(Course.all().get(1).id());
        r.type(KeyCode.N, 2);                       // to its challenge: make P12 livelock
        assertThat(s.current().kind()).isEqualTo("challenge");
        assertThat(w.vm().config().name()).isEqualTo("P12");
        for (int i = 0; i < 20 && !s.statusProperty().get().startsWith("Goal reached"); i++) {
            r.type(KeyCode.H);
            waitForSearch(s);
        }
        assertThat(s.statusProperty().get()).startsWith("Goal reached");
        assertThat(w.vm().tape().outcome().verdict().id()).isEqualTo("LL");
        assertThat(s.isDone(s.lesson(), 2)).isTrue();
        r.type(KeyCode.C);
        waitForSearch(s);
        assertThat(s.statusProperty().get()).startsWith("Goal reached");
        r.interact(s::resetProgress);
        assertThat(s.isDone(s.lesson(), 2)).isFalse();
        r.interact(((Stage) course)::close);
    }

    private static void waitForSearch(CourseSession s) throws Exception {
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> !s.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Hint and Check search off the FX thread: while the search waits, the FX thread is free, the run unchanged and the buttons disabled. */
    @Test void hintSearchesInTheBackgroundWithItsButtonsDisabled(FxRobot r) throws Exception {
        java.util.concurrent.BlockingQueue<Runnable> queued = new java.util.concurrent.LinkedBlockingQueue<>();
        CourseSession s = WaitForAsyncUtils.asyncFx(() -> new CourseSession(w.vm(), prefs, queued::add)).get();
        Stage[] stage = new Stage[1];
        WaitForAsyncUtils.asyncFx(() -> {
            var view = new org.panicscope.ui.course.CourseView(s);
            stage[0] = view.stage();
            stage[0].show();
            s.openLesson(Course.all().get(1));
            s.goTo(2);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(s.current().kind()).isEqualTo("challenge");
        int before = WaitForAsyncUtils.asyncFx(() -> w.vm().position()).get();
        WaitForAsyncUtils.asyncFx(s::hint).get();
        WaitForAsyncUtils.waitForFxEvents();
        // the search has not run yet: the FX thread went on, the buttons are disabled, a second Hint is ignored
        assertThat(s.busyProperty().get()).isTrue();
        assertThat(s.statusProperty().get()).isEqualTo("Searching…");
        assertThat(r.lookup("#course-hint").query().isDisabled()).isTrue();
        assertThat(r.lookup("#course-check").query().isDisabled()).isTrue();
        WaitForAsyncUtils.asyncFx(s::hint).get();
        assertThat(queued).hasSize(1);
        assertThat(w.vm().position()).isEqualTo(before);
        // run it on a thread that is not the FX thread; the result comes back through Platform.runLater
        Runnable job = queued.take();
        Thread t = new Thread(job, "test-search");
        t.start();
        t.join();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(s.busyProperty().get()).isFalse();
        assertThat(r.lookup("#course-hint").query().isDisabled()).isFalse();
        assertThat(s.statusProperty().get()).matches("(Hint taken|Goal reached).*");
        assertThat(w.vm().position()).isGreaterThan(before);
        // a result that arrives after the student moved to another step is dropped
        WaitForAsyncUtils.asyncFx(s::check).get();
        WaitForAsyncUtils.asyncFx(s::previousStep).get();
        String moved = s.statusProperty().get();
        Thread t2 = new Thread(queued.take());
        t2.start();
        t2.join();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(s.statusProperty().get()).isEqualTo(moved);
        assertThat(s.busyProperty().get()).isFalse();
        r.interact(stage[0]::close);
    }
}

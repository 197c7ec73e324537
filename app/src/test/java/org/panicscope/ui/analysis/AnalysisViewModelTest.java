package org.panicscope.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.panicscope.engine.Explorer;
import org.panicscope.engine.QemuMeasurements;
import org.panicscope.engine.Verdict;
import org.panicscope.model.Config;
import org.panicscope.scenario.Scenarios;
import org.panicscope.ui.session.SessionViewModel;

/** The verdict matrix and trials view models, without a window. */
class AnalysisViewModelTest {

    @Test void theMatrixRowsCarryReplayableWitnesses() {
        ExploreViewModel vm = new ExploreViewModel(Background.direct());
        var s = Scenarios.bundled("owner-halted");
        vm.start(s, true, List.of(Config.parse("BASE"), Config.parse("FINAL")), Explorer.Options.defaults());
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.finished()).hasSize(2);
        Explorer.Result base = vm.rows().get(0).result(), fin = vm.rows().get(1).result();
        assertThat(base.reaches(Verdict.DL)).isTrue();
        assertThat(base.hangs()).anyMatch(w -> MatrixView.letter(w.window()).equals("a"));
        assertThat(fin.reaches(Verdict.OK_K)).isTrue();
        assertThat(vm.messageProperty().get()).startsWith("Done");

        // a witness replays to its verdict in the main view model
        Explorer.Witness w = base.hangs().stream().filter(h -> MatrixView.letter(h.window()).equals("a")).findFirst().orElseThrow();
        SessionViewModel main = new SessionViewModel();
        main.open(s);
        main.setConfig(Config.parse("BASE"));
        assertThat(main.applySchedule(w.schedule())).isNull();
        assertThat(main.frame().outcome().verdict()).isEqualTo(Verdict.DL);
        assertThat(main.frame().outcome().reason()).contains("console_waiter");
    }

    @Test void anExplorationCanBeCancelled() throws Exception {
        ExecutorService work = Executors.newFixedThreadPool(2), ui = Executors.newSingleThreadExecutor();
        try {
            ExploreViewModel vm = new ExploreViewModel(new Background(work, ui));
            ui.submit(() -> vm.start(Scenarios.bundled("kmsg-panic"), true)).get();
            ui.submit(vm::cancel).get();
            long t0 = System.nanoTime();
            while (ui.submit(() -> vm.runningProperty().get()).get() && System.nanoTime() - t0 < 60e9) Thread.sleep(20);
            assertThat(ui.submit(() -> vm.runningProperty().get()).get()).isFalse();
            assertThat(ui.submit(() -> vm.messageProperty().get()).get()).startsWith("Cancelled");
        } finally {
            work.shutdownNow();
            ui.shutdownNow();
            work.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    @Test void trialsGiveHangRatesWithIntervalsBesideTheQemuMeasurements() {
        TrialsViewModel vm = new TrialsViewModel(Background.direct());
        vm.countProperty().set(60);
        vm.start(Scenarios.bundled("kmsg-panic"), List.of(Config.parse("BASE"), Config.parse("FINAL")));
        assertThat(vm.runningProperty().get()).isFalse();
        var base = vm.rows().get(0).result();
        var fin = vm.rows().get(1).result();
        assertThat(base.count()).isEqualTo(60);
        assertThat(base.hangRate()).isGreaterThan(fin.hangRate());
        assertThat(base.ci95()[0]).isLessThanOrEqualTo(base.hangRate());
        assertThat(base.ci95()[1]).isGreaterThanOrEqualTo(base.hangRate());
        assertThat(QemuMeasurements.of("BASE")).extracting(QemuMeasurements.Measured::trials).contains(340, 1484);
        assertThat(QemuMeasurements.of("VP").getFirst().rate()).isBetween(0.14, 0.15);
        // the same seed gives the same figures
        TrialsViewModel again = new TrialsViewModel(Background.direct());
        again.countProperty().set(60);
        again.start(Scenarios.bundled("kmsg-panic"), List.of(Config.parse("BASE")));
        assertThat(again.rows().get(0).result().outcomes()).isEqualTo(base.outcomes());
    }

    @Test void windowLetters() {
        assertThat(MatrixView.letter("(d2) console_owner_lock")).isEqualTo("d2");
        assertThat(MatrixView.letter("(a) owner halted")).isEqualTo("a");
        assertThat(MatrixView.letter("OK-K")).isEqualTo("OK-K");
    }
}

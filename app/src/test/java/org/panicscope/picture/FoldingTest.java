package org.panicscope.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.panicscope.model.Config;
import org.panicscope.recording.Fold;
import org.panicscope.recording.KeyMoments;
import org.panicscope.recording.StepLog;
import org.panicscope.recording.Tape;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.Scenarios;

/** Folding collapses loops, never a step that changes the verdict, and the x layout follows it both ways. */
class FoldingTest {

    private static Tape tape(String id, String config) {
        Scenario s = Scenarios.bundled(id);
        Config c = Config.parse(config);
        return Tape.record(s, c, s.scheduleFor(c));
    }

    @Test void keyMomentsAndTheLastChoiceStayOutsideEveryFold() {
        int folds = 0, hidden = 0;
        for (String id : Scenarios.IDS) {
            for (String config : List.of("BASE", "FINAL")) {
                Tape t = tape(id, config);
                StepLog log = t.log();
                Folding f = Folding.of(log, Set.of());
                String what = id + " " + config;
                for (KeyMoments.Moment m : KeyMoments.of(log, t.outcome())) {
                    if (m.index() < log.size()) assertThat(f.foldAt(m.index())).as(what + " " + m).isNull();
                }
                for (int i = 0; i < log.size(); i++) {
                    if ((log.flags(i) & Fold.KEY_MOMENTS) != 0) assertThat(f.foldAt(i)).as(what + " #" + i).isNull();
                }
                if (log.size() > 0) assertThat(f.foldAt(log.size() - 1)).as(what + " last choice").isNull();
                folds += f.folds().size();
                for (Fold x : f.folds()) {
                    hidden += x.last() - x.first() + 1;
                    assertThat(f.display(x.last() + 1) - f.display(x.first())).as("a fold at least halves its width")
                            .isLessThanOrEqualTo((x.last() + 1 - x.first()) / 2.0);
                }
            }
        }
        assertThat(folds).as("the bundled runs have loops to fold").isPositive();
        assertThat(hidden).isGreaterThan(folds * Folding.MIN_REPEATS);
    }

    @Test void displayColumnsAndChoicesMapBothWays() {
        StepLog log = tape("flood-livelock", "BASE").log();
        Folding f = Folding.of(log, Set.of());
        assertThat(f.isEmpty()).isFalse();
        assertThat(f.display(log.size())).isLessThan(log.size());
        double prev = -1;
        for (double c = 0; c <= log.size(); c += 0.25) {
            double d = f.display(c);
            assertThat(d).as("monotonic at " + c).isGreaterThan(prev);
            assertThat(f.choice(d)).as("inverse at " + c).isCloseTo(c, org.assertj.core.data.Offset.offset(1e-6));
            prev = d;
        }
        Fold first = f.folds().getFirst();
        assertThat(f.display(first.last() + 1) - f.display(first.first())).isEqualTo(Math.min(Folding.COLUMNS, first.last() + 1 - first.first()));
        assertThat(Folding.NONE.display(17.5)).isEqualTo(17.5);
    }

    @Test void anOpenedFoldIsDrawnUnfolded() {
        StepLog log = tape("flood-livelock", "BASE").log();
        Fold first = Folding.of(log, Set.of()).folds().getFirst();
        Folding opened = Folding.of(log, Set.of(first.first()));
        assertThat(opened.foldAt(first.first())).isNull();
        assertThat(opened.folds()).hasSize(Folding.of(log, Set.of()).folds().size() - 1);
    }

    @Test void theRendererDrawsOneLabelledBlockPerFold() {
        Tape t = tape("flood-livelock", "BASE");
        StepLog log = t.log();
        Folding f = Folding.of(log, Set.of());
        TimelineSnapshot s = AppTimeline.snapshot(t, log.size(), true, -1, null);
        double width = 1800;
        Viewport v = new Viewport(0, (width - 180) / f.display(log.size()), width, 300, 180, 40, 64, 6, log.cpuCount()).withFolding(f);
        RecordingPainter p = new RecordingPainter();
        new TimelineRenderer().paint(s, v, p);
        long labelled = f.folds().stream().filter(x -> p.hasText(x.label()) || p.hasText("×" + x.repeats())).count();
        assertThat(labelled).as("folds with a label").isPositive();
        assertThat(p.count("stroke", Tone.TEXT_ON_ACCENT)).as("a frame per fold").isEqualTo(f.folds().size());
        // the last choice is still drawn inside the plot
        assertThat(v.x(log.size())).isLessThanOrEqualTo(width + 1e-6);
    }
}

package org.panicscope.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.panicscope.engine.Choice;
import org.panicscope.model.Config;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.Scenarios;

/** Folds are real repetitions of one CPU's steps, found where a loop runs, and never overlap. */
class FoldTest {

    @Test
    void aWritersLoopFoldsIntoRepeatedIterations() {
        Scenario s = Scenarios.bundled("flood-livelock");
        Config c = Config.parse("BASE");
        StepLog log = Tape.record(s, c, s.scheduleFor(c)).log();
        int folded = 0;
        for (int cpu = 0; cpu < log.cpuCount(); cpu++) {
            List<Fold> folds = Fold.of(log, cpu, 3);
            int prevLast = -1;
            for (Fold f : folds) {
                assertThat(f.first()).isGreaterThan(prevLast);
                assertThat(f.repeats()).isGreaterThanOrEqualTo(3);
                prevLast = f.last();
                // the choices of the CPU from first to last are the body, repeated
                int k = log.firstAtOrAfter(cpu, f.first()), n = 0;
                for (; k < log.countOf(cpu) && log.indexOf(cpu, k) <= f.last(); k++, n++) {
                    int i = log.indexOf(cpu, k);
                    assertThat(log.kind(i)).isEqualTo(Choice.Kind.STEP);
                    assertThat(log.step(i)).isEqualTo(f.body().get(n % f.body().size()));
                }
                assertThat(n).isEqualTo(f.repeats() * f.body().size());
                assertThat(f.t1()).isGreaterThanOrEqualTo(f.t0());
                assertThat(f.label()).startsWith("CPU" + cpu + " ").contains("×" + f.repeats());
                folded += n;
            }
        }
        assertThat(folded).as("a flood of records is mostly loops").isGreaterThan(log.size() / 4);
    }
}

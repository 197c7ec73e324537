package org.panicscope.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.panicscope.model.Config;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.Scenarios;

/**
 * Untimed completeness per configuration: every bundled scenario, at the small sizes of
 * {@link UntimedAbstractionTest#small}, explored untimed under every named configuration, ends without a cap and
 * without a model error. Too slow for the unit suite on a 2-core machine (130 searches), so it runs with
 * {@code mvn -Pfuzz}; the unit suite covers flood-livelock under FINAL ({@link UntimedExplorationTest}) and three
 * cells in {@link UntimedAbstractionTest}.
 */
@Tag("fuzz")
class UntimedMatrixFuzzTest {

    @Test
    void everyBundledScenarioExploresCompletelyUntimedUnderEveryNamedConfiguration() {
        List<MatrixRunner.Cell> cells = new ArrayList<>();
        for (Scenario s : Scenarios.all())
            for (String c : Config.namedIds()) cells.add(new MatrixRunner.Cell(UntimedAbstractionTest.small(s.id()), Config.parse(c)));
        List<Explorer.Result> results = MatrixRunner.run(cells, new Explorer.Options(false, 5_000_000, 1_800_000),
                Runtime.getRuntime().availableProcessors(), org.panicscope.engine.Progress.NONE);
        for (Explorer.Result r : results) {
            assertTrue(r.complete(), r.scenario() + "/" + r.config() + ": " + r.stopReason());
            assertFalse(r.reaches(Verdict.ERROR), r.scenario() + "/" + r.config() + ": " + r.outcomes().get(Verdict.ERROR));
        }
    }
}

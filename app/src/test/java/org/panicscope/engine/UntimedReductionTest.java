package org.panicscope.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.panicscope.model.Config;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.Scenarios;

/**
 * The untimed reductions of docs/exploration.md: steps that are local but for their time cost (DRV2, ND2, WR1, GS4,
 * KD2) and the second and later spins of a bounded wait (NS3, NSO3, NSO5) run at once. Reduced and unreduced
 * untimed searches must reach the same outcomes, livelocks included, in the same kernel windows. The sizes are
 * small enough for the unreduced search to end, and large enough that every such step runs more than once in a
 * row (two characters per record, waits of three spins), which the bundled test sizes (one of each) would not show.
 */
class UntimedReductionTest {

    /** A bundled scenario with loops of two or three: the reduced steps repeat, and the unreduced search still ends. */
    static KernelSource loops(String id) {
        return UntimedAbstractionTest.resized(id, "-loops", new String[][] {{"G_shoot", "3"}, {"G_ipi", "3"},
                {"G_nmi_stop", "2"}, {"W", "2"}, {"C", "2"}, {"D_irq", "1"}, {"K_dump", "0"}, {"K_notif", "0"}, {"L", "2"},
                {"L_smi", "2"}, {"panicWindow", "1"}, {"U", "2"}});
    }

    /** The outcomes with their windows (as ExplorerTest's reduction test compares them). */
    private static Set<String> outcomes(Explorer.Result r) {
        Set<String> s = new TreeSet<>();
        for (Explorer.Witness w : r.outcomes().values()) s.add(w.verdict() + " " + w.window());
        for (Explorer.Witness w : r.hangs()) s.add(w.verdict() + " " + w.window());
        return s;
    }

    @Test
    void theUntimedReductionsKeepEveryOutcome() {
        Explorer.Options full = new Explorer.Options(false, 3_000_000, 600_000).withReduce(false);
        Explorer.Options reduced = new Explorer.Options(false, 3_000_000, 600_000);
        int cells = 0;
        for (Scenario s : Scenarios.all()) for (String cfg : List.of("BASE", "FINAL", "K24", "NBCON")) {
            String cell = s.id() + "/" + cfg;
            KernelSource src = loops(s.id());
            Config c = Config.parse(cfg);
            Explorer.Result f = Explorer.explore(src, c, full, Progress.NONE);
            Explorer.Result r = Explorer.explore(src, c, reduced, Progress.NONE);
            assertTrue(f.complete() && r.complete(), cell + ": " + f.stopReason() + r.stopReason());
            assertEquals(outcomes(f), outcomes(r), cell);
            assertTrue(r.states() < f.states(), cell + ": the reduction should store fewer states");
            cells++;
        }
        assertEquals(56, cells);
    }
}

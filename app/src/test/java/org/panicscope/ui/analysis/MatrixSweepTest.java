package org.panicscope.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.panicscope.engine.Explorer;
import org.panicscope.engine.Verdict;
import org.panicscope.model.Config;
import org.panicscope.scenario.Scenarios;
import org.panicscope.sweep.CellMark;
import org.panicscope.sweep.DefaultGrid;

/** The matrix with "sweep parameters": each cell robust or parameter-dependent, with the flips for its tooltip. */
class MatrixSweepTest {

    @Test void theDefaultGridMovesOneParameterAtATimeAroundTheScenariosValues() {
        var s = Scenarios.bundled("sem-lock-window");
        List<Map<String, Integer>> pts = DefaultGrid.points(s);
        assertThat(pts.getFirst()).containsEntry("K_dump", 5).containsEntry("K_notif", 2).containsEntry("W", 10);
        assertThat(pts).contains(Map.of("K_dump", 0, "K_notif", 2, "P", 1, "U", 1, "W", 10));
        // K_dump 0, 4, 6; K_notif 0, 3; P 0, 2; U 0, 2; W 9, 11; and the scenario's own point
        assertThat(pts).hasSize(12);
        for (Map<String, Integer> p : pts.subList(1, pts.size())) {
            long moved = p.entrySet().stream().filter(e -> !e.getValue().equals(pts.getFirst().get(e.getKey()))).count();
            assertThat(moved).isEqualTo(1);
        }
    }

    @Test void aCellIsMarkedRobustOrDependentWithItsFlips() {
        ExploreViewModel vm = new ExploreViewModel(Background.direct());
        var s = Scenarios.bundled("sem-lock-window");
        vm.start(s, true, List.of(Config.parse("VP"), Config.parse("FINAL+FX-TRYLOCK")), Explorer.Options.defaults(), true);
        assertThat(vm.messageProperty().get()).startsWith("Done");
        ExploreViewModel.Row vp = vm.rows().get(0), fx = vm.rows().get(1);
        assertThat(vp.sweep()).isNotNull();
        // the row's own result is the scenario's own point: (d) is not reachable there under VP
        assertThat(vp.result().hangs()).noneMatch(h -> h.window().startsWith("(d)"));
        CellMark dl = CellMark.of(vp.sweep(), Verdict.DL);
        assertThat(dl.robust()).isFalse();
        // at K_dump 0 (no dump_stack lines) and at P 0 (a store-only printk that costs no time) (d) opens
        assertThat(dl.text()).contains("Depends on parameters")
                .contains("DL(d) reachable at K_dump=0, P=0; not at the scenario's values, K_dump=4, K_dump=6")
                .contains("flips: K_dump 0 -> 4: reachable -> not").contains("flips: P 0 -> 1: reachable -> not");
        assertThat(CellMark.of(vp.sweep(), Verdict.OK_K).robust()).isTrue();
        CellMark fixed = CellMark.of(fx.sweep(), Verdict.DL);
        assertThat(fixed.robust()).isTrue();
        assertThat(fixed.text()).startsWith("Robust: DL is reachable at none of the 12 points");
    }
}

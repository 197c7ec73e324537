package org.panicscope.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.panicscope.scenario.Scenarios;
import org.panicscope.ui.FxTestSupport;
import org.panicscope.ui.session.SessionViewModel;

/** The verdict banner says what the engine decided at the position, and where the recorded run is going. */
class VerdictBannerTest {

    @Test
    void runningThenTheDeadlockWithItsReasonAndTheDesignDocsExpectation() throws Exception {
        SessionViewModel vm = new SessionViewModel();
        vm.open(Scenarios.bundled("owner-halted"));
        VerdictBanner b = FxTestSupport.onFx(() -> {
            VerdictBanner v = new VerdictBanner();
            v.show(vm.scenario(), vm.config(), vm.tape(), vm.frame());
            return v;
        });
        assertThat(b.badgeText()).isEqualTo("RUN");
        assertThat(b.reasonText()).startsWith("This schedule ends in DL").contains(vm.tape().size() + " choices");
        assertThat(b.getStyleClass()).contains("verdict-running");

        vm.toEnd();
        FxTestSupport.onFx(() -> { b.show(vm.scenario(), vm.config(), vm.tape(), vm.frame()); return null; });
        assertThat(b.badgeText()).isEqualTo("DL");
        assertThat(b.reasonText()).contains("CTS8").contains("halted");
        assertThat(b.getStyleClass()).contains("verdict-hang").doesNotContain("verdict-running");

        vm.setPreset("FINAL");
        vm.toEnd();
        FxTestSupport.onFx(() -> { b.show(vm.scenario(), vm.config(), vm.tape(), vm.frame()); return null; });
        assertThat(b.badgeText()).isEqualTo("OK-K");
        assertThat(b.getStyleClass()).contains("verdict-ok").doesNotContain("verdict-hang");
    }
}

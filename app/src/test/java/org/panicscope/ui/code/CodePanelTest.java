package org.panicscope.ui.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.panicscope.model.Config;
import org.panicscope.scenario.Scenarios;
import org.panicscope.ui.FxTestSupport;
import org.panicscope.ui.session.SessionViewModel;

/** The code panel shows the step list of the function a CPU is in, the current step, and the patches' lines. */
class CodePanelTest {

    @Test
    void theSpinnerOfTheDeadlockIsAtCts8AndFinalShowsPatch2sLine() throws Exception {
        SessionViewModel vm = new SessionViewModel();
        vm.open(Scenarios.bundled("owner-halted"));
        vm.toEnd();
        CodePanel p = FxTestSupport.onFx(() -> {
            CodePanel panel = new CodePanel();
            panel.show(vm.frame().kernel().cpu(0), vm.config());
            return panel;
        });
        assertThat(p.headlineText()).startsWith("CPU0").contains("spinning on console_waiter");
        assertThat(p.currentStep()).isEqualTo("CTS8");
        // console_trylock_spinning's listing names the patch that adds CTS2, on or off
        assertThat(p.patches()).containsExactly("P2/VP/VS");

        CodePanel halted = FxTestSupport.onFx(() -> {
            CodePanel panel = new CodePanel();
            panel.show(vm.frame().kernel().cpu(1), Config.parse("BASE"));
            return panel;
        });
        assertThat(halted.headlineText()).startsWith("CPU1").contains("HALTED at");
        assertThat(halted.currentStep()).isNotNull();
        assertThat(halted.getPseudoClassStates()).anyMatch(pc -> pc.getPseudoClassName().equals("halted"));
    }
}

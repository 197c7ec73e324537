package org.panicscope.ui.state;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.panicscope.scenario.Scenarios;
import org.panicscope.ui.FxTestSupport;
import org.panicscope.ui.session.SessionViewModel;

/** The CPU card shows each CPU's status, IRQ state, pending interrupts and step, from the frame. */
class CpuCardTest {

    @Test
    void atTheEndOfBaseCpu0SpinsAndCpu1IsHalted() throws Exception {
        SessionViewModel vm = new SessionViewModel();
        vm.open(Scenarios.bundled("owner-halted"));
        vm.toEnd();
        CpuCard card = FxTestSupport.onFx(() -> {
            StatePanels panels = new StatePanels();
            panels.show(vm.frame());
            return panels.card(CpuCard.class);
        });
        assertThat(card.cell(0, 0)).isEqualTo("CPU0");
        assertThat(card.cell(0, 1)).isEqualTo("SPIN console_waiter");
        assertThat(card.cell(0, 5)).isEqualTo("CTS8");
        assertThat(card.cell(1, 1)).isEqualTo("HALTED");
        assertThat(card.cell(1, 5)).isEqualTo(vm.frame().kernel().cpu(1).pc().id());

        vm.seek(0);
        FxTestSupport.onFx(() -> { card.show(vm.frame()); return null; });
        assertThat(card.cell(0, 1)).isEqualTo("RUN");
        assertThat(card.cell(1, 1)).isEqualTo("RUN");
        assertThat(card.cell(0, 2)).isEqualTo("on");
    }
}

package org.panicscope.recording;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.panicscope.engine.Releaser;
import org.panicscope.engine.Run;
import org.panicscope.model.Config;
import org.panicscope.model.Cpu;
import org.panicscope.model.CpuStatus;
import org.panicscope.model.Kernel;
import org.panicscope.model.Resource;
import org.panicscope.model.Step;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.Scenarios;

/** Who a spinner waits for is the engine's one rule, wherever it is shown. */
class WaitForTest {

    /**
     * Between SD2 (console_owner cleared) and SD5 (console_waiter cleared) a spinner on console_waiter waits for
     * the CPU about to hand over; the app once said "nobody holds it" there while the verdict named that CPU.
     */
    @Test
    void aSpinnerOnConsoleWaiterWaitsForTheCpuBetweenSd2AndSd5() {
        int seen = 0;
        for (Scenario s : Scenarios.all()) {
            for (String c : Config.namedIds()) {
                Config cf = Config.parse(c);
                Tape t = Tape.record(s, cf, s.scheduleFor(cf));
                for (int p = 0; p <= t.size(); p++) {
                    Run run = t.runAt(p);
                    Kernel k = run.kernel();
                    if (k.consoleOwner() != Kernel.INVALID || !k.consoleWaiter()) continue;
                    int handing = -1;
                    for (int i = 0; i < k.cpuCount(); i++) if (k.cpu(i).pc() == Step.SD3 || k.cpu(i).pc() == Step.SD5) handing = i;
                    if (handing < 0) continue;
                    for (WaitFor w : WaitFor.of(k)) {
                        if (w.resource() != Resource.CONSOLE_WAITER) continue;
                        seen++;
                        assertThat(w.holder()).as(s.id() + " " + c + " at " + p).isEqualTo(handing);
                        assertThat(w.text()).contains("held by CPU" + handing);
                    }
                }
                if (seen > 20) return;
            }
        }
        assertThat(seen).as("positions between SD2 and SD5 with a waiter spinning").isPositive();
    }

    @Test
    void aSpinnerOnAFreeLockIsNotShownWaitingForAnyone() {
        Scenario s = Scenarios.bundled("owner-halted");
        Tape t = Tape.record(s, Config.parse("BASE"), s.scheduleFor(Config.parse("BASE")));
        Kernel k = t.runAt(t.size()).kernel();
        for (int i = 0; i < k.cpuCount(); i++) {
            Cpu c = k.cpu(i);
            if (c.status() != CpuStatus.SPIN) assertThat(Releaser.of(k, c)).isEqualTo(Releaser.FREE);
        }
        // BASE ends in the deadlock: CPU0 spins on console_waiter and its owner, CPU1, is halted
        WaitFor w = WaitFor.of(k).getFirst();
        assertThat(w.spinner()).isZero();
        assertThat(w.holder()).isEqualTo(1);
        assertThat(w.holderStopped()).isTrue();
    }
}

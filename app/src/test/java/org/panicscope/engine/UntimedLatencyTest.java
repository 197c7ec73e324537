package org.panicscope.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.panicscope.model.Config;
import org.panicscope.model.Cpu;
import org.panicscope.model.Kernel;
import org.panicscope.model.Params;
import org.panicscope.model.Resource;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.Scenarios;

/**
 * Untimed, an interrupt's latency bound D_irq counts the target CPU's own steps (docs/schedule.md): once the panic
 * CPU has sent the crash NMI, CPU1 may take at most D_irq more steps, however many steps the sender took before.
 */
class UntimedLatencyTest {

    private static Kernel kernel(String scenario, int dIrq) {
        Scenario s = Scenarios.bundled(scenario);
        return kernel(s, s.params().with("D_irq", dIrq), Config.parse("FINAL"));
    }

    /** A kernel of {@code s}'s CPUs with other parameters. */
    static Kernel kernel(Scenario s, Params params, Config config) {
        Cpu.Program[] programs = new Cpu.Program[s.cpus().size()];
        Resource[] locks = new Resource[programs.length];
        for (int i = 0; i < programs.length; i++) {
            programs[i] = s.cpus().get(i).program();
            locks[i] = s.cpus().get(i).lock();
        }
        return new Kernel(params, config, programs, locks, s.triggerCpu());
    }

    private static Run replay(int dIrq, String schedule) {
        Run run = new Run(kernel("flood-livelock", dIrq), false, Run.Mode.REPLAY, false);
        return Scheduler.drive(run, new ReplayScheduler(Schedule.parse(schedule), true));
    }

    @Test
    void withNoLatencyTheTargetCannotStepAfterTheNmiWasSent() {
        // the example: CPU0 has taken 40+ steps when it sends the NMI, CPU1 none; D_irq 0 must stop CPU1 at once
        var e = assertThrows(ReplayScheduler.ImpossibleSchedule.class, () -> replay(0, "untimed: 0*40 p0 0@NS3 1*20 n1"));
        // replay delivers the overdue NMI before CPU1's first step (catch-up), so CPU1 is halted when the token applies
        assertTrue(e.getMessage().contains("CPU1 is halted"), e.getMessage());
        assertTrue(e.getMessage().contains("'1*20'"), e.getMessage());
        assertTrue(replay(0, "untimed: 0*40 p0 0@NS3 n1").finished());
    }

    @Test
    void theTargetMayTakeExactlyDIrqStepsBeforeItsNmiIsForced() {
        for (int d : new int[] {1, 3, 7}) {
            Run ok = replay(d, "untimed: 0*40 p0 0@NS3 1*" + d + " n1");
            assertTrue(ok.finished(), "D_irq " + d);
            int dd = d;
            assertThrows(ReplayScheduler.ImpossibleSchedule.class, () -> replay(dd, "untimed: 0*40 p0 0@NS3 1*" + (dd + 1) + " n1"),
                    "D_irq " + d + ": CPU1 took one step more than its bound");
        }
    }

    @Test
    void theSendersStepsDoNotUseUpTheTargetsLatency() {
        // the sender runs on for many steps after the send: CPU1 still has its whole bound
        Run run = new Run(kernel("flood-livelock", 3), false, Run.Mode.REPLAY, false);
        Scheduler.drive(run, new ReplayScheduler(Schedule.parse("untimed: 0*40 p0 0@NS3"), false));
        Cpu cpu1 = run.kernel().cpu(1);
        assertEquals(Cpu.NmiKind.CRASH, cpu1.pendingNmi());
        for (int i = 0; i < 50 && run.isEnabled(Choice.step(0)); i++) run.apply(Choice.step(0));
        for (int i = 0; i < 3; i++) run.apply(Choice.step(1));
        assertTrue(run.forcedInterrupt(1));
        assertTrue(!run.isEnabled(Choice.step(1)) && run.isEnabled(Choice.nmi(1)));
    }
}

package org.panicscope.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.panicscope.model.Config;
import org.panicscope.model.Step;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.Scenarios;

class ScheduleTest {

    @Test
    void parsesEveryTokenKindRepeatsUntilAndCycle() {
        Schedule s = Schedule.parse("untimed: 1*3, n1 i0 p0 s1 1@CU9 (0 1)*");
        assertTrue(s.untimed());
        assertEquals(List.of(
                new Schedule.Item(Choice.step(1), 3, null),
                new Schedule.Item(Choice.nmi(1), 1, null),
                new Schedule.Item(Choice.ipi(0), 1, null),
                new Schedule.Item(Choice.panic(0), 1, null),
                new Schedule.Item(Choice.stall(1), 1, null),
                new Schedule.Item(Choice.step(1), 1, Step.CU9)), s.items());
        assertEquals(List.of(new Schedule.Item(Choice.step(0), 1, null), new Schedule.Item(Choice.step(1), 1, null)), s.cycle());
        assertEquals("untimed: 1*3 n1 i0 p0 s1 1@CU9 (0 1)*", s.toString());
        assertEquals(s, Schedule.parse(s.toString()));
    }

    @Test
    void compressesRunsOfTheSameChoice() {
        assertEquals("0*3 1 n1", Schedule.of(List.of(Choice.step(0), Choice.step(0), Choice.step(0), Choice.step(1), Choice.nmi(1))).toString());
    }

    @Test
    void malformedSchedulesNameTheColumnAndTheProblem() {
        assertEquals("bad schedule at column 3: expected a CPU digit 0-9 or n/i/p/s followed by one, found 'x' in \"0 x\"",
                assertThrows(IllegalArgumentException.class, () -> Schedule.parse("0 x")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Schedule.parse("1@CU99")).getMessage()
                .contains("column 3: unknown step id 'CU99'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Schedule.parse("1*")).getMessage().contains("expected a repeat count"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Schedule.parse("(0 1")).getMessage().contains("never closed"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Schedule.parse("(0)* 1")).getMessage().contains("nothing may follow"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Schedule.parse("n")).getMessage().contains("after 'n'"));
    }

    @Test
    void anImpossibleTokenIsReportedWithItsReason() {
        Scenario s = Scenarios.bundled("owner-halted");
        ReplayScheduler.ImpossibleSchedule e = assertThrows(ReplayScheduler.ImpossibleSchedule.class,
                () -> s.replay(Config.parse("BASE"), Schedule.parse("n1"), false, false));
        assertEquals("impossible schedule: token 'n1' (item 1) cannot apply after 0 choices: CPU1 has no pending NMI", e.getMessage());
        assertTrue(assertThrows(ReplayScheduler.ImpossibleSchedule.class,
                () -> s.replay(Config.parse("BASE"), Schedule.parse("5"), false, false)).getMessage().contains("there is no CPU5"));
        assertTrue(assertThrows(ReplayScheduler.ImpossibleSchedule.class,
                () -> s.replay(Config.parse("BASE"), Schedule.parse("p1"), false, false)).getMessage().contains("not the CPU that panics"));
    }

    @Test
    void aLivelockCycleIsRecognisedWhenTheStateRepeats() {
        Scenario s = Scenarios.bundled("flood-livelock");
        Config vp = Config.parse("VP");
        Run ll = s.replay(vp, s.scheduleFor(vp), false, false);
        assertEquals(Verdict.LL, ll.outcome().verdict());
        // Find a repeating stretch of the run's own choices: replay its prefix and then a period of it as a cycle.
        List<Choice> h = ll.history();
        int start = h.size() / 2;
        for (int period = 1; period < 400; period++) {
            Schedule cyc = Schedule.of(h.subList(0, start), h.subList(start, start + period));
            Run r;
            try {
                r = s.replay(vp, cyc, false, false);
            } catch (ReplayScheduler.ImpossibleSchedule e) {
                continue;
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (r.outcome().verdict() == Verdict.LL && r.outcome().reason().startsWith("the state repeats")) return;
        }
        throw new AssertionError("no period of the VP flood repeats the state");
    }
}

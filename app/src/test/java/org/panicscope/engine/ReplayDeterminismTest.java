package org.panicscope.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.panicscope.model.Config;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.Scenarios;

/** A run's schedule string replays it exactly: the same trace, byte for byte, and the same verdict. */
class ReplayDeterminismTest {

    static Stream<Arguments> runs() {
        List<Arguments> l = new ArrayList<>();
        for (Scenario s : Scenarios.all())
            for (Config c : Config.matrix()) l.add(Arguments.of(s.id(), c.name()));
        return l.stream();
    }

    private static String lines(Run r) {
        StringBuilder b = new StringBuilder();
        for (TraceEvent e : r.trace()) b.append(e.line()).append('\n');
        return b.append(r.outcome()).toString();
    }

    @ParameterizedTest(name = "{0} under {1}")
    @MethodSource("runs")
    void scheduleStringReplaysTheRunByteForByte(String id, String config) {
        Scenario s = Scenarios.bundled(id);
        Config c = Config.parse(config);
        Run first = s.replay(c, s.scheduleFor(c), false, true);
        Run again = s.replay(c, s.scheduleFor(c), false, true);
        assertEquals(lines(first), lines(again), "two runs of the same schedule differ");

        String printed = first.schedule().toString();
        assertFalse(printed.isBlank());
        Run replayed = s.replay(c, Schedule.parse(printed), false, true);
        assertEquals(lines(first), lines(replayed), "replaying the printed schedule gives another run");
        assertEquals(first.history(), replayed.history());
        assertEquals(printed, replayed.schedule().toString());
    }
}

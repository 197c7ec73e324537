package org.panicscope.model;

import org.panicscope.engine.Run;
import org.panicscope.engine.Schedule;
import org.panicscope.engine.TraceEvent;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.ScenarioException;
import org.panicscope.scenario.ScenarioLoader;

/** Builds small scenarios for unit tests of single kernel functions. */
final class Fixture {
    private Fixture() { }

    static Scenario scenario(String cpus, String params) {
        String json = "{\"id\":\"t\",\"title\":\"t\",\"description\":\"t\",\"cpus\":[" + cpus + "],\"params\":{" + params + "}}";
        try {
            return ScenarioLoader.parse(json, "fixture.json", "test");
        } catch (ScenarioException e) {
            throw new AssertionError(e.getMessage());
        }
    }

    static Run run(Scenario s, String config, String schedule) {
        return s.replay(Config.parse(config), Schedule.parse(schedule), false, true);
    }

    /** The trace index (1-based) of the first event of {@code step} on {@code cpu}, or -1. */
    static int first(Run r, int cpu, String step) {
        for (TraceEvent e : r.trace()) if (e.cpu() == cpu && e.step().equals(step)) return e.index();
        return -1;
    }

    static boolean ran(Run r, String step) {
        return r.trace().stream().anyMatch(e -> e.step().equals(step));
    }
}

package org.panicscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.panicscope.engine.Budget;
import org.panicscope.engine.Verdict;
import org.panicscope.model.Config;
import org.panicscope.recording.Tape;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.ScenarioLoader;

/** An export's recording is driven within the command line's budget, and the app-style picture draws that one. */
class RecordingBudgetTest {
    @Test
    void anExportsRecordingKeepsItsBudget() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("src/test/resources/bounds/endless.json"));
        Budget b = new Budget(2500, Budget.Heap.RUNTIME);
        Tape r = Tape.replay(s, Config.parse("BASE"), s.schedule(), true, b, org.panicscope.engine.Progress.NONE);
        assertSame(b, r.budget());
        assertEquals(Verdict.NO_VERDICT, r.outcome().verdict());
        assertEquals(2500, r.size());
        assertEquals(2500, r.entries().size());
    }
}

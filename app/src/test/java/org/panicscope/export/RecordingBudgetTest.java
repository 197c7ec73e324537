package org.panicscope.export;

import org.panicscope.picture.AppTimeline;
import org.panicscope.recording.Recording;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.panicscope.engine.Budget;
import org.panicscope.engine.Verdict;
import org.panicscope.model.Config;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.ScenarioLoader;

/** An export's recording and the app-style tape re-recorded from it are driven within the same budget. */
class RecordingBudgetTest {
    @Test
    void theAppStyleTapeKeepsTheRecordingsBudget() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("src/test/resources/bounds/endless.json"));
        Budget b = new Budget(2500, Budget.Heap.RUNTIME);
        Recording r = Recording.replay(s, Config.parse("BASE"), s.schedule(), true, true, b, org.panicscope.engine.Progress.NONE);
        assertSame(b, r.budget());
        assertEquals(Verdict.NO_VERDICT, r.outcome().verdict());
        assertEquals(2500, r.entries().size());
        var tape = AppTimeline.tape(r);
        assertEquals(2500, tape.size());
        assertEquals(Verdict.NO_VERDICT, tape.outcome().verdict());
    }
}

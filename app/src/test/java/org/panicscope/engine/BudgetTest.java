package org.panicscope.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.panicscope.model.Config;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.ScenarioLoader;
import org.panicscope.scenario.Scenarios;

/** The one drive loop: a used-up budget (choices or heap) is a NO-VERDICT outcome, never an exception. */
class BudgetTest {
    static Scenario endless() throws Exception {
        return ScenarioLoader.load(Path.of("src/test/resources/bounds/endless.json"));
    }

    @Test
    void aRunStopsAtItsChoiceBudgetWithNoVerdict() throws Exception {
        Scenario s = endless();
        Run r = s.replay(Config.parse("BASE"), s.schedule(), false, false, new Budget(3000, Budget.Heap.RUNTIME));
        assertEquals(Verdict.NO_VERDICT, r.outcome().verdict());
        assertEquals(3000, r.history().size());
        assertTrue(r.outcome().reason().startsWith("no verdict within 3000 choices: "), r.outcome().reason());
        assertEquals("choice budget", r.outcome().cause());
    }

    @Test
    void aRunWithAVerdictInsideTheBudgetIsUnchanged() {
        Scenario s = Scenarios.bundled("owner-halted");
        Run free = s.replay(Config.parse("BASE"), s.schedule(), false, false);
        Run tight = s.replay(Config.parse("BASE"), s.schedule(), false, false,
                new Budget(free.history().size(), Budget.Heap.RUNTIME));
        assertEquals(Verdict.DL, tight.outcome().verdict());
        assertEquals(free.schedule(), tight.schedule());
        Run oneShort = s.replay(Config.parse("BASE"), s.schedule(), false, false,
                new Budget(free.history().size() - 1, Budget.Heap.RUNTIME));
        assertEquals(Verdict.NO_VERDICT, oneShort.outcome().verdict());
    }

    @Test
    void theHeapGuardStopsARunWithAMessageNamingTheOption() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        Budget.Heap full = () -> asked.incrementAndGet() < 2 ? null : "the heap is nearly full (test); " + Budget.heapHint();
        Scenario s = endless();
        Run r = s.replay(Config.parse("BASE"), s.schedule(), false, false, new Budget(1_000_000, full));
        assertEquals(Verdict.NO_VERDICT, r.outcome().verdict());
        assertEquals(2 * Budget.HEAP_CHECK_EVERY, r.history().size());
        assertEquals("heap", r.outcome().cause());
        assertTrue(r.outcome().reason().contains("PANICSCOPE_JAVA_OPTIONS=-Xmx"), r.outcome().reason());
    }

    @Test
    void trialsCountRunsWithoutAVerdictPerTrial() {
        Scenario s = Scenarios.bundled("owner-halted");
        Trials.Result r = Trials.run(s, Config.parse("BASE"), 20, 1, 1, 3, new Budget(5, Budget.Heap.RUNTIME), Trials.Progress.NONE);
        assertEquals(20, r.outcomes().get(Verdict.NO_VERDICT));
        assertEquals(0, r.hangs());
        assertEquals(Verdict.NO_VERDICT, r.firstHangs().getFirst().verdict());
    }

    @Test
    void aBudgetBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Budget(0, Budget.Heap.RUNTIME));
    }
}

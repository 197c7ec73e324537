package org.panicscope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.panicscope.model.Fixture.first;
import static org.panicscope.model.Fixture.scenario;
import static org.panicscope.model.KernelFunctionsTest.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.panicscope.engine.Run;
import org.panicscope.engine.TraceEvent;
import org.panicscope.engine.Verdict;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.Scenarios;

/**
 * The acquire paths of nbcon_context_try_acquire() and the panic-time flushes (kernel/printk/nbcon.c @ 571c1ea91a73),
 * one behaviour at a time, observed through the engine (model-notes, nbcon section).
 */
class NbconFunctionsTest {

    static final String PRINTER = "{\"program\":\"panic\"},{\"program\":\"printer\"}";

    @Test
    void theprinterThreadAcquiresAFreeConsoleDirectlyAtNormalPriority() {
        Scenario s = scenario(PRINTER, "\"backlog\":2,\"panicAt\":1000");
        Kernel k = only(s, "NBCON", "1@ND2").kernel();
        NbconConsole n = k.nbcon();
        assertEquals(NbconConsole.PRIO_NORMAL, n.prio());
        assertEquals(1, n.ownerCpu());
        assertTrue(n.unsafe(), "ND1 entered the driver's unsafe section");
        Kernel done = only(s, "NBCON", "1@ND2 1@NK1 1@ND2 1@NK1").kernel();
        assertEquals(2, done.nbcon().seq(), "two records printed and counted");
        assertEquals(NbconConsole.PRIO_NONE, done.nbcon().prio(), "released after each record");
    }

    @Test
    void aHandOverRequestWaitsTHandoverUnitsThenIsRemovedAndTheHostilePathRefuses() {
        Scenario s = scenario(PRINTER, "\"backlog\":2,\"W\":40,\"T_handover\":3");
        Run atWait = only(s, "NBCON", "1@ND2 p0 0@NB3");
        assertEquals(NbconConsole.PRIO_PANIC, atWait.kernel().nbcon().reqPrio(), "NB2 set req_prio = PANIC");
        long start = atWait.kernel().cpu(0).clock();
        Run after = only(s, "NBCON", "1@ND2 p0 0@NB3 0@NB5 0@NF2");
        Kernel k = after.kernel();
        assertEquals(start + 3, k.cpu(0).clock(), "the wait lasted T_handover time units");
        assertEquals(NbconConsole.PRIO_NONE, k.nbcon().reqPrio(), "NB4 removed the request");
        assertEquals(1, k.nbcon().ownerCpu(), "not taken over: allow_unsafe_takeover is only set by the final flush");
        assertEquals(NbconConsole.PRIO_NORMAL, k.nbcon().prio());
    }

    @Test
    void anOwnerThatLeavesItsUnsafeSectionWhileARequestIsUpHandsTheConsoleOver() {
        // a long wait (T_handover 30 > W 13): CPU1 reaches nbcon_exit_unsafe() at ND3 while req_prio is set
        Scenario s = scenario(PRINTER, "\"backlog\":2,\"W\":13,\"T_handover\":30");
        Run r = only(s, "NBCON", "1@ND2 p0 0@NB3 0@NF3");
        NbconConsole n = r.kernel().nbcon();
        assertEquals(NbconConsole.PRIO_PANIC, n.prio());
        assertEquals(0, n.ownerCpu(), "CPU0 took the console in NB3 (nbcon_context_try_acquire_requested)");
        assertTrue(first(r, 1, "ND3") > 0 && first(r, 1, "ND3") < r.trace().size());
        assertFalse(r.kernel().degraded());
    }

    @Test
    void anOwnerHaltedInASafeStateIsTakenOverDirectly() {
        Scenario s = Scenarios.bundled("nbcon-safe-takeover");
        Run r = s.replay(Config.parse("NBCON"), s.schedule(), false, true);
        assertEquals(Verdict.OK_R, r.outcome().verdict(), r.outcome().reason());
        TraceEvent halt = r.trace().stream().filter(e -> e.cpu() == 1 && e.step().equals("NH3")).findFirst().orElseThrow();
        TraceEvent take = r.trace().stream().filter(e -> e.index() > halt.index() && e.cpu() == 0 && e.step().equals("NB1")
                && e.changes().contains("prio=PANIC, cpu=CPU0")).findFirst().orElseThrow();
        assertTrue(take.changes().contains("{prio=NORMAL, cpu=CPU1, req_prio=NONE, unsafe=false"),
                "the halted owner still held the console, in a safe state: " + take.changes());
    }

    @Test
    void onlyTheFinalFlushTakesAnUnsafeConsoleHostilely() {
        Scenario s = Scenarios.bundled("nbcon-unsafe-takeover");
        Run r = s.replay(Config.parse("NBCON"), s.schedule(), false, true);
        assertEquals(Verdict.OK_D, r.outcome().verdict());
        assertTrue(r.kernel().degradations().contains(Kernel.Degradation.UNSAFE_TAKEOVER));
        assertTrue(r.kernel().nbcon().unsafeTakeover(), "the console stays marked unsafe_takeover");
        List<TraceEvent> takes = r.trace().stream().filter(e -> e.step().equals("NB5") && e.changes().contains("prio=PANIC")).toList();
        assertEquals(1, takes.size(), "one hostile takeover");
        int pn16 = first(r, 0, "PN16");
        assertTrue(pn16 > 0 && takes.get(0).index() > pn16, "it happened in nbcon_atomic_flush_unsafe() at the end of panic()");
        long printedBefore = r.trace().stream().filter(e -> e.index() < pn16 && e.cpu() == 0 && e.step().equals("ND3")).count();
        assertEquals(0, printedBefore, "no record reached the console from the panic CPU before the final flush");
    }

    @Test
    void otherCpuInPanicKeepsThePrinterThreadOut() {
        Scenario s = Scenarios.bundled("nbcon-safe-takeover");
        Run r = s.replay(Config.parse("NBCON"), s.schedule(), false, true);
        int panicAt = first(r, 0, "PN2");
        assertFalse(r.trace().stream().anyMatch(e -> e.index() > panicAt && e.cpu() == 1 && e.step().equals("NB1")
                && e.changes().contains("nbcon_state")), "after panic_cpu was set CPU1's acquire never changed the state");
    }

    @Test
    void anEmergencySectionFlushesAtEmergencyPriority() {
        Scenario s = scenario("{\"program\":\"panic\"},{\"program\":\"writer\"}", "\"writerEmergency\":true,\"writerLines\":1,\"panicAt\":1000");
        Run r = only(s, "NBCON", "1@ND2");
        assertEquals(NbconConsole.PRIO_EMERGENCY, r.kernel().nbcon().prio());
        assertEquals(1, r.kernel().cpu(1).emergencyNesting());
        Run plain = only(scenario("{\"program\":\"panic\"},{\"program\":\"writer\"}", "\"writerLines\":1,\"panicAt\":1000"), "NBCON", "1@IDLE");
        assertEquals(0, plain.kernel().nbcon().seq(), "a NORMAL printk leaves the record to the printer thread");
    }

    @Test
    void inTheMixedSystemTheLegacyConsoleWaitsForLegacyAllowPanicSyncAndThenHangs() {
        Scenario s = Scenarios.bundled("nbcon-mixed-sem-lock");
        Run r = s.replay(Config.parse("NBCON"), s.schedule(), true, true);
        assertEquals(Verdict.DL, r.outcome().verdict(), r.outcome().reason());
        int allow = first(r, 0, "PN8c");
        assertTrue(allow > 0);
        int panicAt = first(r, 0, "PN2");
        assertFalse(r.trace().stream().anyMatch(e -> e.cpu() == 0 && e.index() > panicAt && e.index() < allow && e.step().equals("VE4")),
                "no legacy printing from the panic CPU before printk_legacy_allow_panic_sync()");
        assertTrue(r.trace().stream().anyMatch(e -> e.cpu() == 0 && e.index() < allow && e.step().equals("ND3")),
                "the nbcon console printed the panic messages before the stop");
        assertTrue(r.kernel().cpu(0).inStep(Step.PN8c), "the hang is in printk_legacy_allow_panic_sync()");
        assertEquals(Step.DT1, r.kernel().cpu(0).pc());
    }
}

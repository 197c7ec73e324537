package org.panicscope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.panicscope.model.Fixture.first;
import static org.panicscope.model.Fixture.ran;
import static org.panicscope.model.Fixture.run;
import static org.panicscope.model.Fixture.scenario;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.panicscope.engine.Choice;
import org.panicscope.engine.Run;
import org.panicscope.engine.Schedule;
import org.panicscope.engine.TraceEvent;
import org.panicscope.engine.Verdict;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.Scenarios;

/** The kernel functions of design doc §4, one behaviour at a time, observed through the engine. */
class KernelFunctionsTest {

    static final String WRITER = "{\"program\":\"panic\"},{\"program\":\"writer\"}";

    /** Runs a schedule and returns the run, stopped there (no default continuation). */
    static Run only(Scenario s, String config, String schedule) {
        Run r = s.newRun(Config.parse(config), true, false, true);
        org.panicscope.engine.Scheduler.drive(r, new org.panicscope.engine.ReplayScheduler(Schedule.parse(schedule), false));
        return r;
    }

    @Test
    void printkStoresThenTakesConsoleSemAndPrintsEveryPendingRecord() {
        Scenario s = scenario(WRITER, "\"writerLines\":1,\"backlog\":2");
        Run r = only(s, "BASE", "1@CU13");
        Kernel k = r.kernel();
        assertEquals(3, k.ringBuffer().nextSeq(), "two backlog records and one kmsg line stored");
        assertEquals(3, k.consoleSeq(), "console_unlock printed all three before CU13");
        assertEquals(0, k.semCount(), "console_sem is still held before up()");
        assertEquals(1, k.semHolder());
        Run done = only(s, "BASE", "1@IDLE");
        assertEquals(1, done.kernel().semCount(), "up() released console_sem");
        assertEquals(3, done.kernel().printed());
    }

    @Test
    void downTrylockFailsWhenTheCountIsZeroAndReleasesSemLock() {
        Scenario s = scenario(WRITER, "\"panicAt\":1000");
        Run r = only(s, "BASE", "1@DRV2 p0 0@CT5");
        Kernel k = r.kernel();
        assertEquals(0, k.semCount());
        assertFalse(k.semLock().held(), "DT3 released sem->lock");
        assertEquals(1, k.semHolder(), "CPU1 still owns console_sem");
    }

    @Test
    void anNmiAtDT2LeavesSemLockHeldForever() {
        Scenario s = Scenarios.bundled("sem-lock-window");
        Run r = s.replay(Config.parse("FINAL"), Schedule.parse("1@DRV2 p0 0@NS3 1@UP3 n1"), false, true);
        assertEquals(Verdict.DL, r.outcome().verdict());
        Kernel k = r.kernel();
        assertEquals(1, k.semLock().holder());
        assertEquals(CpuStatus.HALTED, k.cpu(1).status());
        assertEquals(Step.UP3, k.cpu(1).pc());
        assertEquals(Resource.SEM_LOCK, k.cpu(0).spinOn());
        assertEquals("CPU0 spins in DT1 on console_sem.lock; the holder CPU1 is halted (at UP3)", r.outcome().reason());
    }

    @Test
    void optimisticSpinningHandsConsoleSemOverAtTheNextRecordBoundary() {
        Run r = run(Scenarios.bundled("owner-halted"), "BASE", "1@DRV2 p0");
        int waiter = first(r, 0, "CTS8");
        int handover = -1, taken = -1;
        for (TraceEvent e : r.trace()) {
            if (handover < 0 && e.cpu() == 1 && e.step().equals("SD5")) handover = e.index();
            if (handover > 0 && taken < 0 && e.cpu() == 0 && e.step().equals("CTS9")) taken = e.index();
        }
        assertTrue(waiter > 0 && handover > waiter && taken > handover, "CTS8 spin, SD5 hand-over, CTS9 in that order");
        TraceEvent sd5 = r.trace().get(handover - 1);
        assertTrue(sd5.changes().contains("console_waiter true->false"), sd5.line());
    }

    @Test
    void consoleUnlockCountsGapsAndPatch3SuppressesAfterMoreThanTenDropEvents() {
        Scenario s = Scenarios.bundled("flood-livelock");
        Run p123 = s.replay(Config.parse("P123"), s.schedule(), false, true);
        assertEquals(Verdict.OK_K, p123.outcome().verdict());
        assertTrue(p123.kernel().suppressPanicPrintk());
        assertEquals(12, countGapEventsUntilSuppression(p123), "suppressed at the 12th gap event (old > 10)");
        Run p12 = s.replay(Config.parse("P12"), s.schedule(), false, false);
        assertEquals(Verdict.LL, p12.outcome().verdict());
        assertFalse(p12.kernel().suppressPanicPrintk());
        assertTrue(p12.kernel().consoleDropped() >= 0 && p12.kernel().degradations().contains(Kernel.Degradation.RECORDS_LOST));
    }

    private static int countGapEventsUntilSuppression(Run r) {
        int gaps = 0;
        for (TraceEvent e : r.trace()) {
            if (e.step().equals("CU4") && e.changes().contains("panic_console_dropped")) gaps++;
            if (e.changes().contains("suppress_panic_printk false->true")) return gaps;
        }
        return -1;
    }

    @Test
    void ringBufferOverwritesTheOldestRecordWhenFull() {
        Scenario s = scenario("{\"program\":\"panic\"},{\"program\":\"idle\"}", "\"C\":4,\"backlog\":4,\"panicAt\":1000");
        Kernel k = s.newKernel(Config.parse("BASE"));
        assertEquals(0, k.ringBuffer().firstSeq());
        assertEquals(4, k.ringBuffer().nextSeq());
        Run r = only(s, "BASE", "p0 0@PN6");
        assertEquals(1, r.kernel().ringBuffer().firstSeq(), "the panic line pushed the oldest record out");
    }

    @Test
    void panicOnASecondCpuSelfStops() {
        Scenario s = scenario("{\"program\":\"panic\"},{\"program\":\"oops\"}", "\"panicAt\":1000");
        Run r = only(s, "BASE", "1@PN4 0*3 p0 0@PN4");
        assertEquals(CpuStatus.SELF_STOPPED, r.kernel().cpu(0).status(), "CPU0 found panic_cpu taken at PN3");
        assertEquals(1, r.kernel().panicCpu());
    }

    @Test
    void crashKexecOnTheOopsPathSetsAndResetsPanicCpu() {
        Scenario s = scenario("{\"program\":\"oops\"},{\"program\":\"idle\"}", "");
        Run r = only(s, "BASE", "0@PN1");
        assertEquals(Kernel.INVALID, r.kernel().panicCpu(), "CK1 reset panic_cpu after __crash_kexec returned");
        assertTrue(ran(r, "KX1") && ran(r, "KX3"));
    }

    @Test
    void rebootIpiLandsOnlyWhereIrqsAreOnAndTheGraceEndsWithAnNmi() {
        Scenario s = scenario("{\"program\":\"panic\"},{\"program\":\"lock-holder\",\"lock\":\"gsmi_lock\"}", "\"L\":500");
        Run r = run(s, "BASE", "1@LH2");
        // CPU1 keeps IRQs off for 500 time units: the REBOOT IPI cannot land, the 1 s grace (G_ipi) runs out,
        // native_stop_other_cpus prints "Shutting down cpus with NMI" and the stop NMI halts CPU1 holding gsmi_lock.
        assertFalse(r.trace().stream().anyMatch(e -> e.choice().kind() == Choice.Kind.IPI));
        assertTrue(ran(r, "NSO4") && ran(r, "SN"));
        int nso3 = (int) r.trace().stream().filter(e -> e.step().equals("NSO3")).count();
        assertEquals(s.params().G_ipi + 1, nso3, "the grace is G_ipi time units");
        assertEquals(CpuStatus.HALTED, r.kernel().cpu(1).status());
        assertEquals(1, r.kernel().gsmiLock().holder());
    }

    @Test
    void rebootIpiWithinTheGraceLetsTheLockGo() {
        Scenario s = Scenarios.bundled("gsmi-lock");
        Config c = Config.parse("BASE");
        Run r = s.newRun(c, true, false, true);
        // the same scenario through the REBOOT-IPI path (crash_kexec_post_notifiers=0)
        Scenario ipi = scenario("{\"program\":\"panic\"},{\"program\":\"lock-holder\",\"lock\":\"gsmi_lock\"}", "\"gsmiNotifier\":true");
        Run ok = run(ipi, "BASE", "1@LH2 p0");
        assertEquals(Verdict.OK_R, ok.outcome().verdict(), ok.outcome().reason());
        assertTrue(ran(ok, "RV"));
        assertFalse(r.finished());
    }

    @Test
    void gsmiTrylockSkipsLoggingWhenTheLockIsHeld() {
        Scenario s = Scenarios.bundled("gsmi-lock");
        Run fixed = s.replay(Config.parse("FINAL+GSMI-TRYLOCK"), s.schedule(), false, true);
        assertEquals(Verdict.OK_D, fixed.outcome().verdict());
        assertTrue(fixed.kernel().degradations().contains(Kernel.Degradation.NOTIFIER_SKIPPED));
        Run pre = s.replay(Config.parse("FINAL"), s.schedule(), false, true);
        assertEquals(Verdict.DL, pre.outcome().verdict());
        assertEquals(Resource.GSMI_LOCK, pre.kernel().cpu(0).spinOn());
    }

    @Test
    void kmsgDumpPoliciesSpinTryAndBust() {
        String cpus = "{\"program\":\"panic\"},{\"program\":\"lock-holder\",\"lock\":\"dump_lock\"}";
        String p = "\"kmsgDumper\":true,\"crashKexecPostNotifiers\":true,\"dumpPolicy\":";
        assertEquals(Verdict.DL, run(scenario(cpus, p + "\"spin\""), "BASE", "1@LH2 p0").outcome().verdict());
        Run tr = run(scenario(cpus, p + "\"try\""), "BASE", "1@LH2 p0");
        assertEquals(Verdict.OK_D, tr.outcome().verdict());
        assertTrue(tr.kernel().degradations().contains(Kernel.Degradation.DUMP_LOST));
        Run bu = run(scenario(cpus, p + "\"bust\""), "BASE", "1@LH2 p0");
        assertTrue(bu.kernel().degradations().contains(Kernel.Degradation.DUMP_TORN));
        // O-old: kmsg_dump before the stop waits for the holder
        assertEquals(Verdict.OK_R, run(scenario(cpus, p + "\"spin\""), "BASE-KD-AFTER-STOP", "1@LH2 p0").outcome().verdict());
    }

    @Test
    void pstoreTrylocksOnThePanicPathWhateverTheDumpPolicy() {
        // pstore_dump(): pstore_cannot_block_path(KMSG_DUMP_PANIC) -> spin_trylock_irqsave(&psinfo->buf_lock) ->
        // "dump skipped in Panic path because of concurrent dump" (8126b1c73108)
        String cpus = "{\"program\":\"panic\"},{\"program\":\"lock-holder\",\"lock\":\"dump_lock\"}";
        String p = "\"kmsgDumper\":true,\"crashKexecPostNotifiers\":true,\"dumpPolicy\":";
        for (String policy : List.of("\"spin\"", "\"try\"", "\"bust\"")) {
            Run r = run(scenario(cpus, p + policy), "K24+PSTORE-TRYLOCK", "1@LH2 p0");
            assertEquals(Verdict.OK_D, r.outcome().verdict(), policy);
            assertEquals(Set.of(Kernel.Degradation.DUMP_LOST), Set.copyOf(r.kernel().degradations()), policy);
            assertTrue(r.trace().stream().anyMatch(e -> e.step().equals("KD0")), policy);
            assertFalse(r.trace().stream().anyMatch(e -> e.step().equals("KD1")), policy + ": the abstract dumper ran");
        }
        // the old order: the pstore dump comes before the stop, CPU1 still holds the lock, the trylock fails at once
        Run old = run(scenario(cpus, p + "\"spin\""), "BASE-KD-AFTER-STOP+PSTORE-TRYLOCK", "1@LH2 p0");
        assertTrue(old.kernel().degradations().contains(Kernel.Degradation.DUMP_LOST));
        // lock free: the dump is written and the lock released
        Run free = run(scenario("{\"program\":\"panic\"},{\"program\":\"idle\"}", p + "\"spin\""), "NBCON", "p0");
        assertFalse(free.kernel().degradations().contains(Kernel.Degradation.DUMP_LOST));
        assertTrue(free.trace().stream().anyMatch(e -> e.step().equals("KD2")));
        assertEquals(Kernel.INVALID, free.kernel().dumpLock().holder());
    }

    @Test
    void kexecMutexFailsInNmiOnRtAndTheAtomicTrylockWorks() {
        Scenario s = Scenarios.bundled("kexec-lock");
        Run mutex = s.replay(Config.parse("FINAL"), s.schedule(), false, true);
        assertEquals(Verdict.OK_D, mutex.outcome().verdict());
        assertTrue(mutex.kernel().degradations().contains(Kernel.Degradation.KDUMP_SKIPPED));
        assertEquals(Verdict.OK_K, s.replay(Config.parse("FINAL+KEXEC-ATOMIC"), s.schedule(), false, false).outcome().verdict());
        // g3: another CPU holds the kexec lock (kexec_load in progress): no kdump with either lock
        Scenario g3 = scenario("{\"program\":\"panic\"},{\"program\":\"lock-holder\",\"lock\":\"kexec_lock\"}", "\"kdumpLoaded\":true,\"L\":1000");
        assertEquals(Verdict.OK_D, run(g3, "K24", "1@LH2 p0").outcome().verdict());
        assertEquals(Verdict.OK_D, run(g3, "BASE", "1@LH2 p0").outcome().verdict());
    }

    @Test
    void queuedLockHandsTheLockToAHaltedWaiterButTestAndSetDoesNot() {
        String cpus = "{\"program\":\"panic\"},{\"program\":\"lock-holder\",\"lock\":\"gsmi_lock\"},{\"program\":\"lock-holder\",\"lock\":\"gsmi_lock\"}";
        String p = "\"gsmiNotifier\":true,\"crashKexecPostNotifiers\":true,\"L\":3,";
        // CPU1 holds gsmi_lock; CPU2 queues behind it; the stop NMI halts CPU2 while it waits, CPU1 releases later.
        String sched = "1@LH2 2 p0 0@NS3 n2 1@LH3 1 n1";
        Run queued = run(scenario(cpus, p + "\"lockKind\":\"queued\""), "BASE", sched);
        assertEquals(Verdict.DL, queued.outcome().verdict(), queued.outcome().reason());
        assertTrue(queued.outcome().reason().contains("CPU2"), "the halted waiter got the lock: " + queued.outcome().reason());
        Run tas = run(scenario(cpus, p + "\"lockKind\":\"tas\""), "BASE", sched);
        assertEquals(Verdict.OK_R, tas.outcome().verdict(), tas.outcome().reason());
    }

    @Test
    void aSecondPrintkPassingCts6WhileAnotherCpuWaitsIsNotASecondWaiter() {
        // two writers and a late panic: one writer is the console_waiter while the other passes CTS5-CTS7 having
        // seen the waiter there (invariant 2 counts only the CPU that set console_waiter)
        Scenario s = scenario("{\"program\":\"panic\"},{\"program\":\"writer\"},{\"program\":\"writer\"}",
                "\"kdumpLoaded\":true,\"crashKexecPostNotifiers\":true,\"panicAt\":3000");
        for (String c : Config.namedIds()) {
            Run r = run(s, c, "");
            assertFalse(r.outcome().verdict() == Verdict.ERROR, c + ": " + r.outcome().reason());
        }
        Run base = run(s, "BASE", "");
        assertTrue(base.trace().stream().anyMatch(e -> e.step().equals("CTS8")), "a writer waited for the hand-over");
    }

    @Test
    void consoleUnblankGivesUpWhenTheTrylockFails() {
        Run r = run(Scenarios.bundled("halted-holding-sem"), "FINAL", "1@DRV2 p0");
        int unb = first(r, 0, "UNB1");
        assertTrue(unb > 0);
        assertFalse(ran(r, "UNB2"), "console_unblank returned: CPU1 holds console_sem");
        assertTrue(r.kernel().degradations().contains(Kernel.Degradation.LOCK_BUSTED));
    }
}

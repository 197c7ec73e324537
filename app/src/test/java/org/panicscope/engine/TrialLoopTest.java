package org.panicscope.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.panicscope.model.Config;
import org.panicscope.model.Cpu;
import org.panicscope.model.Kernel;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.Scenarios;

/**
 * Trials run through their own loop ({@link TrialScheduler#drive}: one pass over the CPUs per choice, no second
 * enabled check, the budget asked only where it can stop the run) for speed. A trial must stay what the general
 * loop makes of the same random policy, choice for choice: {@link Reference} is that policy written with
 * {@link Run#isEnabled} alone, driven by {@link Scheduler#drive} and {@link Run#apply}, and both must give the
 * same history, outcome and panic start for every bundled scenario, several configurations and many seeds.
 */
class TrialLoopTest {
    private static final List<String> CONFIGS = List.of("BASE", "VP", "FINAL", "K24", "NBCON", "FINAL+FX-TRYLOCK");

    /** The trial policy as first written: every rule asked through {@link Run#isEnabled} and {@link Run#enabled}. */
    static final class Reference implements Scheduler {
        private final SplittableRandom rnd;
        private final long panicTime;
        private final long[] nmiSeen, ipiSeen, nmiAt, ipiAt;

        Reference(long seed, Kernel k) {
            rnd = new SplittableRandom(seed);
            panicTime = k.params.panicAt + (k.params.panicWindow == 0 ? 0 : rnd.nextInt(k.params.panicWindow + 1));
            int n = k.cpuCount();
            nmiSeen = new long[n];
            ipiSeen = new long[n];
            nmiAt = new long[n];
            ipiAt = new long[n];
            java.util.Arrays.fill(nmiSeen, -1);
            java.util.Arrays.fill(ipiSeen, -1);
        }

        @Override public Choice next(Run run) {
            Kernel k = run.kernel();
            int d = k.params.D_irq;
            for (int i = 0; i < k.cpuCount(); i++) {
                Cpu c = k.cpu(i);
                if (c.pendingNmi() != Cpu.NmiKind.NONE && nmiSeen[i] != c.nmiSent()) {
                    nmiSeen[i] = c.nmiSent();
                    nmiAt[i] = c.nmiSent() + rnd.nextInt(d + 1);
                }
                if (c.pendingIpi() && ipiSeen[i] != c.ipiSent()) {
                    ipiSeen[i] = c.ipiSent();
                    ipiAt[i] = c.ipiSent() + rnd.nextInt(d + 1);
                }
                if (run.isEnabled(Choice.nmi(i)) && c.clock() >= nmiAt[i]) return Choice.nmi(i);
                if (run.isEnabled(Choice.ipi(i)) && c.clock() >= ipiAt[i]) return Choice.ipi(i);
            }
            Cpu t = k.cpu(k.triggerCpu);
            if (!t.panicked() && t.clock() >= panicTime && run.isEnabled(Choice.panic(t.id))) return Choice.panic(t.id);
            int[] candidates = new int[k.cpuCount()];
            int n = 0;
            for (int i = 0; i < k.cpuCount(); i++) if (run.isEnabled(Choice.step(i))) candidates[n++] = i;
            if (n == 0) {
                List<Choice> en = run.enabled();
                return en.isEmpty() ? null : en.get(0);
            }
            return Choice.step(candidates[n == 1 ? 0 : rnd.nextInt(n)]);
        }
    }

    private static Run reference(Scenario s, Config c, long seed, Budget budget) {
        Run run = new Run(s.newKernel(c), true, Run.Mode.TRIAL, false);
        return Scheduler.drive(run, new Reference(seed, run.kernel()), budget);
    }

    private static void assertSameRun(Run want, Run got, String what) {
        List<Choice> w = want.history(), g = got.history();
        int at = 0;
        while (at < Math.min(w.size(), g.size()) && w.get(at).equals(g.get(at))) at++;
        assertEquals(w.size() == at ? "end" : w.get(at).toString(), g.size() == at ? "end" : g.get(at).toString(),
                what + ": choice " + at + " of " + w.size());
        assertEquals(want.outcome(), got.outcome(), what + ": outcome");
        assertEquals(want.panicStart(), got.panicStart(), what + ": panic start");
    }

    @Test
    void theTrialLoopMakesTheChoicesOfTheGeneralLoop() {
        long choices = 0;
        int runs = 0, hangs = 0, forcedIrqs = 0;
        for (Scenario s : Scenarios.all()) {
            for (String name : CONFIGS) {
                Config c = Config.parse(name);
                for (int i = 0; i < 12; i++) {
                    long seed = Trials.trialSeed(s.id().hashCode() * 31L + name.hashCode(), i);
                    Run want = reference(s, c, seed, Budget.DEFAULT);
                    Run fast = Trials.trial(s, c, seed, false);
                    assertSameRun(want, fast, s.id() + "/" + name + " seed " + seed);
                    // the new one-pass choice under the general loop (apply checks that every choice is enabled)
                    Run general = new Run(s.newKernel(c), true, Run.Mode.TRIAL, false);
                    Scheduler.drive(general, new TrialScheduler(seed, general.kernel()), Budget.DEFAULT);
                    assertSameRun(want, general, s.id() + "/" + name + " seed " + seed + " (general loop)");
                    choices += want.history().size();
                    runs++;
                    if (want.outcome().verdict().hang()) hangs++;
                    for (Choice ch : want.history()) if (ch.kind() == Choice.Kind.NMI || ch.kind() == Choice.Kind.IPI) forcedIrqs++;
                }
            }
        }
        // the comparison covers long runs, hangs of both kinds and interrupts, or it proves little
        assertTrue(runs == Scenarios.all().size() * CONFIGS.size() * 12 && choices > 1_000_000 && hangs > 100 && forcedIrqs > 1000,
                runs + " runs, " + choices + " choices, " + hangs + " hangs, " + forcedIrqs + " interrupts");
    }

    @Test
    void theTrialLoopStopsWhereTheGeneralLoopStopsOnABudget() {
        Scenario s = Scenarios.bundled("kmsg-panic");
        Config vp = Config.parse("VP");
        for (long limit : new long[] {1, 2, 500, 4095, 4096, 4097, 9000}) {
            for (int i = 0; i < 20; i++) {
                long seed = Trials.trialSeed(3, i);
                Budget b = new Budget(limit, Budget.Heap.RUNTIME);
                Run want = reference(s, vp, seed, b);
                Run fast = Trials.trial(s, vp, seed, false, b);
                assertSameRun(want, fast, "budget " + limit + " seed " + seed);
            }
        }
        // a heap that fills up at its third question: both loops ask at the same choices and stop at 3 * 4096
        // (only the long trials, VP's livelocks, get that far)
        int stopped = 0;
        for (int i = 0; i < 400 && stopped < 3; i++) {
            long seed = Trials.trialSeed(5, i);
            Run want = reference(s, vp, seed, new Budget(1_000_000, fillsAtThirdAsk()));
            Run fast = Trials.trial(s, vp, seed, false, new Budget(1_000_000, fillsAtThirdAsk()));
            assertSameRun(want, fast, "heap, seed " + seed);
            if (want.outcome().verdict() != Verdict.NO_VERDICT) continue;
            assertEquals(3L * Budget.HEAP_CHECK_EVERY, want.history().size());
            stopped++;
        }
        assertEquals(3, stopped, "trials stopped by the heap");
    }

    private static Budget.Heap fillsAtThirdAsk() {
        AtomicInteger asked = new AtomicInteger();
        return () -> asked.incrementAndGet() < 3 ? null : "the heap is nearly full (test)";
    }

    @Test
    void aTracedTrialIsTheSameTrialWithItsTrace() {
        Scenario s = Scenarios.bundled("kmsg-panic");
        for (String name : List.of("BASE", "VP")) {
            for (int i = 0; i < 5; i++) {
                long seed = Trials.trialSeed(11, i);
                Run plain = Trials.trial(s, Config.parse(name), seed, false);
                Run traced = Trials.trial(s, Config.parse(name), seed, true);
                assertSameRun(plain, traced, name + " traced, seed " + seed);
                assertEquals(traced.history().size(), traced.trace().size(), "one trace event per choice");
            }
        }
    }
}

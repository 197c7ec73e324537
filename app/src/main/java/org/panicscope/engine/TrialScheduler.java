package org.panicscope.engine;

import java.util.List;
import java.util.SplittableRandom;
import org.panicscope.model.Cpu;
import org.panicscope.model.Kernel;
import org.panicscope.model.Machine;

/**
 * One randomized timed trial, after Stephen's kmsg_panic.sh [S0][S1]: the panic starts at a uniformly random time
 * in [panicAt, panicAt+panicWindow]; each IPI or NMI lands after a uniformly random latency in [0, D_irq] of the
 * target's time; CPUs that may step at the same instant go in a uniformly random order. Deterministic for its
 * seed.
 */
public final class TrialScheduler implements Scheduler {
    private final SplittableRandom rnd;
    private final long panicTime;
    private final long[] nmiSeen, ipiSeen;
    private final long[] nmiAt, ipiAt;
    private final int[] candidates;
    /** Per CPU, from the pass of {@link #next}: whether an NMI ({@value #NMI}) and an IPI ({@value #IPI}) can land. */
    private final int[] deliverable;
    private static final int NMI = 1, IPI = 2;

    public TrialScheduler(long seed, Kernel k) {
        this.rnd = new SplittableRandom(seed);
        this.panicTime = k.params.panicAt + (k.params.panicWindow == 0 ? 0 : rnd.nextInt(k.params.panicWindow + 1));
        int n = k.cpuCount();
        nmiSeen = new long[n];
        ipiSeen = new long[n];
        nmiAt = new long[n];
        candidates = new int[n];
        deliverable = new int[n];
        ipiAt = new long[n];
        java.util.Arrays.fill(nmiSeen, -1);
        java.util.Arrays.fill(ipiSeen, -1);
    }

    public long panicTime() { return panicTime; }

    /**
     * The choice of the moment, from one pass over the CPUs: an interrupt whose random latency has run out (lowest
     * CPU, NMI first), else the panic once its random time has come, else a uniformly random CPU among those that
     * may step now. The generator is drawn from in a fixed order (a new NMI or IPI as the pass reaches its CPU, then
     * the pick among several steps), which makes a trial a function of its seed. The enabling rules are
     * {@link Run}'s ({@link Run#stepAllowed}, {@link Run#canPanic}, {@link Machine#canDeliverNmi}); TrialsTest
     * compares this pass with one written with {@link Run#isEnabled} alone.
     */
    @Override public Choice next(Run run) {
        Kernel k = run.kernel();
        int d = k.params.D_irq, n = k.cpuCount();
        boolean live = !run.finished(); // a finished run enables nothing; the draws above still happen, as they did
        for (int i = 0; i < n; i++) {
            Cpu c = k.cpu(i);
            if (c.pendingNmi() != Cpu.NmiKind.NONE && nmiSeen[i] != c.nmiSent()) {
                nmiSeen[i] = c.nmiSent();
                nmiAt[i] = c.nmiSent() + rnd.nextInt(d + 1);
            }
            if (c.pendingIpi() && ipiSeen[i] != c.ipiSent()) {
                ipiSeen[i] = c.ipiSent();
                ipiAt[i] = c.ipiSent() + rnd.nextInt(d + 1);
            }
            boolean nmi = Machine.canDeliverNmi(k, i), ipi = Machine.canDeliverIpi(k, i);
            if (live && nmi && c.clock() >= nmiAt[i]) return Choice.nmi(i);
            if (live && ipi && c.clock() >= ipiAt[i]) return Choice.ipi(i);
            deliverable[i] = (nmi ? NMI : 0) | (ipi ? IPI : 0);
        }
        if (!live) return null;
        Cpu t = k.cpu(k.triggerCpu);
        if (!t.panicked() && t.clock() >= panicTime && run.canPanic(t)) return Choice.panic(t.id);
        long now = run.timed() ? run.now() : 0;
        int m = 0;
        for (int i = 0; i < n; i++) {
            int dv = deliverable[i];
            if (run.stepAllowed(k.cpu(i), (dv & NMI) != 0, (dv & IPI) != 0, now)) candidates[m++] = i;
        }
        if (m == 0) {
            List<Choice> en = run.enabled();
            return en.isEmpty() ? null : en.get(0); // only forced interrupts or the due panic are left
        }
        return Choice.step(candidates[m == 1 ? 0 : rnd.nextInt(m)]);
    }

    /**
     * {@link Scheduler#drive} for trials: this scheduler only returns enabled choices, so they are applied without
     * the second check of {@link Run#apply}. The same budget, the same run (ScheduledTrialsTest compares both).
     */
    Run drive(Run run, Budget budget) {
        long check = 0; // the budget is asked only where it can stop the run: at 0, every HEAP_CHECK_EVERY, at its end
        for (long taken = 0; !run.finished(); taken++) {
            if (taken == check) {
                if (budget.stops(run, taken)) break;
                check = Math.min(budget.choices(), (taken / Budget.HEAP_CHECK_EVERY + 1) * Budget.HEAP_CHECK_EVERY);
            }
            Choice c = next(run);
            if (c == null) break;
            run.applyEnabled(c);
        }
        return run;
    }
}

package org.panicscope.engine;

import java.util.List;
import java.util.SplittableRandom;
import org.panicscope.model.Cpu;
import org.panicscope.model.Kernel;

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

    public TrialScheduler(long seed, Kernel k) {
        this.rnd = new SplittableRandom(seed);
        this.panicTime = k.params.panicAt + (k.params.panicWindow == 0 ? 0 : rnd.nextInt(k.params.panicWindow + 1));
        int n = k.cpuCount();
        nmiSeen = new long[n];
        ipiSeen = new long[n];
        nmiAt = new long[n];
        candidates = new int[n];
        ipiAt = new long[n];
        java.util.Arrays.fill(nmiSeen, -1);
        java.util.Arrays.fill(ipiSeen, -1);
    }

    public long panicTime() { return panicTime; }

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
        int n = 0;
        for (int i = 0; i < k.cpuCount(); i++) if (run.isEnabled(Choice.step(i))) candidates[n++] = i;
        if (n == 0) {
            List<Choice> en = run.enabled();
            return en.isEmpty() ? null : en.get(0); // only forced interrupts or the due panic are left
        }
        return Choice.step(candidates[n == 1 ? 0 : rnd.nextInt(n)]);
    }
}

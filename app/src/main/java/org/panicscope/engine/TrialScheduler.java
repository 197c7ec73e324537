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
    /**
     * Set by {@link #next} when its choice is a step of this CPU that the next choices repeat for as long as nothing
     * else can happen ({@link #repeat}); -1 otherwise.
     */
    private int solo = -1;
    /** With {@link #solo}: the smallest clock of the other runnable CPUs, which the solo CPU must stay below. */
    private long soloBelow;

    public TrialScheduler(long seed, Kernel k) {
        this.rnd = new SplittableRandom(seed);
        this.panicTime = k.params.panicAt + (k.params.panicWindow == 0 ? 0 : rnd.nextInt(k.params.panicWindow + 1));
        int n = k.cpuCount();
        nmiSeen = new long[n];
        ipiSeen = new long[n];
        nmiAt = new long[n];
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
     * {@link Run}'s ({@link Run#stepBlocked}, {@link Run#now}, {@link Run#canPanic}, {@link Machine#canDeliverNmi}),
     * asked once per CPU and choice; TrialLoopTest compares this pass with the policy written with
     * {@link Run#isEnabled} alone, choice for choice.
     */
    @Override public Choice next(Run run) {
        solo = -1;
        Kernel k = run.kernel();
        int n = k.cpuCount();
        boolean live = !run.finished(); // a finished run enables nothing (the draws still happen, as they always did)
        boolean timed = run.timed();
        int free = 0; // bit i: CPU i can run and nothing keeps it from stepping (no overdue interrupt, no due panic)
        long min = Long.MAX_VALUE, max = 0; // the smallest clock of a runnable CPU, the largest clock: Run#now
        long min2 = Long.MAX_VALUE; // the second smallest clock of a runnable CPU (a tie counts twice)
        int atMin = 0; // bit i: CPU i is runnable and its clock is the smallest so far
        boolean quiet = true; // no interrupt is pending anywhere
        for (int i = 0; i < n; i++) {
            Cpu c = k.cpu(i);
            boolean pendingNmi = c.pendingNmi() != Cpu.NmiKind.NONE, pendingIpi = c.pendingIpi();
            boolean nmi = false, ipi = false;
            if (pendingNmi || pendingIpi) { // rare: nothing to draw and nothing to deliver in nearly every choice
                quiet = false;
                int d = k.params.D_irq;
                if (pendingNmi && nmiSeen[i] != c.nmiSent()) {
                    nmiSeen[i] = c.nmiSent();
                    nmiAt[i] = c.nmiSent() + rnd.nextInt(d + 1);
                }
                if (pendingIpi && ipiSeen[i] != c.ipiSent()) {
                    ipiSeen[i] = c.ipiSent();
                    ipiAt[i] = c.ipiSent() + rnd.nextInt(d + 1);
                }
                nmi = Machine.canDeliverNmi(k, i);
                ipi = Machine.canDeliverIpi(k, i);
                if (live && nmi && c.clock() >= nmiAt[i]) return Choice.nmi(i);
                if (live && ipi && c.clock() >= ipiAt[i]) return Choice.ipi(i);
            }
            long clock = c.clock();
            max = Math.max(max, clock);
            if (!c.status().runnable()) continue;
            if (!run.stepBlocked(c, nmi, ipi)) free |= 1 << i;
            if (clock < min) { min2 = min; min = clock; atMin = 0; }
            else if (clock < min2) min2 = clock;
            if (clock == min) atMin |= 1 << i;
        }
        if (!live) return null;
        Cpu t = k.cpu(k.triggerCpu);
        if (!t.panicked() && t.clock() >= panicTime && run.canPanic(t)) return Choice.panic(t.id);
        // Run#stepAllowed from the pass: runnable and not blocked, and (timed) at the time now
        run.knowNow(Run.now(min, max));
        int steps = timed ? free & atMin : free;
        int m = Integer.bitCount(steps);
        if (m == 0) {
            List<Choice> en = run.enabled();
            return en.isEmpty() ? null : en.get(0); // only forced interrupts or the due panic are left
        }
        if (m == 1) {
            int only = Integer.numberOfTrailingZeros(steps);
            if (timed && quiet) { solo = only; soloBelow = min2; }
            return Choice.step(only);
        }
        int pick = rnd.nextInt(m); // the pick-th of the CPUs that may step, lowest first
        for (int j = 0; j < pick; j++) steps &= steps - 1;
        return Choice.step(Integer.numberOfTrailingZeros(steps));
    }

    /**
     * After {@link #next} chose a step of {@link #solo} and it was applied: applies that step again for as long as
     * {@link #next} would choose it again without drawing, and without its pass over the CPUs. That is so while the
     * run goes on, the CPU can run and its clock stays below every other runnable CPU's ({@link #soloBelow}: it is
     * then alone at the time now, so no pick is drawn), no interrupt is pending anywhere (nothing to draw or
     * deliver), and, if it is the CPU that panics, it has panicked or its panic time has not come (the panic
     * trigger, and Run's end of the panic window, which is later). A step changes no other CPU's status or clock
     * (only its own steps and interrupt deliveries do), so the other CPUs' part of the pass stays as it was; sending
     * an interrupt does change another CPU, and is seen as a pending interrupt. Stops before the choice numbered
     * {@code check}, where the budget is asked. Returns the number of the last choice applied (TrialLoopTest
     * compares the result with the general loop, choice for choice).
     */
    private long repeat(Run run, long taken, long check) {
        Kernel k = run.kernel();
        int n = k.cpuCount();
        Cpu c = k.cpu(solo);
        Choice step = Choice.step(solo);
        boolean trigger = solo == k.triggerCpu;
        solo = -1;
        while (taken + 1 != check && !run.finished() && c.status().runnable() && c.clock() < soloBelow
                && !(trigger && !c.panicked() && c.clock() >= panicTime) && quiet(k, n)) {
            run.applyEnabled(step);
            taken++;
        }
        return taken;
    }

    /** No CPU has an interrupt pending. */
    private static boolean quiet(Kernel k, int n) {
        for (int i = 0; i < n; i++) {
            Cpu c = k.cpu(i);
            if (c.pendingNmi() != Cpu.NmiKind.NONE || c.pendingIpi()) return false;
        }
        return true;
    }

    /**
     * {@link Scheduler#drive} for trials: this scheduler only returns enabled choices, so they are applied without
     * the second check of {@link Run#apply}. The same budget, the same run (TrialLoopTest compares both).
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
            if (solo >= 0) taken = repeat(run, taken, check);
        }
        return run;
    }
}

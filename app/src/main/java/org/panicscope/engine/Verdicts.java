package org.panicscope.engine;

import java.util.ArrayList;
import java.util.List;
import org.panicscope.model.Cpu;
import org.panicscope.model.CpuStatus;
import org.panicscope.model.Kernel;
import org.panicscope.model.Resource;
import org.panicscope.model.SpinLock;
import org.panicscope.model.Step;

/**
 * Verdict detection from the state (design doc §2.4): who spins on what, held by whom, halted or not. A deadlock
 * is declared as soon as the panic CPU spins on something that only a stopped CPU could release (invariant §9.5),
 * following chains of spinners; a livelock when the panic has run for H time units without completing.
 */
final class Verdicts {
    private Verdicts() { }

    /**
     * Asked after every choice, so it is kept small enough for the JIT to inline into {@link Run#applyEnabled}: the
     * outcomes, with their text, are made by the methods below, reached only when the run ends.
     */
    static Outcome detect(Run run) {
        Kernel k = run.kernel();
        boolean anyRunnable = false;
        for (int i = 0; i < k.cpuCount(); i++) {
            CpuStatus st = k.cpu(i).status();
            if (st == CpuStatus.KDUMP) return kdump(i);
            anyRunnable |= st.runnable();
        }
        int pc = k.panicCpu() != Kernel.INVALID ? k.panicCpu() : k.triggerCpu;
        Cpu panic = k.cpu(pc);
        if (panic.status() == CpuStatus.DONE) return completed(k, pc);
        if (panic.panicked() || k.panicCpu() != Kernel.INVALID) {
            if (panic.status() == CpuStatus.SPIN && walk(k, panic, null)) return deadlock(k, panic);
            if (panic.status() == CpuStatus.SELF_STOPPED || panic.status() == CpuStatus.HALTED) return stopped(pc, panic);
            if (run.panicStart() >= 0 && panic.clock() - run.panicStart() >= k.params.H && !run.exploring())
                return livelock(k, panic);
        } else if (!run.exploring() && panic.clock() > (long) k.params.panicAt + k.params.panicWindow + k.params.H) {
            return noPanic(pc);
        }
        if (!anyRunnable) return noCpuRunnable();
        return null;
    }

    /** The OK-K outcome of each CPU, made once: the explorer reaches kdump in many states. */
    private static final Outcome[] KDUMP = new Outcome[16];
    static { for (int i = 0; i < KDUMP.length; i++) KDUMP[i] = newKdump(i); }

    private static Outcome kdump(int cpu) { return cpu < KDUMP.length ? KDUMP[cpu] : newKdump(cpu); }

    private static Outcome newKdump(int cpu) {
        return new Outcome(Verdict.OK_K, "CPU" + cpu + " reached machine_kexec(): the kdump kernel takes over", List.of(), "");
    }

    private static Outcome completed(Kernel k, int pc) {
        if (!k.degraded())
            return new Outcome(Verdict.OK_R, "CPU" + pc + " completed panic(): final flush done, every record printed", List.of(), "");
        List<String> d = new ArrayList<>();
        for (Kernel.Degradation g : k.degradations()) d.add(g.text());
        return new Outcome(Verdict.OK_D, "CPU" + pc + " completed panic(), degraded: " + String.join("; ", d), d, "");
    }

    private static Outcome stopped(int pc, Cpu panic) {
        return new Outcome(Verdict.DL, "CPU" + pc + " (the panic CPU) is " + panic.status().name().toLowerCase(), List.of(), "panic CPU stopped");
    }

    private static Outcome noPanic(int pc) {
        return new Outcome(Verdict.NO_PANIC, "CPU" + pc + " never entered panic() within H after the panic window", List.of(), "no panic");
    }

    private static Outcome noCpuRunnable() {
        return new Outcome(Verdict.DL, "no CPU can run any more", List.of(), "no CPU runnable");
    }

    /** The deadlock outcome, once {@link #walk} found the panic CPU waiting, through a chain of spinners, on a stopped CPU. */
    private static Outcome deadlock(Kernel k, Cpu panic) {
        StringBuilder why = new StringBuilder();
        walk(k, panic, why);
        return new Outcome(Verdict.DL, why.toString(), List.of(), cause(k, panic), Hang.spinningOn(panic.spinOn()));
    }

    /**
     * Follows the chain of spinners from the panic CPU; true when it ends on a stopped CPU, on nobody or in a
     * cycle (a deadlock), with the reason appended to {@code why} unless null. Run once without text after every
     * step while the panic CPU spins, and again with text only when it is a deadlock.
     */
    private static boolean walk(Kernel k, Cpu panic, StringBuilder why) {
        Cpu c = panic;
        int seen = 0; // bit i: CPU i is on the chain (ScenarioLoader.MAX_CPUS = 8)
        while (true) {
            seen |= 1 << c.id;
            int h = Releaser.of(k, c);
            if (h == Releaser.FREE) return false; // the lock is free: the spinner gets it next time
            String what = c.spinOn() == Resource.CONSOLE_WAITER ? "the owner" : "the holder";
            if (why != null) why.append(why.isEmpty() ? "" : "; ").append("CPU").append(c.id).append(" spins in ")
                    .append(c.pc()).append(" on ").append(c.spinOn().label());
            if (h == Releaser.NOBODY) {
                if (why != null) why.append("; no console owner is left to hand over");
                return true;
            }
            Cpu holder = k.cpu(h);
            if (holder.status().stopped() || holder.status() == CpuStatus.DONE || holder.status() == CpuStatus.KDUMP) {
                if (why != null) why.append("; ").append(what).append(" CPU").append(h).append(" is ")
                        .append(holder.status() == CpuStatus.SELF_STOPPED ? "self-stopped" : "halted")
                        .append(" (at ").append(holder.pc()).append(")");
                return true;
            }
            if (holder.status() != CpuStatus.SPIN) return false;
            if ((seen & 1 << h) != 0) {
                if (why != null) why.append("; ").append(what).append(" CPU").append(h).append(" spins back on it: a cycle");
                return true;
            }
            c = holder;
        }
    }

    /** A short stable form of the cause, for counting hangs by kind. */
    private static String cause(Kernel k, Cpu panic) {
        int h = Releaser.of(k, panic);
        String who = h < 0 ? "no owner" : (k.cpu(h).status().stopped() ? "holder halted" : "holder spinning");
        return panic.pc() + " on " + panic.spinOn().label() + ", " + who;
    }

    private static Outcome livelock(Kernel k, Cpu panic) {
        Step[] stack = panic.stack();
        Step outer = stack[0];
        for (Step s : stack) if (s.id().startsWith("PN")) outer = s;
        String doing = panic.status() == CpuStatus.SPIN ? "spinning in " + panic.pc() + " on " + panic.spinOn().label()
                : "running " + panic.pc() + " (" + panic.pc().function() + ")";
        long produced = k.ringBuffer().nextSeq();
        String reason = "after H=" + k.params.H + " time units in panic, CPU" + panic.id + " is still in " + outer
                + " (" + outer.function() + "), " + doing + "; " + produced + " records stored so far, "
                + (k.ringBuffer().nextSeq() - k.consoleSeq()) + " not yet printed; other CPUs keep producing records";
        return new Outcome(Verdict.LL, reason, List.of(), "panic CPU stuck in " + outer + " (" + panic.pc() + ")");
    }
}

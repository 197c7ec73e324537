package org.panicscope.export;

import java.util.ArrayList;
import java.util.List;
import org.panicscope.engine.Budget;
import org.panicscope.engine.Choice;
import org.panicscope.engine.Outcome;
import org.panicscope.engine.ReplayScheduler;
import org.panicscope.engine.Run;
import org.panicscope.engine.Schedule;
import org.panicscope.engine.Scheduler;
import org.panicscope.engine.TraceEvent;
import org.panicscope.model.Config;
import org.panicscope.model.Cpu;
import org.panicscope.model.CpuStatus;
import org.panicscope.model.Kernel;
import org.panicscope.model.Resource;
import org.panicscope.model.Step;
import org.panicscope.scenario.Scenario;

/**
 * A run replayed once with everything a picture needs and a plain trace does not keep: the call stack of the CPU
 * during each step, its IRQ state and status, the choices enabled before each choice, and the events between
 * CPUs (an NMI or REBOOT IPI sent and delivered, the console hand-over SD5 to CTS9, a spinner waiting for a
 * holder). Comparison, the timeline drawing and the trace-event export all read a recording, so they cannot
 * disagree with each other or with the engine: the recording is made by the engine's own {@link Run} and
 * {@link ReplayScheduler}.
 *
 * <p>Time is model time (design doc §2.3: one unit is about 10 ms). An entry lasts from the CPU's clock before
 * the choice ({@code t0}) to its clock after it ({@code t1}); most steps cost nothing, so {@code t0 == t1}.
 */
public final class Recording {

    /**
     * One applied choice. {@code stack} is the CPU's frames before it, outermost first: for a step, the step that
     * runs is the last frame; for an interrupt or a panic entry, the frames it interrupts.
     */
    public record Entry(int index, Choice choice, int cpu, Step step, String function, long t0, long t1,
                        List<Step> stack, CpuStatus statusAfter, Resource spinOn, boolean irqsOffAfter,
                        String changes, List<Choice> enabledBefore) {
        /** The kernel function names of the stack, outermost first (the NMI handler for an NMI choice). */
        public List<String> functions() {
            List<String> f = new ArrayList<>(stack.size());
            for (Step s : stack) f.add(s.function());
            return f;
        }
    }

    /** An instant on one CPU lane. */
    public enum MarkKind { PANIC, NMI_SENT, NMI, IPI_SENT, IPI, HALT, KDUMP, DONE, DROP, SUPPRESS }

    public record Mark(MarkKind kind, int cpu, long t, int index, String text) { }

    /** An arrow between two lanes (or two instants of one lane). */
    public enum LinkKind { NMI, IPI, HANDOVER, WAIT_FOR }

    /**
     * @param stopped for WAIT_FOR: the holder is halted (or self-stopped), so the wait never ends
     */
    public record Link(LinkKind kind, int fromCpu, long fromT, int fromIndex, int toCpu, long toT, int toIndex,
                       boolean stopped, String text) { }

    private final Scenario scenario;
    private final Config config;
    private final Schedule input;
    private final boolean timed;
    private final List<Entry> entries = new ArrayList<>();
    private final List<Mark> marks = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private Outcome outcome;
    private Schedule schedule;
    private long end;
    private CpuStatus[] finalStatus;
    private Step[] finalPc;
    private Resource[] finalSpin;

    private Recording(Scenario scenario, Config config, Schedule input, boolean timed) {
        this.scenario = scenario;
        this.config = config;
        this.input = input;
        this.timed = timed;
    }

    /**
     * Replays {@code schedule} under {@code config} exactly as {@code panicscope run} does (then the default
     * policy until a verdict). The run is untimed when the schedule says so ({@code untimed:}) or {@code timed} is
     * false. Throws {@link ReplayScheduler.ImpossibleSchedule} when a token cannot apply.
     */
    public static Recording replay(Scenario s, Config config, Schedule schedule, boolean timed) {
        return replay(s, config, schedule, timed, true, Progress.NONE);
    }

    /**
     * @param continueWithDefault false replays only the schedule (a run stepped by hand in the app, unfinished)
     */
    public static Recording replay(Scenario s, Config config, Schedule schedule, boolean timed,
                                   boolean continueWithDefault, Progress progress) {
        return replay(s, config, schedule, timed, continueWithDefault, Budget.DEFAULT, progress);
    }

    /** As above, within {@code budget}: a run that uses it up ends with {@code NO-VERDICT} (see {@link #outcome()}). */
    public static Recording replay(Scenario s, Config config, Schedule schedule, boolean timed,
                                   boolean continueWithDefault, Budget budget, Progress progress) {
        boolean t = timed && !schedule.untimed();
        Recording r = new Recording(s, config, schedule, t);
        Run run = s.newRun(config, t, false, true);
        Observer obs = r.new Observer(run.kernel());
        Scheduler.drive(run, new ReplayScheduler(schedule, continueWithDefault), budget, new Scheduler.Listener() {
            private List<Choice> enabled;
            private List<Step> stack;
            private long t0;

            @Override public void before(Run run, Choice c) {
                enabled = run.enabled();
                Cpu cpu = run.kernel().cpu(c.cpu());
                stack = List.of(cpu.stack());
                t0 = cpu.clock();
            }

            @Override public void after(Run run, Choice c) {
                obs.after(run, c, enabled, stack, t0);
                if ((run.history().size() & 1023) == 0) {
                    progress.check();
                    progress.report(-1, run.history().size() + " choices replayed");
                }
            }
        });
        obs.finish(run);
        return r;
    }

    /** Tracks what changed across CPUs between choices: sends, deliveries, hand-over and wait-for. */
    private final class Observer {
        private final int n;
        private final Cpu.NmiKind[] pendingNmi;
        private final boolean[] pendingIpi;
        private final int[] nmiFrom, ipiFrom;
        private final long[] nmiAt, ipiAt;
        private final int[] nmiIdx, ipiIdx;
        private final CpuStatus[] status;
        private final Resource[] waitRes;
        private final int[] waitHolder;
        private final boolean[] waitStopped;
        private int handoverFrom = -1;
        private long handoverAt;
        private int handoverIdx;

        Observer(Kernel k) {
            n = k.cpuCount();
            pendingNmi = new Cpu.NmiKind[n];
            pendingIpi = new boolean[n];
            nmiFrom = new int[n]; ipiFrom = new int[n];
            nmiAt = new long[n]; ipiAt = new long[n];
            nmiIdx = new int[n]; ipiIdx = new int[n];
            status = new CpuStatus[n];
            waitRes = new Resource[n];
            waitHolder = new int[n];
            waitStopped = new boolean[n];
            for (int i = 0; i < n; i++) {
                pendingNmi[i] = k.cpu(i).pendingNmi();
                pendingIpi[i] = k.cpu(i).pendingIpi();
                status[i] = k.cpu(i).status();
                waitHolder[i] = -2;
                nmiFrom[i] = -1;
                ipiFrom[i] = -1;
            }
        }

        void after(Run run, Choice c, List<Choice> enabled, List<Step> stack, long t0) {
            Kernel k = run.kernel();
            TraceEvent e = run.trace().getLast();
            Cpu cpu = k.cpu(c.cpu());
            int idx = run.history().size();
            Step ran = Step.byId(e.step());
            entries.add(new Entry(idx, c, c.cpu(), ran, e.function(), t0, cpu.clock(), stack, cpu.status(),
                    cpu.spinOn(), !cpu.irqsOn(), e.changes(), List.copyOf(enabled)));
            String cpuName = "CPU" + c.cpu();
            switch (c.kind()) {
                case PANIC -> marks.add(new Mark(MarkKind.PANIC, c.cpu(), t0, idx, cpuName + " enters panic() (" + e.function() + ")"));
                case NMI -> {
                    marks.add(new Mark(MarkKind.NMI, c.cpu(), t0, idx, "NMI lands on " + cpuName + ": " + e.function()));
                    if (nmiFrom[c.cpu()] >= 0 && pendingNmi[c.cpu()] != Cpu.NmiKind.NONE)
                        links.add(new Link(LinkKind.NMI, nmiFrom[c.cpu()], nmiAt[c.cpu()], nmiIdx[c.cpu()], c.cpu(), t0, idx, false,
                                "NMI from CPU" + nmiFrom[c.cpu()] + " lands on " + cpuName));
                }
                case IPI -> {
                    marks.add(new Mark(MarkKind.IPI, c.cpu(), t0, idx, "REBOOT IPI lands on " + cpuName + ": stop_this_cpu()"));
                    if (ipiFrom[c.cpu()] >= 0 && pendingIpi[c.cpu()])
                        links.add(new Link(LinkKind.IPI, ipiFrom[c.cpu()], ipiAt[c.cpu()], ipiIdx[c.cpu()], c.cpu(), t0, idx, false,
                                "REBOOT IPI from CPU" + ipiFrom[c.cpu()] + " lands on " + cpuName));
                }
                case STEP -> {
                    if (ran == Step.SD5) { handoverFrom = c.cpu(); handoverAt = t0; handoverIdx = idx; }
                    if (ran == Step.CTS9 && handoverFrom >= 0) {
                        links.add(new Link(LinkKind.HANDOVER, handoverFrom, handoverAt, handoverIdx, c.cpu(), t0, idx, false,
                                "console hand-over: CPU" + handoverFrom + " (SD5) passes console_sem to " + cpuName + " (CTS9)"));
                        handoverFrom = -1;
                    }
                    if (e.changes().contains("first_seq")) drop(k, e, c.cpu(), t0, idx);
                    if (e.changes().contains("suppress_panic_printk false->true"))
                        marks.add(new Mark(MarkKind.SUPPRESS, c.cpu(), t0, idx, "P3: too many dropped messages: suppress_panic_printk = 1"));
                }
                case STALL -> { }
            }
            for (int i = 0; i < n; i++) {
                Cpu o = k.cpu(i);
                if (o.pendingNmi() != Cpu.NmiKind.NONE && pendingNmi[i] == Cpu.NmiKind.NONE) {
                    nmiFrom[i] = c.cpu(); nmiAt[i] = t0; nmiIdx[i] = idx;
                    marks.add(new Mark(MarkKind.NMI_SENT, c.cpu(), t0, idx, cpuName + " sends an NMI to CPU" + i + " (" + e.step() + ")"));
                }
                if (o.pendingIpi() && !pendingIpi[i]) {
                    ipiFrom[i] = c.cpu(); ipiAt[i] = t0; ipiIdx[i] = idx;
                    marks.add(new Mark(MarkKind.IPI_SENT, c.cpu(), t0, idx, cpuName + " sends a REBOOT IPI to CPU" + i + " (" + e.step() + ")"));
                }
                pendingNmi[i] = o.pendingNmi();
                pendingIpi[i] = o.pendingIpi();
                if (o.status() != status[i]) {
                    MarkKind mk = switch (o.status()) {
                        case HALTED, SELF_STOPPED -> MarkKind.HALT;
                        case KDUMP -> MarkKind.KDUMP;
                        case DONE -> MarkKind.DONE;
                        default -> null;
                    };
                    if (mk != null) marks.add(new Mark(mk, i, o.clock(), idx, "CPU" + i + " " + switch (mk) {
                        case HALT -> (o.status() == CpuStatus.SELF_STOPPED ? "self-stopped" : "halted") + " at " + o.pc() + " (" + o.pc().function() + ")";
                        case KDUMP -> "jumps into the kdump kernel (machine_kexec)";
                        default -> "completed panic()";
                    }));
                    status[i] = o.status();
                }
                waitFor(k, o, t0, idx);
            }
        }

        private void drop(Kernel k, TraceEvent e, int cpu, long t, int idx) {
            // "first_seq a->b": the records a..b-1 were overwritten; those at or past console_seq were never printed
            String ch = e.changes();
            int at = ch.indexOf("first_seq ");
            int arrow = ch.indexOf("->", at);
            int stop = ch.indexOf(',', arrow);
            try {
                long from = Long.parseLong(ch.substring(at + 10, arrow));
                long to = Long.parseLong(ch.substring(arrow + 2, stop < 0 ? ch.length() : stop));
                long lost = to - Math.max(from, k.consoleSeq());
                if (lost > 0) marks.add(new Mark(MarkKind.DROP, cpu, t, idx,
                        "record " + (to - 1) + " overwritten before the console printed it (ring buffer full)"));
            } catch (NumberFormatException | StringIndexOutOfBoundsException ignored) {
                // the changes text is the engine's; a format change only loses the drop marks
            }
        }

        /** A wait-for arrow whenever a spinner starts waiting, or what it waits for changes (holder halted). */
        private void waitFor(Kernel k, Cpu o, long t, int idx) {
            int i = o.id;
            if (o.status() != CpuStatus.SPIN) { waitRes[i] = null; waitHolder[i] = -2; return; }
            int h = holder(k, o);
            boolean stopped = h >= 0 && !k.cpu(h).status().runnable();
            if (o.spinOn() == waitRes[i] && h == waitHolder[i] && stopped == waitStopped[i]) return;
            waitRes[i] = o.spinOn(); waitHolder[i] = h; waitStopped[i] = stopped;
            if (h < 0 || h == i) return;
            links.add(new Link(LinkKind.WAIT_FOR, i, t, idx, h, t, idx, stopped,
                    "CPU" + i + " spins at " + o.pc() + " on " + o.spinOn().label() + ", waiting for CPU" + h
                            + (stopped ? " (halted: it will never release it)" : "")));
        }

        void finish(Run run) {
            Kernel k = run.kernel();
            outcome = run.outcome();
            schedule = run.schedule();
            finalStatus = new CpuStatus[n];
            finalPc = new Step[n];
            finalSpin = new Resource[n];
            for (int i = 0; i < n; i++) {
                finalStatus[i] = k.cpu(i).status();
                finalPc[i] = k.cpu(i).pc();
                finalSpin[i] = k.cpu(i).spinOn();
                end = Math.max(end, k.cpu(i).clock());
            }
        }
    }

    /**
     * Who would end CPU {@code c}'s spin: the console owner for console_waiter, the holder for a lock; -1 when
     * nobody can. (The same rule as the engine's deadlock detection, design doc §2.4 and §9.5.)
     */
    static int holder(Kernel k, Cpu c) {
        Resource r = c.spinOn();
        if (r == null) return -1;
        if (r == Resource.CONSOLE_WAITER) {
            if (k.consoleOwner() != Kernel.INVALID) return k.consoleOwner();
            for (int i = 0; i < k.cpuCount(); i++) {
                Step s = k.cpu(i).pc();
                if (s == Step.SD3 || s == Step.SD5) return i;
            }
            return -1;
        }
        if (r == Resource.KEXEC_LOCK) return k.kexecLockHolder();
        var l = k.lock(r);
        return l != null && l.held() ? l.holder() : -1;
    }

    // ---- read-only view ----------------------------------------------------------------------------------------

    public Scenario scenario() { return scenario; }
    public Config config() { return config; }
    /** The schedule the recording was replayed from (the input, with until-items). */
    public Schedule input() { return input; }
    /** The explicit schedule of the run (every choice), as {@code panicscope run} prints it. */
    public Schedule schedule() { return schedule; }
    public boolean timed() { return timed; }
    public List<Entry> entries() { return entries; }
    public List<Mark> marks() { return marks; }
    public List<Link> links() { return links; }
    public Outcome outcome() { return outcome; }
    public int cpuCount() { return finalStatus.length; }
    /** The largest CPU clock at the end of the run. */
    public long end() { return end; }
    public CpuStatus finalStatus(int cpu) { return finalStatus[cpu]; }
    public Step finalPc(int cpu) { return finalPc[cpu]; }
    public Resource finalSpin(int cpu) { return finalSpin[cpu]; }

    /** The lane title of a CPU: its number and program ("CPU0 panic", "CPU1 kmsg writer"). */
    public String cpuLabel(int cpu) {
        Cpu.Program p = scenario.cpus().get(cpu).program();
        String what = switch (p) {
            case PANIC -> "sysrq-c";
            case WRITER -> "kmsg writer";
            case LOCK_HOLDER -> scenario.cpus().get(cpu).lock() != null ? scenario.cpus().get(cpu).lock().label() + " holder" : "lock holder";
            case OOPS -> "oops";
            case IDLE -> "idle";
            case PRINTER -> "printer thread";
        };
        return "CPU" + cpu + " " + what;
    }

    /** A cancellable progress sink (exports run off the UI thread; the app shows it and may cancel). */
    public interface Progress {
        Progress NONE = new Progress() { };

        /** @param fraction 0..1, or negative when unknown */
        default void report(double fraction, String message) { }

        default boolean cancelled() { return false; }

        /** Throws {@link java.util.concurrent.CancellationException} when cancelled. */
        default void check() {
            if (cancelled()) throw new java.util.concurrent.CancellationException("export cancelled");
        }
    }
}

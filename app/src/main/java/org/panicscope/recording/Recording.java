package org.panicscope.recording;

import java.util.ArrayList;
import java.util.List;
import org.panicscope.engine.Budget;
import org.panicscope.engine.Choice;
import org.panicscope.engine.Outcome;
import org.panicscope.engine.Progress;
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
    private Budget budget = Budget.DEFAULT;
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

    /** The run a {@link Tape} recorded, choice for choice (its exact schedule, nothing more). */
    public static Recording of(Tape t) {
        return replay(t.scenario(), t.config(), t.exactSchedule(t.size()), t.timed(), false, Progress.NONE);
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
        r.budget = budget;
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
                obs.before(run.kernel(), c);
            }

            @Override public void after(Run run, Choice c) {
                obs.after(run, c, enabled, stack, t0);
                if ((run.history().size() & 1023) == 0) {
                    progress.check();
                    progress.advanced(1024, run.history().size() + " choices replayed");
                }
            }
        });
        obs.finish(run);
        return r;
    }

    /** The budget the run was driven within; a re-recording of it (the app style's tape) uses the same. */
    public Budget budget() { return budget; }


    /**
     * Records each choice: its entry (frames, clocks, effects), and its events and arrows as the app's one recorder
     * ({@link StepRecorder}) finds them, turned into marks and links in model time. Only P3's suppress flag, which
     * the app shows in its state panel instead, is read here.
     */
    private final class Observer {
        private final int n;
        private final StepLog log;
        private final StepRecorder recorder;
        private int arrowsSeen;
        private boolean suppressPanicPrintk;
        private int consoleDropped;

        Observer(Kernel k) {
            n = k.cpuCount();
            log = new StepLog(n);
            recorder = new StepRecorder(log);
        }

        void before(Kernel k, Choice c) {
            recorder.before(k, c);
            suppressPanicPrintk = k.suppressPanicPrintk();
            consoleDropped = k.consoleDropped();
        }

        void after(Run run, Choice c, List<Choice> enabled, List<Step> stack, long t0) {
            Kernel k = run.kernel();
            TraceEvent e = run.trace().getLast();
            Cpu cpu = k.cpu(c.cpu());
            recorder.after(k, c);
            int idx = run.history().size(), i = idx - 1;
            Step ran = log.step(i); // the step the recorder saw run (the trace keeps only its id)
            entries.add(new Entry(idx, c, c.cpu(), ran, e.function(), t0, cpu.clock(), stack, cpu.status(),
                    cpu.spinOn(), !cpu.irqsOn(), e.changes(), List.copyOf(enabled)));
            String name = "CPU" + c.cpu();
            if (log.has(i, StepLog.F_PANIC)) marks.add(new Mark(MarkKind.PANIC, c.cpu(), t0, idx, name + " enters panic() (" + e.function() + ")"));
            if (log.has(i, StepLog.F_NMI)) marks.add(new Mark(MarkKind.NMI, c.cpu(), t0, idx, "NMI lands on " + name + ": " + e.function()));
            if (log.has(i, StepLog.F_IPI)) marks.add(new Mark(MarkKind.IPI, c.cpu(), t0, idx, "REBOOT IPI lands on " + name + ": stop_this_cpu()"));
            if (log.has(i, StepLog.F_DROP))
                marks.add(new Mark(MarkKind.DROP, c.cpu(), t0, idx, k.consoleDropped() > consoleDropped
                        ? "the console skips a record it can no longer print (console_dropped " + k.consoleDropped() + ")"
                        : "record " + (k.ringBuffer().firstSeq() - 1) + " overwritten before the console printed it (ring buffer full)"));
            if (k.suppressPanicPrintk() && !suppressPanicPrintk)
                marks.add(new Mark(MarkKind.SUPPRESS, c.cpu(), t0, idx, "P3: too many dropped messages: suppress_panic_printk = 1"));
            if (log.has(i, StepLog.F_HALT))
                marks.add(new Mark(MarkKind.HALT, c.cpu(), cpu.clock(), idx, name + " " + (cpu.status() == CpuStatus.SELF_STOPPED ? "self-stopped" : "halted")
                        + " at " + cpu.pc() + " (" + cpu.pc().function() + ")"));
            if (log.has(i, StepLog.F_FINISH))
                marks.add(cpu.status() == CpuStatus.KDUMP
                        ? new Mark(MarkKind.KDUMP, c.cpu(), cpu.clock(), idx, name + " jumps into the kdump kernel (machine_kexec)")
                        : new Mark(MarkKind.DONE, c.cpu(), cpu.clock(), idx, name + " completed panic()"));
            for (; arrowsSeen < log.arrowCount(); arrowsSeen++) link(k, log.arrow(arrowsSeen));
        }

        /** The recorder's arrow as a link in model time, with a sentence for a tooltip; a send gets its mark too. */
        private void link(Kernel k, Arrow a) {
            Entry from = entries.get(a.fromIndex()), to = entries.get(a.toIndex());
            String f = "CPU" + a.fromCpu(), t = "CPU" + a.toCpu();
            switch (a.kind()) {
                case NMI -> {
                    marks.add(new Mark(MarkKind.NMI_SENT, a.fromCpu(), from.t0(), from.index(), f + " sends an NMI to " + t + " (" + from.step() + ")"));
                    links.add(new Link(LinkKind.NMI, a.fromCpu(), from.t0(), from.index(), a.toCpu(), to.t0(), to.index(), false,
                            "NMI from " + f + " lands on " + t));
                }
                case IPI -> {
                    marks.add(new Mark(MarkKind.IPI_SENT, a.fromCpu(), from.t0(), from.index(), f + " sends a REBOOT IPI to " + t + " (" + from.step() + ")"));
                    links.add(new Link(LinkKind.IPI, a.fromCpu(), from.t0(), from.index(), a.toCpu(), to.t0(), to.index(), false,
                            "REBOOT IPI from " + f + " lands on " + t));
                }
                case HANDOVER -> links.add(new Link(LinkKind.HANDOVER, a.fromCpu(), from.t0(), from.index(), a.toCpu(), to.t0(), to.index(), false,
                        "console hand-over: " + f + " (SD5) passes console_sem to " + t + " (" + to.step() + ")"));
                case WAIT_FOR -> {
                    Cpu spinner = k.cpu(a.fromCpu());
                    links.add(new Link(LinkKind.WAIT_FOR, a.fromCpu(), from.t0(), from.index(), a.toCpu(), from.t0(), from.index(), a.severe(),
                            f + " spins at " + spinner.pc() + " on " + (spinner.spinOn() != null ? spinner.spinOn().label() : "a lock") + ", waiting for " + t
                                    + (a.severe() ? " (halted: it will never release it)" : "")));
                }
            }
        }

        void finish(Run run) {
            marks.sort(java.util.Comparator.comparingInt(Mark::index)); // a send is marked when its interrupt lands
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

    /** Model time in words: one unit is about 10 ms (design doc §2.3), "40 ms", "1.25 s". */
    public static String ms(long t) {
        long ms = t * 10;
        return ms >= 1000 ? String.format(java.util.Locale.ROOT, "%.2f s", ms / 1000.0) : ms + " ms";
    }

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
}

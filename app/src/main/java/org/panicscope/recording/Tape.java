package org.panicscope.recording;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicLong;
import org.panicscope.engine.Budget;
import org.panicscope.engine.Choice;
import org.panicscope.engine.Outcome;
import org.panicscope.engine.Progress;
import org.panicscope.engine.ReplayScheduler;
import org.panicscope.engine.Run;
import org.panicscope.engine.Schedule;
import org.panicscope.engine.Scheduler;
import org.panicscope.engine.StateDiff;
import org.panicscope.model.Config;
import org.panicscope.model.Cpu;
import org.panicscope.model.CpuStatus;
import org.panicscope.model.Kernel;
import org.panicscope.model.Params;
import org.panicscope.model.Resource;
import org.panicscope.model.Step;
import org.panicscope.scenario.Scenario;

/**
 * The recording of one whole run, the only one there is: the window steps through it, the pictures and the trace
 * export draw it, {@link Comparison} walks two of them. The run is driven once by the engine's own drive loop and
 * one observer ({@link StepRecorder}) writes one row per choice into the {@link StepLog}, with the marks and arrows
 * between lanes; every {@value #SNAPSHOT_EVERY} choices a copy of the run is kept, so any position is rebuilt by
 * replaying at most that many choices from the nearest copy.
 *
 * <p>What a row does not keep is rebuilt from the nearest copy when asked: the text of a choice's changes (a
 * divergence's headline, a frame caption) and the choices enabled before it (a different choice at a divergence).
 * Those are needed at a handful of choices, while a row is needed at every one: the window records up to a million
 * choices ({@link Budget#DEFAULT}) and keeps about 45 bytes a choice plus one copy of the run per 256 choices, where
 * a list of trace events with their texts would take ten times that. A comparison decides on the row alone: the
 * fingerprint of the changes tells equal effects apart (see {@link StateDiff#fingerprint}).
 *
 * <p>The run is driven exactly like {@code panicscope run}: a {@link ReplayScheduler} over the plan, then the
 * default policy. {@link #replay} (the command line) refuses a token that cannot apply; {@link #record} (the
 * window) stops replaying there instead, keeps the place and the reason as {@link #replayStop()}, and the default
 * policy carries the run on to its verdict.
 */
public final class Tape {
    public static final int SNAPSHOT_EVERY = 256;

    /** Where and why the replay of the plan stopped. */
    public record ReplayStop(int index, String reason) { }

    private static final AtomicLong DRIVES = new AtomicLong();

    private final Scenario scenario;
    private final Config config;
    private final Schedule plan;
    private final boolean timed;
    private final Budget budget;
    private final List<Run> snapshots = new java.util.ArrayList<>();
    private final StepLog log;
    private final Run end;
    private ReplayStop replayStop;

    private Tape(Scenario scenario, Config config, Schedule plan, boolean timed, Budget budget) {
        this.scenario = scenario;
        this.config = config;
        this.plan = plan;
        this.timed = timed;
        this.budget = budget;
        this.end = scenario.newRun(config, timed, Run.Mode.REPLAY, false);
        this.log = new StepLog(end.kernel().cpuCount());
    }

    /** Records the run of a plan; the plan's own timing mode ({@code untimed:} prefix) decides timed or untimed. */
    public static Tape record(Scenario s, Config c, Schedule plan) {
        return record(s, c, plan, Budget.DEFAULT);
    }

    /** A run that uses up {@code budget} ends with NO-VERDICT, which the verdict banner shows like any verdict. */
    public static Tape record(Scenario s, Config c, Schedule plan, Budget budget) {
        Tape t = new Tape(s, c, plan, !plan.untimed(), budget);
        t.drive(false, Progress.NONE);
        return t;
    }

    /** {@link #replay(Scenario, Config, Schedule, boolean, Budget, Progress)} within the default budget. */
    public static Tape replay(Scenario s, Config c, Schedule schedule, boolean timed) {
        return replay(s, c, schedule, timed, Budget.DEFAULT, Progress.NONE);
    }

    /**
     * Replays {@code schedule} exactly as {@code panicscope run} does, then the default policy until a verdict or
     * the end of {@code budget}. The run is untimed when the schedule says so ({@code untimed:}) or {@code timed} is
     * false. Throws {@link ReplayScheduler.ImpossibleSchedule} when a token cannot apply.
     */
    public static Tape replay(Scenario s, Config c, Schedule schedule, boolean timed, Budget budget, Progress progress) {
        Tape t = new Tape(s, c, schedule, timed && !schedule.untimed(), budget);
        t.drive(true, progress);
        return t;
    }

    private void drive(boolean strict, Progress progress) {
        DRIVES.incrementAndGet();
        ReplayScheduler replay = new ReplayScheduler(plan, true);
        StepRecorder rec = new StepRecorder(log);
        Scheduler planThenDefault = strict ? replay : run -> {
            if (replayStop == null) {
                try {
                    return replay.next(run);
                } catch (IllegalArgumentException e) { // ImpossibleSchedule: stop replaying, mark the place
                    replayStop = new ReplayStop(log.size(), e.getMessage());
                }
            }
            return run.defaultChoice();
        };
        Scheduler.drive(end, planThenDefault, budget, new Scheduler.Listener() {
            @Override public void before(Run run, Choice c) {
                if (log.size() % SNAPSHOT_EVERY == 0) snapshots.add(run.fork());
                rec.before(run.kernel(), c);
            }

            @Override public void after(Run run, Choice c) {
                rec.after(run.kernel(), c);
                if ((log.size() & 1023) == 0) {
                    progress.check();
                    progress.advanced(1024, log.size() + " choices replayed");
                }
            }
        });
        log.sortMarks();
    }

    /** How many runs were recorded in this JVM: one drive each (tests check that a view records a run once). */
    public static long drives() { return DRIVES.get(); }

    // ---- reading -----------------------------------------------------------------------------------------------

    public Scenario scenario() { return scenario; }
    public Config config() { return config; }
    /** The schedule the run was recorded from (the input, with until-items). */
    public Schedule plan() { return plan; }
    public boolean timed() { return timed; }
    /** The budget the run was driven within. */
    public Budget budget() { return budget; }
    public int size() { return log.size(); }
    public Choice choice(int i) { return log.choice(i); }
    public List<Choice> choices() { return List.copyOf(new Rows<>(log::choice)); }
    public StepLog log() { return log; }
    /** The verdict at the end of the tape (null when the run stopped without one). */
    public Outcome outcome() { return end.outcome(); }
    public ReplayStop replayStop() { return replayStop; }
    public int cpuCount() { return log.cpuCount(); }
    /** Choice {@code i} (0-based) as an entry. */
    public Entry entry(int i) { return new Entry(this, i); }
    /** Every choice as an entry, made when read. */
    public List<Entry> entries() { return new Rows<>(this::entry); }
    /** The marks on the lanes, in choice order. */
    public List<Mark> marks() { return log.marks(); }
    public List<Arrow> arrows() { return log.arrows(); }
    Params.PanicVia panicVia() { return end.kernel().params.panicVia; }

    /** The exact choices of the first {@code p} positions as a schedule string; pasting it reproduces them. */
    public Schedule exactSchedule(int p) { return Schedule.of(new Rows<>(log::choice).subList(0, Math.min(p, size()))).withUntimed(!timed); }
    /** The explicit schedule of the run (every choice), as {@code panicscope run} prints it. */
    public Schedule schedule() { return exactSchedule(size()); }

    /** The largest CPU clock at the end of the run. */
    public long end() {
        long e = 0;
        for (int i = 0; i < cpuCount(); i++) e = Math.max(e, end.kernel().cpu(i).clock());
        return e;
    }

    public CpuStatus finalStatus(int cpu) { return end.kernel().cpu(cpu).status(); }
    public Step finalPc(int cpu) { return end.kernel().cpu(cpu).pc(); }
    public Resource finalSpin(int cpu) { return end.kernel().cpu(cpu).spinOn(); }

    /** A fresh run at position {@code p} (after p choices), rebuilt from the nearest snapshot. */
    public Run runAt(int p) {
        if (p < 0 || p > size()) throw new IndexOutOfBoundsException("position " + p + " of " + size());
        if (p == size() || snapshots.isEmpty()) return end.fork();
        int s = Math.min(p / SNAPSHOT_EVERY, snapshots.size() - 1);
        Run r = snapshots.get(s).fork();
        for (int i = s * SNAPSHOT_EVERY; i < p; i++) r.apply(log.choice(i));
        return r;
    }

    /** What choice {@code i} changed, as the trace's last column: replayed from the nearest snapshot. */
    public String changes(int i) {
        Run r = runAt(i);
        Kernel k = r.kernel();
        Cpu c = k.cpu(log.cpu(i));
        String[] before = k.sharedValues();
        String cpuBefore = StateDiff.cpuState(c);
        r.apply(log.choice(i));
        return StateDiff.of(before, k.sharedValues(), cpuBefore, StateDiff.cpuState(c));
    }

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

    /** The rows as a list, each element made when read. */
    private final class Rows<T> extends AbstractList<T> implements RandomAccess {
        private final java.util.function.IntFunction<T> row;

        Rows(java.util.function.IntFunction<T> row) { this.row = row; }

        @Override public T get(int i) { return row.apply(java.util.Objects.checkIndex(i, size())); }
        @Override public int size() { return log.size(); }
    }
}

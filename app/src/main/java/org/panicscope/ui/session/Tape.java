package org.panicscope.ui.session;

import java.util.ArrayList;
import java.util.List;
import org.panicscope.engine.Budget;
import org.panicscope.engine.Choice;
import org.panicscope.engine.Outcome;
import org.panicscope.engine.ReplayScheduler;
import org.panicscope.engine.Run;
import org.panicscope.engine.Schedule;
import org.panicscope.engine.Scheduler;
import org.panicscope.model.Config;
import org.panicscope.scenario.Scenario;

/**
 * One whole run of a scenario under a configuration, recorded for the timeline: every choice from the start to the
 * verdict, what each did ({@link StepLog}), and a copy of the run every {@value #SNAPSHOT_EVERY} choices, so that any
 * position is rebuilt by replaying at most that many choices from the nearest copy.
 *
 * <p>The run is driven exactly like {@code panicscope run}: a {@link ReplayScheduler} over the plan, then the
 * default policy. Where a token of the plan cannot apply (an impossible schedule, e.g. after a patch was switched
 * on), replay stops there, the place and the reason are kept as {@link #replayStop()}, and the default policy
 * carries the run on to its verdict.
 */
public final class Tape {
    public static final int SNAPSHOT_EVERY = 256;

    /** Where and why the replay of the plan stopped. */
    public record ReplayStop(int index, String reason) { }

    private final Scenario scenario;
    private final Config config;
    private final Schedule plan;
    private final boolean timed;
    private final List<Choice> choices = new ArrayList<>();
    private final List<Run> snapshots = new ArrayList<>();
    private final StepLog log;
    private final Run end;
    private ReplayStop replayStop;

    private Tape(Scenario scenario, Config config, Schedule plan, boolean timed) {
        this.scenario = scenario;
        this.config = config;
        this.plan = plan;
        this.timed = timed;
        this.end = scenario.newRun(config, timed, Run.Mode.REPLAY, false);
        this.log = new StepLog(end.kernel().cpuCount());
    }

    /** Records the run of a plan; the plan's own timing mode ({@code untimed:} prefix) decides timed or untimed. */
    public static Tape record(Scenario s, Config c, Schedule plan) {
        return record(s, c, plan, Budget.DEFAULT);
    }

    /** A run that uses up {@code budget} ends with NO-VERDICT, which the verdict banner shows like any verdict. */
    public static Tape record(Scenario s, Config c, Schedule plan, Budget budget) {
        Tape t = new Tape(s, c, plan, !plan.untimed());
        t.drive(budget);
        return t;
    }

    private void drive(Budget budget) {
        ReplayScheduler replay = new ReplayScheduler(plan, true);
        StepRecorder rec = new StepRecorder(log);
        Scheduler planThenDefault = run -> {
            if (replayStop == null) {
                try {
                    return replay.next(run);
                } catch (IllegalArgumentException e) { // ImpossibleSchedule: stop replaying, mark the place
                    replayStop = new ReplayStop(choices.size(), e.getMessage());
                }
            }
            return run.defaultChoice();
        };
        Scheduler.drive(end, planThenDefault, budget, new Scheduler.Listener() {
            @Override public void before(Run run, Choice c) {
                if (choices.size() % SNAPSHOT_EVERY == 0) snapshots.add(run.fork());
                rec.before(run.kernel(), c);
            }

            @Override public void after(Run run, Choice c) {
                rec.after(run.kernel(), c);
                choices.add(c);
            }
        });
    }

    // ---- reading -----------------------------------------------------------------------------------------------

    public Scenario scenario() { return scenario; }
    public Config config() { return config; }
    public Schedule plan() { return plan; }
    public boolean timed() { return timed; }
    public int size() { return choices.size(); }
    public Choice choice(int i) { return choices.get(i); }
    public List<Choice> choices() { return List.copyOf(choices); }
    public StepLog log() { return log; }
    /** The verdict at the end of the tape (null when the run stopped without one). */
    public Outcome outcome() { return end.outcome(); }
    public ReplayStop replayStop() { return replayStop; }
    public int cpuCount() { return log.cpuCount(); }

    /** The exact choices of the first {@code p} positions as a schedule string; pasting it reproduces them. */
    public Schedule exactSchedule(int p) { return Schedule.of(choices.subList(0, Math.min(p, choices.size()))).withUntimed(!timed); }

    /** A fresh run at position {@code p} (after p choices), rebuilt from the nearest snapshot. */
    public Run runAt(int p) {
        if (p < 0 || p > choices.size()) throw new IndexOutOfBoundsException("position " + p + " of " + choices.size());
        if (p == choices.size() || snapshots.isEmpty()) return end.fork();
        int s = Math.min(p / SNAPSHOT_EVERY, snapshots.size() - 1);
        Run r = snapshots.get(s).fork();
        for (int i = s * SNAPSHOT_EVERY; i < p; i++) r.apply(choices.get(i));
        return r;
    }
}

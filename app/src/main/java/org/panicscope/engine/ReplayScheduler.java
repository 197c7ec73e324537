package org.panicscope.engine;

import java.util.List;
import org.panicscope.model.Kernel;

/**
 * Replays a schedule string exactly, then continues with the run's default policy. In timed mode a CPU cannot run
 * ahead of time: before a token for CPU d, the CPUs behind d in time catch up with their own steps (and forced
 * interrupts land); those steps become explicit in the run's schedule. A token that cannot apply is an error
 * naming the token and the reason ("impossible schedule"). A final cycle {@code (...)*} repeats until a verdict;
 * when one pass of it leaves the state unchanged while the panic is unfinished, that is a livelock.
 */
public final class ReplayScheduler implements Scheduler {
    private final Schedule schedule;
    private final boolean continueWithDefault;
    private int item;
    private int done;
    private int cycleItem = -1;
    private int cycleDone;
    private Kernel cycleStart;
    private int cycleStartChoices;
    private int cyclePasses;

    public ReplayScheduler(Schedule schedule, boolean continueWithDefault) {
        this.schedule = schedule;
        this.continueWithDefault = continueWithDefault;
    }

    /** Thrown when a schedule token cannot apply. */
    public static final class ImpossibleSchedule extends IllegalArgumentException {
        private final int item;

        public ImpossibleSchedule(String msg) { this(msg, -1); }

        /** @param item the 0-based index of the item that cannot apply (cycle items follow the others), or -1 */
        public ImpossibleSchedule(String msg, int item) {
            super(msg);
            this.item = item;
        }

        /** The 0-based index of the offending item, counting the cycle's items after the others; -1 if none. */
        public int item() { return item; }
    }

    @Override public Choice next(Run run) {
        while (true) {
            List<Schedule.Item> items = cycleItem < 0 ? schedule.items() : schedule.cycle();
            int idx = cycleItem < 0 ? item : cycleItem;
            if (cycleItem < 0 && idx >= items.size()) {
                if (schedule.cycle().isEmpty()) return continueWithDefault ? run.defaultChoice() : null;
                startCyclePass(run);
                continue;
            }
            if (cycleItem >= 0 && idx >= items.size()) {
                if (closeCyclePass(run)) return null;
                continue;
            }
            Schedule.Item it = items.get(idx);
            int progress = cycleItem < 0 ? done : cycleDone;
            if (it.choice().cpu() >= run.kernel().cpuCount()) throw impossible(run, it, it.choice());
            boolean itemDone = it.until() != null
                    ? run.kernel().cpu(it.choice().cpu()).pc() == it.until() || !run.kernel().cpu(it.choice().cpu()).status().runnable()
                    : progress >= it.repeat();
            if (itemDone) {
                if (cycleItem < 0) { item++; done = 0; } else { cycleItem++; cycleDone = 0; }
                continue;
            }
            Choice want = it.choice();
            if (want.cpu() >= run.kernel().cpuCount()) throw impossible(run, it, want);
            if (run.isEnabled(want)) {
                if (cycleItem < 0) done++; else cycleDone++;
                return want;
            }
            Choice pre = (want.kind() == Choice.Kind.STEP || want.kind() == Choice.Kind.STALL) && run.kernel().cpu(want.cpu()).status().runnable() ? run.catchUp() : null;
            if (pre == null || pre.equals(want)) throw impossible(run, it, want);
            return pre;
        }
    }

    private void startCyclePass(Run run) {
        cycleItem = 0;
        cycleDone = 0;
        cycleStart = run.kernel().copy();
        cycleStartChoices = run.history().size();
    }

    /** Ends one pass of the cycle; returns true when the run is over. */
    private boolean closeCyclePass(Run run) {
        cyclePasses++;
        if (run.kernel().key(run.timed()).equals(cycleStart.key(run.timed())) && run.panicStart() >= 0) {
            int len = run.history().size() - cycleStartChoices;
            run.livelock("the state repeats every " + len + " choices while panic() is unfinished: CPU"
                    + run.kernel().panicCpu() + " never reaches its next milestone (a fair cycle; every running CPU steps in it)",
                    "fair cycle in " + run.kernel().cpu(Math.max(0, run.kernel().panicCpu())).pc());
            return true;
        }
        if (cyclePasses > 1000) throw new ImpossibleSchedule("the cycle of the schedule never returns to the same state");
        startCyclePass(run);
        return false;
    }

    private ImpossibleSchedule impossible(Run run, Schedule.Item it, Choice want) {
        int index = cycleItem < 0 ? item : schedule.items().size() + cycleItem;
        return new ImpossibleSchedule("impossible schedule: token '" + it.text() + "' (item " + (index + 1)
                + ") cannot apply after " + run.history().size() + " choices: " + run.whyNot(want), index);
    }
}

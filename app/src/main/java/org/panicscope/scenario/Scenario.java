package org.panicscope.scenario;

import java.util.List;
import java.util.Map;
import org.panicscope.engine.ReplayScheduler;
import org.panicscope.engine.Run;
import org.panicscope.engine.Scheduler;
import org.panicscope.engine.Schedule;
import org.panicscope.engine.Verdict;
import org.panicscope.model.Config;
import org.panicscope.model.Cpu;
import org.panicscope.model.Kernel;
import org.panicscope.model.Params;
import org.panicscope.model.Resource;

/**
 * A scenario (design doc §6): the CPUs and their programs, parameters, the forcing schedule and the verdict the
 * doc expects per configuration, plus the words around it (title, description with sources, narration).
 *
 * @param origin   where it came from: {@code bundled} or the file path
 * @param params   the defaults of design doc §2.3 with this scenario's overrides applied
 * @param settings  the overrides exactly as the file wrote them (saved back unchanged)
 * @param config    the configuration the scenario opens with (a saved run keeps its own; default BASE)
 * @param overrides per-configuration forcing schedules, where the default one cannot reach the window under that
 *                  configuration's timing (keyed by configuration name, as written)
 */
public record Scenario(String id, String title, String section, String description, List<String> sources,
                       List<CpuSpec> cpus, Params params, Map<String, Object> settings, String config,
                       String scheduleText, Schedule schedule, Map<String, String> overrides,
                       Map<String, Verdict> expected, Narration narration, String origin) {

    /** The forcing schedule for a configuration: its override if the file gives one, else the default. */
    public Schedule scheduleFor(Config c) {
        String o = overrides.get(c.name());
        return o == null ? schedule : Schedule.parse(o);
    }

    public String scheduleTextFor(Config c) {
        String o = overrides.get(c.name());
        return o == null ? scheduleText : o;
    }

    /** One CPU: its program, the lock a lock holder takes, and whether this CPU is the one that panics. */
    public record CpuSpec(Cpu.Program program, Resource lock, boolean panics) { }

    /** Words for a talk: an introduction and notes that appear at given choices of the run. */
    public record Narration(String intro, List<Note> notes) {
        public static final Narration NONE = new Narration("", List.of());
    }

    /** A note shown when the run reaches choice number {@code at} (1-based, as in the trace), pointing at a panel. */
    public record Note(int at, String text, String point) { }

    public int triggerCpu() {
        for (int i = 0; i < cpus.size(); i++) if (cpus.get(i).panics()) return i;
        return 0;
    }

    public Kernel newKernel(Config config) {
        Cpu.Program[] programs = new Cpu.Program[cpus.size()];
        Resource[] locks = new Resource[cpus.size()];
        for (int i = 0; i < programs.length; i++) {
            programs[i] = cpus.get(i).program();
            locks[i] = cpus.get(i).lock();
        }
        return new Kernel(params, config, programs, locks, triggerCpu());
    }

    public Run newRun(Config config, boolean timed, boolean explore, boolean tracing) {
        return new Run(newKernel(config), timed, explore, tracing);
    }

    public Run newRun(Config config, boolean timed, Run.Mode mode, boolean tracing) {
        return new Run(newKernel(config), timed, mode, tracing);
    }

    /**
     * Replays a schedule under a configuration and continues with the default policy until a verdict. The run is
     * untimed when the schedule says so ({@code untimed:}) or {@code forceUntimed} is set.
     *
     * @throws org.panicscope.engine.ReplayScheduler.ImpossibleSchedule when a token cannot apply
     */
    public Run replay(Config config, Schedule schedule, boolean forceUntimed, boolean tracing) {
        Run run = newRun(config, !(schedule.untimed() || forceUntimed), false, tracing);
        return Scheduler.drive(run, new ReplayScheduler(schedule, true));
    }
}

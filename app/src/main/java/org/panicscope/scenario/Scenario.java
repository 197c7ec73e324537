package org.panicscope.scenario;

import java.util.List;
import java.util.Map;
import org.panicscope.engine.Budget;
import org.panicscope.engine.KernelSource;
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
 * @param sha256    the SHA-256 (hex) of the very bytes the scenario was parsed from, for a run line's digest; null
 *                  when it was not read from a file (bundled, or changed in the app since)
 */
public record Scenario(String id, String title, String section, String description, List<String> sources,
                       List<CpuSpec> cpus, Params params, Map<String, Object> settings, String config,
                       String scheduleText, Schedule schedule, Map<String, String> overrides,
                       Map<String, Verdict> expected, Narration narration, String origin, String sha256)
        implements KernelSource {

    public Scenario {
        sources = List.copyOf(sources);
        cpus = List.copyOf(cpus);
        settings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(settings));
        overrides = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(overrides));
        expected = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(expected));
    }

    /** The forcing schedule for a configuration: its override if the file gives one, else the default. */
    public Schedule scheduleFor(Config c) {
        String o = overrides.get(c.name());
        return o == null ? schedule : Schedule.parse(o);
    }

    public String scheduleTextFor(Config c) {
        String o = overrides.get(c.name());
        return o == null ? scheduleText : o;
    }

    /**
     * This scenario with a run of the app as its story: the run's configuration becomes the default one and its
     * schedule string the forcing schedule, with the given narration ({@code null}: keep the current one). The
     * per-configuration schedules and the expected verdicts are dropped: they described the old schedule.
     * What the app's "save run" writes with {@link ScenarioWriter}.
     *
     * @throws IllegalArgumentException for an unknown configuration or a malformed schedule (the message names it)
     */
    public Scenario withRun(String config, String schedule, Narration narration) {
        Config c = Config.parse(config);
        Schedule parsed = Schedule.parse(schedule);
        return new Scenario(id, title, section, description, sources, cpus, params, settings, c.name(), schedule.strip(),
                parsed, Map.of(), Map.of(), narration == null ? this.narration : narration, origin, null);
    }

    /**
     * This scenario with one parameter changed (as a file would set it: an Integer, Boolean or String), for a
     * parameter sweep; the forcing schedules and expected verdicts stay, though they may no longer hold there.
     *
     * @throws IllegalArgumentException for an unknown name or a value out of range (the message names both)
     */
    public Scenario withParam(String name, Object value) {
        Params p = params.with(name, value);
        java.util.Map<String, Object> s = new java.util.LinkedHashMap<>(settings);
        s.put(name, value);
        return new Scenario(id, title, section, description, sources, cpus, p, s, config, scheduleText, schedule,
                overrides, expected, narration, origin, null);
    }

    /** This scenario with other words around it. */
    public Scenario withNarration(Narration narration) {
        return new Scenario(id, title, section, description, sources, cpus, params, settings, config, scheduleText,
                schedule, overrides, expected, narration, origin, null);
    }

    /** This scenario as read from bytes with this SHA-256 (hex): what a run line names the file by. */
    public Scenario withSha256(String hex) {
        return new Scenario(id, title, section, description, sources, cpus, params, settings, config, scheduleText,
                schedule, overrides, expected, narration, origin, hex);
    }

    /** One CPU: its program, the lock a lock holder takes, and whether this CPU is the one that panics. */
    public record CpuSpec(Cpu.Program program, Resource lock, boolean panics) { }

    /**
     * Words for a talk: an introduction and notes that appear at given choices of the forcing-schedule run under
     * the scenario's default configuration (the app shows them beside the timeline and in presenter mode).
     */
    public record Narration(String intro, List<Note> notes) {
        public static final Narration NONE = new Narration("", List.of());

        public Narration {
            notes = List.copyOf(notes);
        }

        public boolean isEmpty() { return intro.isEmpty() && notes.isEmpty(); }

        /** The notes to show once the run has made {@code choices} choices (0: before the first). */
        public List<Note> notesAt(int choices) {
            return notes.stream().filter(n -> n.at() == choices).toList();
        }

        /** The last note at or before {@code choices}, or null: what a presenter view keeps on screen. */
        public Note current(int choices) {
            Note last = null;
            for (Note n : notes) if (n.at() <= choices) last = n;
            return last;
        }
    }

    /**
     * A note shown once the run has made {@code at} choices, i.e. right after the step numbered {@code at} in the
     * trace ({@code i} in {@code run --json}); 0 shows it at the start. {@code point} names the panel to point at
     * (one of {@code ScenarioLoader.POINTS}) or is null.
     */
    public record Note(int at, String text, String point) {
        public static final int MAX_AT = 10_000_000;
    }

    public int triggerCpu() {
        for (int i = 0; i < cpus.size(); i++) if (cpus.get(i).panics()) return i;
        return 0;
    }

    @Override
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
        return replay(config, schedule, forceUntimed, tracing, Budget.DEFAULT);
    }

    /** As {@link #replay(Config, Schedule, boolean, boolean)}; a run that uses up {@code budget} ends with NO-VERDICT. */
    public Run replay(Config config, Schedule schedule, boolean forceUntimed, boolean tracing, Budget budget) {
        Run run = newRun(config, !(schedule.untimed() || forceUntimed), false, tracing);
        return Scheduler.drive(run, new ReplayScheduler(schedule, true), budget);
    }
}

package org.panicscope.sweep;

import java.util.ArrayList;
import java.util.List;
import org.panicscope.model.Cpu;
import org.panicscope.scenario.Scenario;

/**
 * The {@code writers} sweep parameter: how many CPUs run Stephen's kmsg writer [S0]. The other CPUs keep their
 * programs and order; the writers follow them. The forcing schedules name CPUs by number, so a sweep explores and
 * never replays them.
 */
final class Writers {
    private Writers() { }

    static int count(Scenario s) {
        int n = 0;
        for (Scenario.CpuSpec c : s.cpus()) if (c.program() == Cpu.Program.WRITER) n++;
        return n;
    }

    static Scenario with(Scenario s, int writers) {
        List<Scenario.CpuSpec> cpus = new ArrayList<>();
        for (Scenario.CpuSpec c : s.cpus()) if (c.program() != Cpu.Program.WRITER) cpus.add(c);
        for (int i = 0; i < writers; i++) cpus.add(new Scenario.CpuSpec(Cpu.Program.WRITER, null, false));
        if (cpus.isEmpty()) throw new IllegalArgumentException("writers=0 leaves " + s.id() + " without a CPU");
        if (cpus.size() > org.panicscope.scenario.ScenarioLoader.MAX_CPUS)
            throw new IllegalArgumentException("writers=" + writers + " gives " + s.id() + " " + cpus.size() + " CPUs, more than "
                    + org.panicscope.scenario.ScenarioLoader.MAX_CPUS);
        return new Scenario(s.id(), s.title(), s.section(), s.description(), s.sources(), cpus, s.params(), s.settings(),
                s.config(), s.scheduleText(), s.schedule(), s.overrides(), s.expected(), s.narration(), s.origin(), null);
    }
}

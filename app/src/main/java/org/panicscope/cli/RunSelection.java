package org.panicscope.cli;

import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options that pick a run, or two runs to compare, shared by {@code compare} and {@code export} (a picocli mixin):
 * a scenario, one or two configurations, a schedule, or a share line naming all of them.
 */
final class RunSelection {
    @Parameters(index = "0", arity = "0..1", paramLabel = "<id|file>", description = "a bundled scenario id or a scenario file")
    String scenario;

    @Option(names = "--config", paramLabel = "NAME", description = "a configuration, e.g. BASE or FINAL+FX-TRYLOCK; twice for two runs side by side: --config BASE --config FINAL")
    List<String> configs;

    @Option(names = "--schedule", paramLabel = "STRING", description = "schedule string, replayed under each configuration (default: the scenario's forcing schedule)")
    String schedule;

    @Option(names = "--untimed", description = "pure interleaving: ignore the time costs of design doc §2.3")
    boolean untimed;

    @Option(names = "--run", paramLabel = "LINE", description = "a share line naming scenario, configuration(s) (config= and vs=) and schedule; --config adds a second")
    String runLine;

    @Mixin BudgetOption budget;

    /** The runs named, checked: from {@code min} to {@code max} configurations. */
    RunInput resolve(int min, int max) { return RunInput.resolve(scenario, configs, schedule, runLine, untimed, min, max).within(budget.budget()); }
}

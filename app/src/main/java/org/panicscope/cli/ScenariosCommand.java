package org.panicscope.cli;

import java.util.concurrent.Callable;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "scenarios", mixinStandardHelpOptions = true, description = "List the bundled scenarios (id and title), in teaching order.")
final class ScenariosCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override public Integer call() {
        for (Scenario s : Scenarios.all()) spec.commandLine().getOut().printf("%-20s %s%n", s.id(), s.title());
        return 0;
    }
}

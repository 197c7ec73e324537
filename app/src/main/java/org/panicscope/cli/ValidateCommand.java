package org.panicscope.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.panicscope.scenario.ScenarioException;
import org.panicscope.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true, description = "Check scenario files (schema and meaning); every problem as file:line:column: message. Exit 2 on errors.")
final class ValidateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<file>")
    List<Path> files;

    @Mixin BudgetOption budget;

    @Override public Integer call() {
        int bad = 0;
        for (Path f : files) {
            try {
                ScenarioLoader.validate(f, budget.budget());
                spec.commandLine().getOut().println(f + ": ok");
            } catch (ScenarioException e) {
                bad++;
                e.lines().forEach(spec.commandLine().getErr()::println);
            }
        }
        return bad == 0 ? 0 : 2;
    }
}

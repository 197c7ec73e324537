package org.panicscope.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.panicscope.course.LessonCheck;
import org.panicscope.scenario.JsonFile;
import org.panicscope.scenario.ScenarioException;
import org.panicscope.talk.TalkCheck;
import org.panicscope.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true, description = "Check scenario, lesson and talk files (schema and meaning; a lesson's or talk's claims "
        + "against the engine); every problem as file:line:column: message. Exit 2 on errors. The kind is the file's top-level "
        + "\"kind\" (\"lesson\", \"talk\"); a file without one is a scenario.")
final class ValidateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<file>")
    List<Path> files;

    @Mixin BudgetOption budget;

    @Override public Integer call() {
        int bad = 0;
        for (Path f : files) {
            try {
                validate(f);
                spec.commandLine().getOut().println(f + ": ok");
            } catch (ScenarioException e) {
                bad++;
                e.lines().forEach(spec.commandLine().getErr()::println);
            }
        }
        return bad == 0 ? 0 : 2;
    }

    private void validate(Path f) throws ScenarioException {
        String text = JsonFile.read(f);
        String name = f.toString();
        switch (String.valueOf(JsonFile.kind(text))) {
            case "lesson" -> LessonCheck.validate(text, name, name);
            case "talk" -> TalkCheck.validate(text, name, name);
            default -> ScenarioLoader.validate(text, name, name, budget.budget());
        }
    }
}

package org.panicscope.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** A scenario file that cannot be used, with every problem found, each as {@code file:line:column: message}. */
public final class ScenarioException extends Exception {
    private final String file;
    private final List<Problem> problems;

    public ScenarioException(String file, List<Problem> problems) {
        super(problems.stream().map(p -> p.format(file)).collect(Collectors.joining("\n")));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public String file() { return file; }
    public List<Problem> problems() { return problems; }
    public List<String> lines() { return problems.stream().map(p -> p.format(file)).toList(); }
}

package org.panicscope.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.panicscope.course.Course;
import org.panicscope.course.Lesson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "course", mixinStandardHelpOptions = true, description = "List the lessons of the self-study course and their steps (predict, challenge, explore).")
final class CourseCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (Lesson l : Course.all()) {
            out.printf("%-24s %s  [%s]%n", l.id(), l.title(), l.family());
            for (int i = 0; i < l.steps().size(); i++) {
                Lesson.Step s = l.steps().get(i);
                String what = s instanceof Lesson.Challenge c ? " (goal " + c.goal().describe() + ")" : "";
                out.printf("  %2d  %-9s %s %s%s: %s%n", i + 1, s.kind(), s.run().scenario(), s.run().config(), what, firstLine(s.text()));
            }
        }
        return 0;
    }

    private static String firstLine(String t) {
        String one = t.lines().findFirst().orElse("");
        return one.length() > 90 ? one.substring(0, 89) + "…" : one;
    }
}

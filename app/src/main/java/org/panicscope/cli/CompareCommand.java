package org.panicscope.cli;

import org.panicscope.scenario.Json;
import org.panicscope.engine.Progress;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.panicscope.recording.Comparison;
import org.panicscope.model.Config;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "compare", mixinStandardHelpOptions = true, description = "Run one scenario and schedule under two "
        + "configurations: the first step where the runs diverge, in words, and both verdicts side by side. Without --schedule "
        + "each configuration replays the scenario's forcing schedule.")
final class CompareCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin RunSelection runs;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override public Integer call() {
        RunInput in = runs.resolve(2, 2);
        Config a = in.configs().get(0), b = in.configs().get(1);
        Comparison cmp = Comparison.of(in.record(a, Progress.NONE), in.record(b, Progress.NONE));
        String share = in.share(a, b, cmp.a().timed()).toString();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = cmp.toJson();
            m.put("share", share);
            out.println(Json.write(m));
        } else {
            cmp.lines().forEach(out::println);
            out.println("share: " + share);
        }
        return 0;
    }
}

package org.panicscope;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.panicscope.cli.Cli;

/**
 * The command-line half of the build's AOT training run ({@code jlink/build-image.sh}). JDK 25 records the classes a
 * training run loads and links, and the image's launcher maps them from the cache at every start (JEP 483, JEP 514).
 * The training run starts the program as the launcher does, with no argument and the properties
 * {@code panicscope.aotTraining} and {@code panicscope.startupProbe}: {@link Main} first calls {@link #exercise()},
 * which runs the commands below in-process with their output discarded, then opens the window, and the start-up probe
 * closes it after the first frame.
 *
 * <p>The list is short on purpose: the cache holds every class the run loads, about 8 KB each, and the image must stay
 * under 100 MB. {@code run --json} alone would add 7 MB of Jackson serialisation. A command the training run never ran
 * works all the same; it loads its own classes from the image at the speed it would without a cache, and still finds
 * the JDK, JavaFX and model classes the window and these commands have put in the cache.
 */
final class AotTraining {
    static final String PROPERTY = "panicscope.aotTraining";

    private AotTraining() { }

    static void exercise() {
        List<String[]> commands = new ArrayList<>();
        commands.add(new String[] {"--version"});
        commands.add(new String[] {"--help"});
        commands.add(new String[] {"scenarios"});
        commands.add(new String[] {"run", "owner-halted", "--config", "BASE"});
        commands.add(new String[] {"run", "no-such-scenario"});   // the one-line usage-error path
        Path file = copyOfBundled("owner-halted");
        commands.add(new String[] {"validate", file.toString()});
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        try {
            for (String[] args : commands) Cli.run(sink, sink, args);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file left behind by a build is harmless
            }
        }
    }

    private static Path copyOfBundled(String id) {
        try (InputStream in = AotTraining.class.getResourceAsStream("/org/panicscope/scenarios/" + id + ".json")) {
            Path f = Files.createTempFile("panicscope-training-", ".json");
            Files.write(f, in.readAllBytes());
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

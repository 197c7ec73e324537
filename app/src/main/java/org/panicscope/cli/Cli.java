package org.panicscope.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: the same program as the app. Bad input (unknown scenario, configuration, switch, malformed or
 * impossible schedule) prints one line naming the bad value and the valid choices, and exits with status 2.
 */
@Command(name = "panicscope", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "See the Linux printk/panic race: run, explore and replay the model.",
        subcommands = {ScenariosCommand.class, RunCommand.class, ValidateCommand.class, ExploreCommand.class,
                TrialsCommand.class, BenchCommand.class, CompareCommand.class, ExportCommand.class})
public final class Cli implements Callable<Integer> {

    /** Bad input from the user: reported in one line, exit status 2. */
    public static final class UsageError extends RuntimeException {
        public UsageError(String msg) { super(msg); }
    }

    @Override public Integer call() {
        return 0;
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Cli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof UsageError || ex instanceof IllegalArgumentException) {
                cmd.getErr().println("panicscope: " + ex.getMessage());
                return 2;
            }
            throw ex;
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("panicscope: " + ex.getMessage());
            return 2;
        });
        return cl.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override public String[] getVersion() {
            String v = Cli.class.getModule().getDescriptor() != null && Cli.class.getModule().getDescriptor().version().isPresent()
                    ? Cli.class.getModule().getDescriptor().version().get().toString() : "0.1.0";
            return new String[] {
                "PanicScope " + v,
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")",
                "JavaFX " + javafxVersion()
            };
        }

        private static String javafxVersion() {
            return ModuleLayer.boot().findModule("javafx.base")
                    .flatMap(m -> m.getDescriptor().rawVersion()).orElse(System.getProperty("javafx.version", "unknown"));
        }
    }
}

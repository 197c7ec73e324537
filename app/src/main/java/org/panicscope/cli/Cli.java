package org.panicscope.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.module.ModuleDescriptor;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.panicscope.engine.Echo;
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
        for (CommandLine sub : cl.getSubcommands().values()) sub.getCommandSpec().versionProvider(new Version()); // --version anywhere
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof UsageError || ex instanceof IllegalArgumentException) {
                cmd.getErr().println("panicscope: " + Echo.message(ex.getMessage()));
                return 2;
            }
            throw ex;
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("panicscope: " + Echo.message(shortened(ex.getMessage())));
            return 2;
        });
        return cl.execute(args);
    }

    /** picocli echoes a bad option value whole: a value over {@value Echo#MAX} characters is cut in the message. */
    private static String shortened(String m) {
        if (m == null) return "";
        StringBuilder b = new StringBuilder();
        int q = 0;
        for (int open; (open = m.indexOf('\'', q)) >= 0; ) {
            int close = m.indexOf('\'', open + 1);
            if (close < 0) break;
            b.append(m, q, open + 1).append(Echo.of(m.substring(open + 1, close))).append('\'');
            q = close + 1;
        }
        return b.append(m.substring(q)).toString();
    }

    /** {@code panicscope --version}: this program's, Java's and JavaFX's versions, from the running code itself. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override public String[] getVersion() {
            return new String[] {
                "PanicScope " + panicscopeVersion(),
                "Java " + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vm.name") + ", "
                        + System.getProperty("java.vendor") + ")",
                "JavaFX " + javafxVersion()
            };
        }

        /** The module version Maven compiles in (jlink image), else the jar manifest's, else a development build. */
        static String panicscopeVersion() {
            ModuleDescriptor d = Cli.class.getModule().getDescriptor();
            if (d != null && d.rawVersion().isPresent()) return d.rawVersion().get();
            String v = Cli.class.getPackage().getImplementationVersion();
            return v != null ? v : "(development build)";
        }

        /**
         * javafx.base carries javafx.properties (javafx.version, javafx.runtime.version) at its root; a resource outside
         * any package is readable on the module path and on the class path alike. The toolkit copies it into system
         * properties only when it starts, which the command line never does, hence the direct read (by name: the
         * command line imports nothing from JavaFX, see LayeringTest).
         */
        static String javafxVersion() {
            Optional<Module> base = ModuleLayer.boot().findModule("javafx.base");
            try (InputStream in = base.isPresent() ? base.get().getResourceAsStream("javafx.properties")
                    : ClassLoader.getSystemResourceAsStream("javafx.properties")) {
                if (in != null) {
                    Properties p = new Properties();
                    p.load(in);
                    String v = p.getProperty("javafx.runtime.version", p.getProperty("javafx.version"));
                    if (v != null) return v;
                }
            } catch (IOException e) {
                // fall through to the module descriptor
            }
            return base.flatMap(m -> m.getDescriptor().rawVersion())
                    .orElse(System.getProperty("javafx.runtime.version", "unknown"));
        }
    }
}

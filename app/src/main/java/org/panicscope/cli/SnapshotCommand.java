package org.panicscope.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.panicscope.model.Config;
import org.panicscope.ui.WindowShot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code panicscope snapshot}: a PNG of the real window, made without a display, so that slides can be made from a
 * script. The window is built by the app's own code (ui.WindowShot); this class only checks the options.
 */
@Command(name = "snapshot", mixinStandardHelpOptions = true, description = "Render the app's window without a display "
        + "into a PNG: a scenario under a configuration, at a choice, at a screen size, in a theme, optionally in presenter "
        + "mode. Never overwrites a file without --force.")
final class SnapshotCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<id|file>", description = "a bundled scenario id or a scenario file")
    String scenario;

    @Option(names = "--config", paramLabel = "NAME", description = "configuration, e.g. BASE or FINAL (default: the scenario's)")
    String config;

    @Option(names = "--schedule", paramLabel = "STRING", description = "schedule string replayed (default: the configuration's forcing schedule)")
    String schedule;

    @Option(names = "--at", paramLabel = "end|N", description = "show the run at its end or after choice N (default: end)")
    String at = "end";

    @Option(names = "--size", paramLabel = "WxH", description = "picture size in pixels (default 1920x1080)")
    String size = "1920x1080";

    @Option(names = "--scale", paramLabel = "S", description = "screen scale: the window is laid out at WxH/S (default: 2 above 2560 px wide, "
            + "as a 4K screen at 200 %%; else 1)")
    Double scale;

    @Option(names = "--theme", paramLabel = "THEME", description = "dark (default), light or projector")
    String theme = "dark";

    @Option(names = "--presenter", description = "presenter mode (as F5 in the app)")
    boolean presenter;

    @Option(names = "--folded", description = "repeated iterations folded into one labelled block each (as F in the app)")
    boolean folded;

    @Option(names = "--axis", paramLabel = "AXIS", description = "the timeline's x axis: choices (default, one column per choice) "
            + "or time (kernel time, widths are durations; as X in the app)")
    String axis = "choices";

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "output PNG")
    Path out;

    @Option(names = "--force", description = "overwrite an existing file")
    boolean force;

    @Override public Integer call() throws IOException {
        if (!size.matches("\\d{3,5}x\\d{3,5}")) throw new Cli.UsageError("--size takes WIDTHxHEIGHT in pixels, e.g. 1280x720, not '" + size + "'");
        int w = Integer.parseInt(size.substring(0, size.indexOf('x'))), h = Integer.parseInt(size.substring(size.indexOf('x') + 1));
        double s = scale != null ? scale : w > 2560 ? 2 : 1;
        if (s < 1 || s > 4) throw new Cli.UsageError("--scale must be 1..4, not " + s);
        if (w / s < 800 || h / s < 500) throw new Cli.UsageError("--size " + size + " at scale " + s + " is smaller than the smallest window (800x500)");
        if (!axis.matches("choices|time")) throw new Cli.UsageError("--axis takes choices or time, not '" + axis + "'");
        if (!theme.matches("dark|light|projector")) throw new Cli.UsageError("--theme takes dark, light or projector, not '" + theme + "'");
        if (!at.equals("end") && !at.matches("\\d+")) throw new Cli.UsageError("--at takes end or a choice number, not '" + at + "'");
        if (!out.getFileName().toString().toLowerCase().endsWith(".png")) throw new Cli.UsageError("--out must name a .png file, not " + out);
        if (Files.exists(out) && !force) throw new Cli.UsageError(out + " exists; add --force to overwrite it");
        RunCommand.load(scenario);                          // an unknown id or a bad file: one line, exit 2
        if (config != null) Config.parse(config);
        try {
            String line = WindowShot.write(new WindowShot.Request(scenario, config, schedule, at, w, h, s, theme, presenter, folded, "time".equals(axis), out));
            spec.commandLine().getOut().println(line);
        } catch (WindowShot.BadRequest e) {
            throw new Cli.UsageError(e.getMessage());
        }
        return 0;
    }
}

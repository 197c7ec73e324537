package org.panicscope.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.panicscope.engine.Progress;
import org.panicscope.recording.Comparison;
import org.panicscope.export.Exports;
import org.panicscope.picture.Palette;
import org.panicscope.recording.Tape;
import org.panicscope.picture.TimelinePicture;
import org.panicscope.scenario.OsReason;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true, description = "Export a run (one --config) or a comparison (two): "
        + "png or svg (the timeline), gif (an animated replay), frames (a folder of numbered PNGs) or trace (Chrome trace-event "
        + "JSON for Perfetto UI and chrome://tracing). Never overwrites a file without --force.")
final class ExportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin RunSelection runs;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "png, svg, gif, trace or frames")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "output file (a folder for frames)")
    Path out;

    @Option(names = "--force", description = "overwrite an existing file")
    boolean force;

    @Option(names = "--width", paramLabel = "PX", description = "logical width of the picture (default: 1600; 1200 for gif and frames)")
    Double width;

    @Option(names = "--scale", paramLabel = "S", description = "pixels per logical pixel for png, gif, frames (default: 2 for png, 1 for gif and frames)")
    Double scale;

    @Option(names = "--from", paramLabel = "T", description = "first time unit shown (1 unit = 10 ms)")
    Long from;

    @Option(names = "--to", paramLabel = "T", description = "last time unit shown")
    Long to;

    @Option(names = "--theme", paramLabel = "THEME", description = "light (default), dark or projector")
    String theme;

    @Option(names = "--frames", paramLabel = "time|step", description = "animation: one frame per time unit (default) or per choice")
    String frames;

    @Option(names = "--frame-ms", paramLabel = "MS", description = "delay between gif frames (default 120)")
    Integer frameMs;

    @Option(names = "--no-legend", description = "leave out the legend (time style)")
    boolean noLegend;

    @Option(names = "--style", paramLabel = "app|time", description = {"app: the app's timeline, one column per choice, exactly as on screen (default);",
            "time: model time on the x axis, a shared time axis for a comparison, with a legend"})
    String style;

    @Override public Integer call() {
        Exports.Format f = Exports.Format.parse(format);
        RunInput in = runs.resolve(1, 2);
        boolean anim = f == Exports.Format.GIF || f == Exports.Format.FRAMES;
        TimelinePicture.Options opts = new TimelinePicture.Options(width != null ? width : anim ? 1200 : 1600, from, to, !noLegend);
        TerminalProgress progress = TerminalProgress.of(spec.commandLine().getErr(), "export " + out.getFileName(), 0);
        Tape a = in.record(in.configs().get(0), progress);
        Exports.Request req;
        if (in.configs().size() == 2) {
            Comparison c = Comparison.of(a, in.record(in.configs().get(1), progress));
            req = Exports.Request.comparison(c, f);
        } else {
            req = Exports.Request.run(a, f);
        }
        Exports.FrameStep step = frames == null ? Exports.FrameStep.TIME : switch (frames) {
            case "time" -> Exports.FrameStep.TIME;
            case "step" -> Exports.FrameStep.STEP;
            default -> throw new Cli.UsageError("--frames takes time or step, not '" + frames + "'");
        };
        if (frameMs != null && (frameMs < 20 || frameMs > 10000)) throw new Cli.UsageError("--frame-ms must be 20..10000");
        req = req.with(opts).withScale(scale != null ? scale : anim ? 1 : 2).withPalette(Palette.named(theme))
                .withFrames(step, frameMs != null ? frameMs : 120).withStyle(style == null ? Exports.Style.APP : Exports.Style.parse(style));
        if (anim) Exports.frameCount(req); // checks per-step frames of a comparison before any file is touched
        int n;
        try {
            n = Exports.write(req, out, force, progress);
        } catch (Exports.FileExists e) {
            throw new Cli.UsageError(e.getMessage());
        } catch (java.nio.file.FileSystemException e) {
            throw new Cli.UsageError("cannot write " + out + ": " + OsReason.of(e)); // e's own path may be the hidden part file
        } catch (IOException e) { // the export's own refusals ("... is a folder; give a file name") and stream errors
            throw new Cli.UsageError(e.getMessage() != null && e.getMessage().startsWith(out.toString()) ? e.getMessage()
                    : "cannot write " + out + ": " + OsReason.of(e));
        } finally {
            progress.clear();
        }
        String what = in.configs().size() == 2 ? in.configs().get(0).name() + " vs " + in.configs().get(1).name() : in.configs().get(0).name();
        spec.commandLine().getOut().println("wrote " + out + " (" + f.name().toLowerCase() + ", " + in.scenario().id() + " " + what
                + (anim ? ", " + n + " frames" : "") + ")");
        return 0;
    }
}

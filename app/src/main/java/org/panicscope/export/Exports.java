package org.panicscope.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.panicscope.engine.Progress;
import org.panicscope.scenario.Json;
import org.panicscope.recording.Entry;
import org.panicscope.recording.Tape;
import org.panicscope.recording.Comparison;
import org.panicscope.picture.Tone;
import org.panicscope.picture.TimelinePicture;
import org.panicscope.picture.SvgPainter;
import org.panicscope.picture.ShiftedPainter;
import org.panicscope.picture.Palette;
import org.panicscope.picture.Painter;
import org.panicscope.picture.Lanes;
import org.panicscope.picture.AwtPainter;
import org.panicscope.picture.AppTimeline;
import org.panicscope.picture.AppPicture;

/**
 * Every export as one call ({@code panicscope export} uses it; a caller off the UI thread can follow and cancel it
 * through {@link Progress}). A file is written to a temporary name next to it and moved into place, so a failed or
 * cancelled export never leaves half a file; an existing file is never replaced unless {@code force} is set
 * ({@link FileExists} otherwise: the command line says to add --force).
 *
 * <pre>
 *   Tape r = Tape.replay(scenario, Config.parse("BASE"), scenario.scheduleFor(cfg), true);
 *   Exports.write(Exports.Request.run(r, Exports.Format.PNG), Path.of("base.png"), false, progress);
 *   Exports.write(Exports.Request.comparison(Comparison.of(a, b), Exports.Format.SVG), out, false, progress);
 * </pre>
 */
public final class Exports {

    public enum Format {
        PNG("png"), SVG("svg"), GIF("gif"), TRACE("json"), FRAMES("");
        private final String ext;
        Format(String ext) { this.ext = ext; }
        /** The usual file extension (none for a folder of frames). */
        public String extension() { return ext; }

        public static Format parse(String s) {
            for (Format f : values()) if (f.name().equalsIgnoreCase(s)) return f;
            throw new IllegalArgumentException("unknown export format '" + s + "'; valid formats: png, svg, gif, trace, frames");
        }
    }

    /**
     * Which drawing: the app's own timeline (columns are choices, exactly as on screen; the default) or the
     * time-axis picture (model time, a shared time axis for a comparison; {@link TimelinePicture}).
     */
    public enum Style {
        APP, TIME;

        public static Style parse(String s) {
            for (Style x : values()) if (x.name().equalsIgnoreCase(s)) return x;
            throw new IllegalArgumentException("unknown style '" + s + "'; valid styles: app, time");
        }
    }

    /** GIF and frame-folder animation: one frame per model time unit, or one per choice. */
    public enum FrameStep { TIME, STEP }

    /** The file exists and {@code force} was not given. */
    public static final class FileExists extends IOException {
        public FileExists(Path p) { super(p + " already exists; add --force to overwrite it"); }
        public FileExists(Path p, String what) { super(p + " " + what + "; add --force to replace it"); }
    }

    /**
     * The most frames one animation may have: at one frame per time unit a long run gives tens of thousands, which
     * take hours to encode and make a GIF no viewer plays smoothly. The model's own choice, not a format limit.
     */
    public static final int MAX_FRAMES = 5000;

    static {
        // javax.imageio buffers a stream in an imageio*.tmp file in the temp folder, which a killed export leaves
        // behind; in memory instead (the frames are written one by one, so the buffer stays small).
        ImageIO.setUseCache(false);
    }

    /**
     * What to export: one run ({@code comparison} null) or a comparison, the picture options, the PNG scale (2 by
     * default: a 1920-wide picture is 3840 pixels, crisp on a 4K projector), the palette, and the animation step.
     */
    public record Request(Format format, Tape run, Comparison comparison, TimelinePicture.Options options,
                          double scale, Palette palette, FrameStep frames, int frameMillis, Style style) {
        public static Request run(Tape r, Format f) {
            return new Request(f, r, null, TimelinePicture.Options.DEFAULT, 2, Palette.light(), FrameStep.TIME, 120, Style.APP);
        }

        public static Request comparison(Comparison c, Format f) {
            return new Request(f, null, c, TimelinePicture.Options.DEFAULT, 2, Palette.light(), FrameStep.TIME, 120, Style.APP);
        }

        public Request with(TimelinePicture.Options o) { return new Request(format, run, comparison, o, scale, palette, frames, frameMillis, style); }
        public Request withScale(double s) { return new Request(format, run, comparison, options, s, palette, frames, frameMillis, style); }
        public Request withPalette(Palette p) { return new Request(format, run, comparison, options, scale, p, frames, frameMillis, style); }
        public Request withFrames(FrameStep f, int millis) { return new Request(format, run, comparison, options, scale, palette, f, millis, style); }
        public Request withStyle(Style s) { return new Request(format, run, comparison, options, scale, palette, frames, frameMillis, s); }

        public List<Tape> recordings() { return comparison != null ? List.of(comparison.a(), comparison.b()) : List.of(run); }
    }

    private Exports() { }

    // ---- the pictures, in memory -------------------------------------------------------------------------------

    /** Draws the request's picture (a replay frame when {@code cut} is given) with any painter. */
    public static void draw(Painter p, Request r, Lanes.Cutoff cutA, Lanes.Cutoff cutB, String caption) {
        if (r.style() == Style.TIME) {
            if (r.comparison() != null) TimelinePicture.drawComparison(p, r.comparison(), r.options(), cutA, cutB, caption);
            else TimelinePicture.drawRun(p, r.run(), r.options(), cutA, caption);
            return;
        }
        Tape a = r.recordings().get(0);
        int posA = (int) Math.min(a.size(), cutA.maxIndex());
        if (r.comparison() != null) {
            Tape b = r.comparison().b();
            AppPicture.drawComparison(p, r.comparison(), r.options(), posA, (int) Math.min(b.size(), cutB.maxIndex()), caption);
        } else {
            AppPicture.drawRun(p, a, r.options(), posA, caption);
        }
    }

    public static String svg(Request r) {
        SvgPainter p = new SvgPainter(r.palette(), AppTimeline.FONT);
        draw(p, r, Lanes.Cutoff.NONE, Lanes.Cutoff.NONE, null);
        return p.svg();
    }

    public static BufferedImage png(Request r) {
        AwtPainter p = new AwtPainter(r.palette(), r.scale(), AppTimeline.FONT);
        draw(p, r, Lanes.Cutoff.NONE, Lanes.Cutoff.NONE, null);
        return p.image();
    }

    public static String traceJson(Request r) {
        return Json.writeCompact(TraceEvents.of(r.recordings()));
    }

    /**
     * The number of frames an animation of this request has: one per time unit (or choice), plus the final picture.
     * More than {@link #MAX_FRAMES} is refused with a message, before any file is touched.
     */
    public static int frameCount(Request r) {
        long n;
        if (r.frames() == FrameStep.STEP) {
            if (r.comparison() != null) throw new IllegalArgumentException("one frame per step needs a single run; use one frame per time unit for a comparison");
            n = r.run().size() + 1L;
        } else {
            long end = 0;
            for (Tape x : r.recordings()) end = Math.max(end, x.end());
            n = end + 1;
        }
        if (n > MAX_FRAMES)
            throw new IllegalArgumentException("the animation would have " + n + " frames (one per " + (r.frames() == FrameStep.STEP
                    ? "choice" : "time unit") + "); at most " + MAX_FRAMES + ": export a picture (png, svg) or a shorter run");
        return (int) n;
    }

    /** Frame {@code i} (0-based) of the animation; the last frame is the whole picture with the verdict. */
    public static BufferedImage frame(Request r, int i) {
        int n = frameCount(r);
        AwtPainter p = new AwtPainter(r.palette(), r.scale(), AppTimeline.FONT);
        if (i == n - 1) {
            draw(p, r, Lanes.Cutoff.NONE, Lanes.Cutoff.NONE, null);
            return p.image();
        }
        if (r.frames() == FrameStep.STEP) {
            Lanes.Cutoff c = Lanes.Cutoff.afterChoice(r.run(), i + 1);
            draw(p, r, c, c, caption(r.run(), c));
        } else {
            long t = i + 1;
            Lanes.Cutoff ca = Lanes.Cutoff.atTime(r.recordings().get(0), t);
            Lanes.Cutoff cb = r.comparison() != null ? Lanes.Cutoff.atTime(r.comparison().b(), t) : ca;
            String cap = "t=" + t + " (" + Tape.ms(t) + ")" + (r.comparison() == null ? ": " + caption(r.run(), ca) : "");
            draw(p, r, ca, cb, cap);
        }
        return p.image();
    }

    private static String caption(Tape r, Lanes.Cutoff c) {
        if (c.maxIndex() < 1 || r.size() == 0) return "start";
        Entry e = r.entry(Math.min(c.maxIndex(), r.size()) - 1);
        String what = switch (e.choice().kind()) {
            case STEP -> e.step().id() + " " + e.function() + ": " + e.step().text();
            default -> e.function();
        };
        return "choice " + e.index() + ", t=" + e.t0() + ", CPU" + e.cpu() + " " + what + (e.changes().isEmpty() ? "" : " [" + e.changes() + "]");
    }

    // ---- the app's current view --------------------------------------------------------------------------------

    /**
     * The app's current view exactly as on screen (its snapshot: position, markers, divergence; its viewport: zoom
     * and scroll), without the window around it, as SVG or PNG. The window has no menu item for it yet; the tests
     * call it. Call it off the FX thread with the snapshot and viewport taken on it.
     */
    public static void writeView(org.panicscope.picture.TimelineSnapshot snapshot, org.panicscope.picture.Viewport view,
                                 double fontSize, Format format, Palette palette, double scale, Path out, boolean force,
                                 Progress progress) throws IOException {
        if (format != Format.SVG && format != Format.PNG) throw new IllegalArgumentException("the current view exports as svg or png, not " + format);
        Painter p = format == Format.SVG ? new SvgPainter(palette, fontSize) : new AwtPainter(palette, scale, fontSize);
        p.begin(view.width(), view.height(), Tone.BACKGROUND);
        new org.panicscope.picture.TimelineRenderer().paint(snapshot, view, new ShiftedPainter(p, 0, 0, "lane-"));
        p.end();
        byte[] bytes = p instanceof SvgPainter svg ? svg.svg().getBytes(StandardCharsets.UTF_8) : pngBytes(((AwtPainter) p).image());
        writeBytes(bytes, out, force, progress);
    }

    private static void writeBytes(byte[] bytes, Path out, boolean force, Progress progress) throws IOException {
        OutputFile.checkTarget(out, force);
        Path tmp = OutputFile.part(out);
        try {
            Files.write(tmp, bytes);
            progress.check();
            OutputFile.commit(tmp, out, force);
            progress.advanced(1, "written " + out);
        } finally {
            OutputFile.discard(tmp);
        }
    }

    // ---- writing files -----------------------------------------------------------------------------------------

    /**
     * Writes the export to {@code out} (a folder for FRAMES); returns the number of frames written (1 for pictures).
     * A picture is drawn before any file is touched; see {@link OutputFile} for what may be replaced and what is
     * cleaned up.
     */
    public static int write(Request r, Path out, boolean force, Progress progress) throws IOException {
        if (r.format() == Format.FRAMES) return writeFrames(r, out, force, progress);
        OutputFile.checkTarget(out, force);
        if (r.format() == Format.GIF) frameCount(r);
        progress.advanced(0, "drawing");
        byte[] bytes = switch (r.format()) {
            case SVG -> svg(r).getBytes(StandardCharsets.UTF_8);
            case TRACE -> traceJson(r).getBytes(StandardCharsets.UTF_8);
            case PNG -> pngBytes(png(r));
            default -> null;
        };
        progress.check();
        Path tmp = OutputFile.part(out);
        int frames = 1;
        try {
            if (bytes != null) {
                Files.write(tmp, bytes);
            } else {
                frames = GifWriter.write(r, tmp, progress);
            }
            progress.check();
            OutputFile.commit(tmp, out, force);
            progress.advanced(1, "written " + out);
            return frames;
        } finally {
            OutputFile.discard(tmp);
        }
    }

    private static byte[] pngBytes(BufferedImage img) throws IOException {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        if (!ImageIO.write(img, "png", b)) throw new IOException("no PNG writer");
        return b.toByteArray();
    }

    /**
     * A folder of numbered PNG frames, frame-0001.png ...: for slides that step through a replay. The frames are
     * written into a hidden part folder next to it and moved into place when all are there, so a failed, full or
     * interrupted export leaves no frames behind.
     */
    private static int writeFrames(Request r, Path dir, boolean force, Progress progress) throws IOException {
        OutputFile.checkFolder(dir, force);
        int n = frameCount(r);
        Path part = OutputFile.partFolder(dir);
        try {
            for (int i = 0; i < n; i++) {
                progress.check();
                OutputFile.checkOpen();
                progress.advanced(1, "frame " + (i + 1) + " of " + n);
                Path f = part.resolve(String.format(Locale.ROOT, "frame-%04d.png", i + 1));
                Files.write(f, pngBytes(frame(r, i)));
            }
            OutputFile.commitFolder(part, dir, force);
        } finally {
            OutputFile.discard(part);
        }
        progress.advanced(0, n + " frames in " + dir);
        return n;
    }
}

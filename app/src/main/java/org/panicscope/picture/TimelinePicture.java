package org.panicscope.picture;

import java.util.ArrayList;
import java.util.List;
import org.panicscope.engine.Outcome;
import org.panicscope.recording.Arrow;
import org.panicscope.recording.Mark;
import org.panicscope.recording.StepLog;
import org.panicscope.recording.Tape;
import org.panicscope.recording.Comparison;

/**
 * The timeline drawing, once, for every backend: a title, the verdict, a time axis, one lane per CPU with its
 * segments, IRQ-off band and marks, the arrows between lanes (NMI and IPI sent to delivered, console hand-over,
 * wait-for), and a legend. A comparison draws two runs on one shared time axis, one panel each, with the first
 * divergence marked across both. The layout depends only on {@link Options} and the recording, so the SVG and the
 * PNG of a run are the same picture.
 */
public final class TimelinePicture {

    /**
     * @param width  logical width in pixels (the PNG multiplies it by its scale)
     * @param from   first time unit shown, or null for 0
     * @param to     last time unit shown, or null for the end of the run and a short tail
     * @param legend draw the legend below the lanes
     */
    public record Options(double width, Long from, Long to, boolean legend) {
        public static final Options DEFAULT = new Options(1600, null, null, true);

        public Options {
            if (!(width >= 400 && width <= 20000)) throw new IllegalArgumentException("picture width must be 400..20000 pixels, not " + width);
            if (from != null && to != null && to <= from) throw new IllegalArgumentException("--to must be after --from");
        }
    }

    // Geometry in logical pixels.
    private static final double MARKER_ROW = 20;
    private static final double M = 16, GUTTER = 128, LANE_H = 30, GAP = 18, AXIS_H = 24, TITLE = 17, BODY = 12.5, SMALL = 10.5;

    private final Painter p;
    private final Options o;
    private final double x0, x1;
    private long from, to;

    private TimelinePicture(Painter p, Options o) {
        this.p = p;
        this.o = o;
        this.x0 = M + GUTTER;
        this.x1 = o.width() - M;
    }

    // ---- entry points ------------------------------------------------------------------------------------------

    /** Draws one run (the whole run, or a replay frame up to {@code cut} with a caption saying what happens). */
    public static void drawRun(Painter p, Tape r, Options o, Lanes.Cutoff cut, String caption) {
        TimelinePicture t = new TimelinePicture(p, o);
        t.range(r.end(), deadlock(r));
        List<String> sub = t.wrap(caption != null ? caption : verdictLine(r), BODY, o.width() - 2 * M, 3);
        double h = M + TITLE + 8 + sub.size() * (BODY + 5) + 6 + AXIS_H + lanesHeight(r) + (o.legend() ? 10 + legendHeight(o) : 0) + M;
        p.begin(o.width(), h, Tone.BACKGROUND);
        double y = M + TITLE;
        p.text(M, y, r.scenario().id() + " under " + r.config().name() + (r.timed() ? "" : " (untimed)"), Tone.TEXT, t.ts(TITLE, true), Painter.Align.LEFT);
        y += 8;
        Tone verdictTone = caption == null ? verdictTone(r.outcome()) : Tone.TEXT_MUTED;
        for (String line : sub) { y += BODY + 5; p.text(M, y, line, verdictTone, t.ts(BODY, caption == null), Painter.Align.LEFT); }
        y += 6;
        double lanesTop = y + AXIS_H;
        t.axis(y, lanesTop + lanesHeight(r));
        Lanes lanes = new Lanes(r, cut, t.to);
        t.lanes(lanes, lanesTop, "lane-" + id(r.config().name()) + "-");
        if (!cut.none()) t.cursor(cut.maxTime(), y + AXIS_H - 4, lanesTop + lanesHeight(r));
        if (o.legend()) t.legend(lanesTop + lanesHeight(r) + 10);
        p.end();
    }

    /** Draws both runs of a comparison on one time axis, the divergence marked and explained. */
    public static void drawComparison(Painter p, Comparison c, Options o, Lanes.Cutoff cutA, Lanes.Cutoff cutB, String caption) {
        Tape a = c.a(), b = c.b();
        TimelinePicture t = new TimelinePicture(p, o);
        t.range(Math.max(a.end(), b.end()), deadlock(a) || deadlock(b));
        Comparison.Divergence d = c.divergence();
        String explain = caption != null ? caption : d == null ? "No divergence: both runs take the same steps." : d.headline();
        List<String> sub = t.wrap(explain, BODY, o.width() - 2 * M, 3);
        double panelHead = BODY + 14;
        double h = M + TITLE + 8 + sub.size() * (BODY + 5) + 6 + AXIS_H + MARKER_ROW + 2 * (panelHead + lanesHeight(a)) + 6
                + (o.legend() ? 10 + legendHeight(o) : 0) + M;
        p.begin(o.width(), h, Tone.BACKGROUND);
        double y = M + TITLE;
        p.text(M, y, a.scenario().id() + ": " + a.config().name() + " vs " + b.config().name() + (a.timed() ? "" : " (untimed)"), Tone.TEXT, t.ts(TITLE, true), Painter.Align.LEFT);
        y += 8;
        for (String line : sub) { y += BODY + 5; p.text(M, y, line, Tone.TEXT_MUTED, t.ts(BODY, false), Painter.Align.LEFT); }
        y += 6;
        double axisY = y;
        double top = y + AXIS_H + MARKER_ROW;
        double bottom = top + 2 * (panelHead + lanesHeight(a)) + 6;
        t.axis(axisY, bottom);
        double py = top;
        List<double[]> spans = new ArrayList<>();
        for (Tape r : List.of(a, b)) {
            Lanes.Cutoff cut = r == a ? cutA : cutB;
            p.beginGroup("panel-" + id(r.config().name()), "panel");
            py += BODY + 4;
            p.text(M, py, r.config().name(), Tone.TEXT, t.ts(BODY + 1, true), Painter.Align.LEFT);
            String v = r.outcome() == null ? "" : r.outcome().verdict().id() + "  " + r.outcome().reason();
            if (!cut.none()) v = "";
            double vx = Math.max(t.x0, M + p.textWidth(r.config().name(), t.ts(BODY + 1, true)) + 14);
            p.text(vx, py, t.fit(v, BODY, true, t.x1 - vx), verdictTone(r.outcome()), t.ts(BODY, true), Painter.Align.LEFT);
            py += 10;
            t.lanes(new Lanes(r, cut, t.to), py, "lane-" + id(r.config().name()) + "-");
            spans.add(new double[] {py + 4, py + lanesHeight(r)});
            py += lanesHeight(r);
            p.endGroup();
            if (r == a) {
                py += 3;
                p.line(M, py, t.x1, py, Tone.GRID, 1, false);
                py += 3;
            }
        }
        if (d != null && d.time() >= t.from && d.time() <= t.to) t.divergence(d, axisY + AXIS_H, spans);
        if (!cutA.none()) t.cursor(Math.max(cutA.maxTime(), cutB.maxTime()), axisY + AXIS_H - 4, bottom);
        if (o.legend()) t.legend(bottom + 10);
        p.end();
    }

    // ---- parts -------------------------------------------------------------------------------------------------

    /** The time range: the whole run and a tail, longer when a CPU spins forever so that it reads as such. */
    private void range(long end, boolean deadlock) {
        from = o.from() != null ? o.from() : 0;
        to = o.to() != null ? o.to() : end + Math.max(3, Math.round(end * (deadlock ? 0.14 : 0.05)));
        if (to <= from) to = from + 1;
    }

    private double x(double t) { return x0 + (t - from) * (x1 - x0) / (to - from); }

    private static double lanesHeight(Tape r) { return r.cpuCount() * (GAP + LANE_H); }

    private void axis(double y, double gridBottom) {
        p.beginGroup("axis", "axis");
        double pxPerUnit = (x1 - x0) / (to - from);
        long step = RulerPainter.tickStep(70 / pxPerUnit); // the app's time ruler picks its steps alike
        double base = y + AXIS_H - 8;
        p.line(x0, base, x1, base, Tone.TEXT_MUTED, 1, false);
        for (long t = ((from + step - 1) / step) * step; t <= to; t += step) {
            double x = x(t);
            p.line(x, base - 4, x, base, Tone.TEXT_MUTED, 1, false);
            p.line(x, base + 1, x, gridBottom, Tone.GRID, 0.6, false);
            p.text(x, base - 6, Tape.ms(t), Tone.TEXT_MUTED, ts(SMALL, false), x - x0 < 20 ? Painter.Align.LEFT : Painter.Align.CENTER);
        }
        p.text(x0 - 10, base - 6, "time", Tone.TEXT_MUTED, ts(SMALL, false), Painter.Align.RIGHT);
        p.endGroup();
    }

    private void lanes(Lanes lanes, double top, String idPrefix) {
        Tape r = lanes.recording();
        for (int c = 0; c < r.cpuCount(); c++) {
            double ly = top + c * (GAP + LANE_H) + GAP;
            p.beginGroup(idPrefix + "cpu" + c, "lane");
            p.text(M, ly + 13, "CPU" + c, Tone.TEXT, ts(BODY, true), Painter.Align.LEFT);
            String prog = r.cpuLabel(c).substring(("CPU" + c).length()).trim();
            p.text(M, ly + 26, fit(prog, SMALL, false, GUTTER - 8), Tone.TEXT_MUTED, ts(SMALL, false), Painter.Align.LEFT);
            p.fillRect(x0, ly, x1 - x0, LANE_H, Tone.LANE, 1, null);
            segments(lanes.segments(c), ly);
            for (Lanes.Interval i : lanes.irqOff(c)) {
                double a = clip(x(i.t0())), b = clip(x(i.t1()));
                if (b - a >= 0.3) p.fillRect(a, ly + LANE_H - 3.5, b - a, 3.5, Tone.IRQ_OFF, 1, null);
            }
            marks(lanes, c, ly);
            p.endGroup();
        }
        p.beginGroup(idPrefix.replaceFirst("^lane-", "arrows-").replaceFirst("-$", ""), "arrows");
        double lastX = Double.NaN;
        Arrow.Kind lastKind = null;
        StepLog log = r.log();
        for (Arrow l : lanes.links()) {
            long fromT = log.timeBefore(l.fromIndex()), toT = log.timeBefore(l.toIndex());
            if (l.fromCpu() == l.toCpu() || toT < from || fromT > to) continue;
            double ax = x(fromT), bx = x(toT);
            if (l.kind() == lastKind && Math.abs(bx - lastX) < 3 && !l.severe()) continue; // too dense to tell apart
            lastX = bx;
            lastKind = l.kind();
            boolean down = l.fromCpu() < l.toCpu();
            double fy = top + l.fromCpu() * (GAP + LANE_H) + GAP + (down ? LANE_H : 0);
            double ty = top + l.toCpu() * (GAP + LANE_H) + GAP + (down ? 0 : LANE_H);
            double dx = switch (l.kind()) { case WAIT_FOR -> -2.5; case HANDOVER -> 2.5; default -> 0; };
            Tone tone = switch (l.kind()) {
                case NMI -> Tone.ARROW_NMI; case IPI -> Tone.ARROW_IPI; case HANDOVER -> Tone.ARROW_HANDOVER; case WAIT_FOR -> Tone.WAIT_FOR;
            };
            p.arrow(ax + dx, fy, bx + dx, ty, tone, l.severe() ? 2.4 : 1.5, l.kind() == Arrow.Kind.WAIT_FOR && !l.severe(), l.text());
        }
        p.endGroup();
    }

    /** What wins a pixel that several narrow segments share (the app's order: the most telling last). */
    private static final List<Tone> PRIORITY = List.of(Tone.ACT_FINISHED, Tone.ACT_FINISHED, Tone.ACT_STALL, Tone.ACT_WORKLOAD, Tone.ACT_PRINTK, Tone.ACT_DRIVER,
            Tone.ACT_CONSOLE_OUT, Tone.ACT_CONSOLE_LOCK, Tone.ACT_CPU_STOP, Tone.ACT_PANIC, Tone.ACT_SPIN, Tone.ACT_NMI, Tone.ACT_HALTED);

    /**
     * The segments of a lane. Segments narrower than a pixel (a long run zoomed out) are gathered into blocks of at
     * least a pixel, each in the most telling tone among them, so a lane never goes blank and a file stays small.
     */
    private void segments(List<Lanes.Segment> list, double ly) {
        double bx0 = 0, bx1 = 0;
        Lanes.Segment best = null;
        for (Lanes.Segment s : list) {
            double a = clip(x(s.t0())), b = clip(x(s.t1()));
            if (b - a >= 1) {
                if (best != null) { block(best, bx0, bx1, ly); best = null; }
                segment(s, ly);
                continue;
            }
            if (b <= a) continue;
            if (best != null && a > bx1 + 0.01) { block(best, bx0, bx1, ly); best = null; }
            if (best == null) { bx0 = a; best = s; }
            else if (PRIORITY.indexOf(s.tone()) > PRIORITY.indexOf(best.tone())) best = s;
            bx1 = b;
            if (bx1 - bx0 >= 1) { block(best, bx0, bx1, ly); best = null; }
        }
        if (best != null) block(best, bx0, bx1, ly);
    }

    private void block(Lanes.Segment s, double a, double b, double ly) {
        fill(s.kind(), s.tone(), a, ly + 2, Math.max(b - a, 0.6), LANE_H - 6, null);
    }

    /**
     * One segment, in the app's visual language: a solid block for what the CPU runs; a spin adds a zigzag and a
     * halted CPU hatching (both readable without colour); halted and finished are lighter than running.
     */
    private void segment(Lanes.Segment s, double ly) {
        double a = clip(x(s.t0())), b = clip(x(s.t1()));
        if (b - a < 0.3) return;
        double top = ly + 2, h = LANE_H - 6;
        fill(s.kind(), s.tone(), a, top, b - a, h, s.tooltip());
        if (b - a > 4) p.line(a, top, a, top + h, Tone.BACKGROUND, 1, false);
        boolean bold = s.kind() == Lanes.Kind.SPIN;
        double room = b - a - 6;
        String text = p.textWidth(s.label(), ts(SMALL, bold)) <= room ? s.label()
                : p.textWidth(s.shortLabel(), ts(SMALL, bold)) <= room ? s.shortLabel() : null;
        double textEnd = a;
        if (text != null) {
            boolean light = s.kind() == Lanes.Kind.HALTED || s.kind() == Lanes.Kind.KDUMP || s.kind() == Lanes.Kind.DONE;
            p.text(a + 3, ly + LANE_H / 2 + 3, text, light ? Tone.TEXT : Tone.TEXT_ON_ACCENT, ts(SMALL, bold), Painter.Align.LEFT);
            textEnd = a + 6 + p.textWidth(text, ts(SMALL, bold));
        }
        if (s.kind() == Lanes.Kind.SPIN && b - textEnd >= 8) p.zigzag(textEnd + 2, top + 3, b - textEnd - 4, h - 6, Tone.TEXT_ON_ACCENT, 8);
    }

    /** The fill of a segment or legend swatch of a kind. */
    private void fill(Lanes.Kind kind, Tone tone, double x, double y, double w, double h, String tooltip) {
        switch (kind) {
            case HALTED -> {
                p.fillRect(x, y, w, h, tone, 0.35, tooltip);
                p.hatch(x, y, w, h, tone, 7);
            }
            case KDUMP, DONE -> p.fillRect(x, y, w, h, tone, 0.55, tooltip);
            default -> p.fillRect(x, y, w, h, tone, 1, tooltip);
        }
    }

    private void marks(Lanes lanes, int cpu, double ly) {
        double lastLabel = -1e9;
        java.util.Map<Mark.Kind, Double> lastX = new java.util.EnumMap<>(Mark.Kind.class);
        for (Mark m : lanes.marks()) {
            if (m.cpu() != cpu || m.t() < from || m.t() > to) continue;
            double x = x(m.t());
            Double px = lastX.get(m.kind());
            if (px != null && x - px < 3) continue; // marks closer than 3 px: one stands for them
            lastX.put(m.kind(), x);
            String label = null;
            switch (m.kind()) {
                case PANIC -> { p.fillPolygon(down(x, ly, 7), Tone.ACT_PANIC, m.text()); label = "panic()"; }
                case NMI -> { p.fillPolygon(down(x, ly, 6), Tone.ARROW_NMI, m.text()); label = "NMI"; }
                case IPI -> { p.fillPolygon(down(x, ly, 6), Tone.ARROW_IPI, m.text()); label = "IPI"; }
                case NMI_SENT -> p.fillPolygon(diamond(x, ly + LANE_H, 3.5), Tone.ARROW_NMI, m.text());
                case IPI_SENT -> p.fillPolygon(diamond(x, ly + LANE_H, 3.5), Tone.ARROW_IPI, m.text());
                case HALT -> p.fillRect(x - 1.5, ly - 2, 3, LANE_H + 4, Tone.TEXT, 1, m.text());
                case KDUMP, DONE -> p.fillRect(x - 1.5, ly - 2, 3, LANE_H + 4, Tone.ACT_FINISHED, 1, m.text());
                case DROP -> p.fillPolygon(diamond(x, ly + LANE_H - 1, 3), Tone.RECORD_LOST, m.text());
                case SUPPRESS -> { p.fillPolygon(down(x, ly, 6), Tone.RECORD_LOST, m.text()); label = "P3 suppress"; }
            }
            if (label != null) {
                double w = p.textWidth(label, ts(SMALL, true));
                if (x - lastLabel > w + 8 && x + 4 + w < x1 + M) {
                    p.text(x + 5, ly - 4, label, Tone.TEXT, ts(SMALL, true), Painter.Align.LEFT);
                    lastLabel = x + 5 + w;
                }
            }
        }
    }

    /** The divergence: a dashed line through the lanes of both panels (not over their headings) and a label. */
    private void divergence(Comparison.Divergence d, double y0, List<double[]> spans) {
        double x = x(d.time());
        p.beginGroup("divergence", "divergence");
        p.line(x, y0, x, y0 + MARKER_ROW, Tone.DIVERGENCE, 1.8, true);
        for (double[] s : spans) p.line(x, s[0], x, s[1], Tone.DIVERGENCE, 1.8, true);
        String label = "first divergence, t=" + d.time() + " (" + Tape.ms(d.time()) + "): CPU" + d.cpu() + " "
                + (d.a().step() != null ? d.a().step().id() : "end") + " vs " + (d.b().step() != null ? d.b().step().id() : "end");
        double w = p.textWidth(label, ts(SMALL, true));
        double lx = x + 6 + w + 8 > x1 ? x - 6 - w - 8 : x + 6;
        p.fillRect(lx, y0, w + 8, SMALL + 6, Tone.BACKGROUND, 1, d.headline());
        p.strokeRect(lx, y0, w + 8, SMALL + 6, Tone.DIVERGENCE, 1.5);
        p.text(lx + 4, y0 + SMALL + 2, label, Tone.DIVERGENCE, ts(SMALL, true), Painter.Align.LEFT);
        p.endGroup();
    }

    private void cursor(long t, double y0, double y1) {
        if (t < from || t > to) return;
        double x = x(t);
        p.beginGroup("cursor", "cursor");
        p.line(x, y0, x, y1, Tone.CURSOR, 1.2, false);
        p.endGroup();
    }

    private static final Object[][] LEGEND = {
        {Tone.ACT_WORKLOAD, "workload"}, {Tone.ACT_PRINTK, "printk / store"}, {Tone.ACT_CONSOLE_LOCK, "console_sem, owner"},
        {Tone.ACT_CONSOLE_OUT, "console write"}, {Tone.ACT_PANIC, "panic()"}, {Tone.ACT_CPU_STOP, "stopping CPUs"}, {Tone.ACT_DRIVER, "driver lock"},
        {Tone.ACT_SPIN, "spinning"},
        {Tone.ACT_HALTED, "halted"}, {Tone.ACT_FINISHED, "kdump / done"}, {Tone.IRQ_OFF, "IRQs off"},
        {Tone.ARROW_NMI, "NMI"}, {Tone.ARROW_IPI, "REBOOT IPI"}, {Tone.ARROW_HANDOVER, "hand-over"}, {Tone.WAIT_FOR, "waits for"},
    };

    private static double legendHeight(Options o) {
        double x = M, rows = 1;
        for (Object[] e : LEGEND) {
            double w = 22 + Fonts.width((String) e[1], SMALL, false, false) + 16;
            if (x + w > o.width() - M) { rows++; x = M; }
            x += w;
        }
        return rows * 18;
    }

    private void legend(double y) {
        p.beginGroup("legend", "legend");
        double x = M;
        y += 12;
        for (Object[] e : LEGEND) {
            Tone tone = (Tone) e[0];
            String label = (String) e[1];
            double w = 22 + p.textWidth(label, ts(SMALL, false)) + 16;
            if (x + w > o.width() - M) { x = M; y += 18; }
            switch (tone) {
                case IRQ_OFF -> p.fillRect(x, y - 3, 16, 3.5, tone, 1, null);
                case ARROW_NMI, ARROW_IPI, ARROW_HANDOVER -> p.arrow(x, y - 4, x + 16, y - 4, tone, 1.5, false, null);
                case WAIT_FOR -> p.arrow(x, y - 4, x + 16, y - 4, tone, 1.5, true, null);
                case ACT_SPIN -> { p.fillRect(x, y - 10, 16, 11, tone, 1, null); p.zigzag(x + 2, y - 8, 12, 7, Tone.TEXT_ON_ACCENT, 6); }
                case ACT_HALTED -> fill(Lanes.Kind.HALTED, tone, x, y - 10, 16, 11, null);
                case ACT_FINISHED -> fill(Lanes.Kind.KDUMP, tone, x, y - 10, 16, 11, null);
                default -> p.fillRect(x, y - 10, 16, 11, tone, 1, null);
            }
            p.text(x + 22, y, label, Tone.TEXT_MUTED, ts(SMALL, false), Painter.Align.LEFT);
            x += w;
        }
        p.endGroup();
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /** A text style of {@code size} pixels on this painter. */
    private TextStyle ts(double size, boolean bold) { return new TextStyle(size / p.fontSize(), bold, false); }

    private double clip(double x) { return Math.max(x0, Math.min(x1, x)); }

    private static double[] down(double x, double ly, double s) { return new double[] {x - s * 0.6, ly - s, x + s * 0.6, ly - s, x, ly}; }

    private static double[] diamond(double x, double y, double s) { return new double[] {x, y - s, x + s, y, x, y + s, x - s, y}; }

    private static boolean deadlock(Tape r) {
        return r.outcome() != null && r.outcome().verdict() == org.panicscope.engine.Verdict.DL;
    }

    public static String verdictLine(Tape r) {
        Outcome o = r.outcome();
        return o == null ? "unfinished (" + r.entries().size() + " choices)" : o.verdict().id() + "  " + o.reason();
    }

    private static Tone verdictTone(Outcome o) {
        if (o == null) return Tone.TEXT_MUTED;
        if (o.verdict().hang() || o.verdict() == org.panicscope.engine.Verdict.ERROR) return Tone.DANGER;
        return o.verdict() == org.panicscope.engine.Verdict.OK_D || o.verdict() == org.panicscope.engine.Verdict.NO_PANIC
                ? Tone.WARNING : Tone.SUCCESS;
    }

    /** An id-safe form of a configuration name ({@code FINAL+FX-TRYLOCK} -> {@code FINAL_FX-TRYLOCK}). */
    static String id(String name) { return name.replaceAll("[^A-Za-z0-9_-]", "_"); }

    private String fit(String s, double size, boolean bold, double w) {
        if (p.textWidth(s, ts(size, bold)) <= w) return s;
        String t = s;
        while (t.length() > 1 && p.textWidth(t + "…", ts(size, bold)) > w) t = t.substring(0, t.length() - 1);
        return t + "…";
    }

    /** Greedy word wrap to at most {@code max} lines (the last one shortened with an ellipsis). */
    private List<String> wrap(String text, double size, double width, int max) {
        List<String> lines = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String w : text.split(" ")) {
            String next = cur.isEmpty() ? w : cur + " " + w;
            if (Fonts.width(next, size, false, false) > width && !cur.isEmpty()) {
                lines.add(cur.toString());
                cur = new StringBuilder(w);
            } else {
                cur = new StringBuilder(next);
            }
        }
        if (!cur.isEmpty()) lines.add(cur.toString());
        if (lines.size() > max) {
            List<String> l = new ArrayList<>(lines.subList(0, max));
            l.set(max - 1, fit(l.get(max - 1) + " " + lines.get(max), size, false, width));
            return l;
        }
        return lines;
    }
}

package org.panicscope.picture;

import java.util.ArrayList;
import java.util.List;
import org.panicscope.engine.Outcome;
import org.panicscope.engine.Verdict;
import org.panicscope.recording.Tape;
import org.panicscope.recording.Comparison;

/**
 * A picture of the app's own timeline ({@link AppTimeline}) for a file: a title and the verdict (or the divergence
 * in words) above it, and for a comparison the two runs' timelines one above the other, each with its verdict and
 * the first divergence marked where the app marks a divergence. Nothing else of the app's window is drawn.
 */
public final class AppPicture {
    private static final double M = 16, TITLE = 17, BODY = 12.5;

    private AppPicture() { }

    /** One run at {@code position} (a replay frame) or whole ({@code position} = its size). */
    public static void drawRun(Painter p, Tape r, TimelinePicture.Options o, int position, String caption) {
        List<String> sub = wrap(caption != null ? caption : TimelinePicture.verdictLine(r), o.width() - 2 * M);
        double top = M + TITLE + 8 + sub.size() * (BODY + 5) + 8;
        p.begin(o.width(), top + AppTimeline.height(r.cpuCount()), Tone.BACKGROUND);
        double y = M + TITLE;
        p.text(M, y, r.scenario().id() + " under " + r.config().name() + (r.timed() ? "" : " (untimed)"), Tone.TEXT, ts(p, TITLE, true), Painter.Align.LEFT);
        y += 8;
        Tone vt = caption == null ? verdictTone(r.outcome()) : Tone.TEXT_MUTED;
        for (String line : sub) { y += BODY + 5; p.text(M, y, line, vt, ts(p, BODY, false), Painter.Align.LEFT); }
        p.beginGroup("timeline-" + TimelinePicture.id(r.config().name()), "timeline");
        int[] cols = AppTimeline.columns(r, o.from(), o.to());
        AppTimeline.paint(new ShiftedPainter(p, 0, top, "lane-" + TimelinePicture.id(r.config().name()) + "-"), r,
                position, false, -1, null, o.width(), cols[0], cols[1]);
        p.endGroup();
        p.end();
    }

    public static void drawComparison(Painter p, Comparison c, TimelinePicture.Options o, int posA, int posB, String caption) {
        Tape ta = c.a(), tb = c.b();
        Comparison.Divergence d = c.divergence();
        String explain = caption != null ? caption : d == null ? "No divergence: both runs take the same steps." : d.headline();
        List<String> sub = wrap(explain, o.width() - 2 * M);
        double head = BODY + 14;
        double top = M + TITLE + 8 + sub.size() * (BODY + 5) + 8;
        double h = top + 2 * head + AppTimeline.height(ta.cpuCount()) + AppTimeline.height(tb.cpuCount()) + 8;
        p.begin(o.width(), h, Tone.BACKGROUND);
        double y = M + TITLE;
        p.text(M, y, c.a().scenario().id() + ": " + c.a().config().name() + " vs " + c.b().config().name(), Tone.TEXT, ts(p, TITLE, true), Painter.Align.LEFT);
        y += 8;
        for (String line : sub) { y += BODY + 5; p.text(M, y, line, Tone.TEXT_MUTED, ts(p, BODY, false), Painter.Align.LEFT); }
        y = top;
        for (int k = 0; k < 2; k++) {
            Tape r = k == 0 ? ta : tb;
            Comparison.Side side = d == null ? null : k == 0 ? d.a() : d.b();
            String id = TimelinePicture.id(r.config().name());
            p.beginGroup("panel-" + id, "panel");
            y += BODY + 6;
            p.text(M, y, r.config().name(), Tone.TEXT, ts(p, BODY + 1, true), Painter.Align.LEFT);
            boolean whole = (k == 0 ? posA : posB) >= r.size();
            if (whole && r.outcome() != null) {
                double vx = M + p.textWidth(r.config().name(), ts(p, BODY + 1, true)) + 14;
                p.text(vx, y, fit(p, r.outcome().verdict().id() + "  " + r.outcome().reason(), o.width() - M - vx), verdictTone(r.outcome()), ts(p, BODY, true), Painter.Align.LEFT);
            }
            y += head - BODY - 6;
            int col = side == null || side.step() == null ? -1 : side.index() - 1;
            String label = side == null ? null : "first divergence: " + (side.step() != null ? side.step().id() : "end") + " (t=" + d.time() + ")";
            int[] cols = AppTimeline.columns(r, o.from(), o.to());
            AppTimeline.paint(new ShiftedPainter(p, 0, y, "lane-" + id + "-"), r, k == 0 ? posA : posB, false, col, label,
                    o.width(), cols[0], cols[1]);
            y += AppTimeline.height(r.cpuCount());
            p.endGroup();
        }
        p.end();
    }

    private static Tone verdictTone(Outcome o) {
        if (o == null) return Tone.TEXT_MUTED;
        if (o.verdict().hang() || o.verdict() == Verdict.ERROR) return Tone.DANGER;
        return o.verdict() == Verdict.OK_D || o.verdict() == Verdict.NO_PANIC ? Tone.WARNING : Tone.SUCCESS;
    }

    private static TextStyle ts(Painter p, double size, boolean bold) { return new TextStyle(size / p.fontSize(), bold, false); }

    private static String fit(Painter p, String s, double w) {
        if (p.textWidth(s, ts(p, BODY, true)) <= w) return s;
        String t = s;
        while (t.length() > 1 && p.textWidth(t + "…", ts(p, BODY, true)) > w) t = t.substring(0, t.length() - 1);
        return t + "…";
    }

    private static List<String> wrap(String text, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String w : text.split(" ")) {
            String next = cur.isEmpty() ? w : cur + " " + w;
            if (Fonts.width(next, BODY, false, false) > width && !cur.isEmpty()) { lines.add(cur.toString()); cur = new StringBuilder(w); }
            else cur = new StringBuilder(next);
        }
        if (!cur.isEmpty()) lines.add(cur.toString());
        return lines.size() > 3 ? lines.subList(0, 3) : lines;
    }
}

package org.panicscope.picture;

import java.util.List;
import org.panicscope.recording.Arrow;
import org.panicscope.recording.StepLog;
import org.panicscope.recording.WaitFor;

/**
 * Arrows between lanes: NMIs and REBOOT IPIs from the step that sent them to the step where they land, the console
 * hand-over from SD5 to the waiter, and wait-for from a spinner to the holder, drawn in the deadlock tone when the
 * holder is halted. At the position, every spinning CPU gets a wait-for arrow, so a deadlock is visible at a glance.
 */
public final class ArrowPainter {
    /** The widest wait-for text at the cursor; the screen repaints this far left of the cursor when it moves. */
    public static final double MAX_TEXT = 520;

    private ArrowPainter() { }

    static void paint(TimelineSnapshot s, Viewport v, Painter p) {
        StepLog log = s.log();
        Viewport wide = v.widened(120); // arrow labels spill over a tile's edge
        int a = wide.firstVisible(), b = wide.endVisible(), end = s.end();
        // labels already placed ({x, y, w, h}): arrows that land close together (on the time axis an NMI and a
        // hand-over at one instant) put their labels one below the other instead of over each other
        java.util.List<double[]> placed = new java.util.ArrayList<>();
        for (Arrow ar : log.arrows()) {
            if (ar.hi() < a || ar.lo() > b || ar.fromIndex() >= end || !ar.completed()) continue;
            if (ar.toIndex() >= end && ar.kind() != Arrow.Kind.WAIT_FOR) continue;
            // from the middle of the sending block to the middle of the landing one, on either axis
            double x1 = v.mid(ar.fromIndex()), x2 = ar.kind() == Arrow.Kind.WAIT_FOR ? x1 : v.mid(ar.toIndex());
            double y1 = v.segMid(ar.fromCpu()), y2 = v.segMid(ar.toCpu());
            switch (ar.kind()) {
                case NMI -> labelled(p, placed, x1, y1, x2, y2, Tone.ARROW_NMI, 2.2, false, "NMI");
                case IPI -> labelled(p, placed, x1, y1, x2, y2, Tone.ARROW_IPI, 2, true, "REBOOT IPI");
                case HANDOVER -> {
                    if (v.ppc() >= 0.5) labelled(p, placed, x1, y1, x2, y2, Tone.ARROW_HANDOVER, 2, false, v.ppc() >= 8 ? "hand-over" : null);
                }
                case WAIT_FOR -> {
                    if (ar.severe()) waitFor(p, v, x1, ar.fromCpu(), ar.toCpu(), true, null);
                    else if (v.ppc() >= 1) waitFor(p, v, x1, ar.fromCpu(), ar.toCpu(), false, null);
                }
            }
        }
    }

    /** The wait-for arrows of the state at the position, just left of the cursor line. */
    static void paintCurrent(TimelineSnapshot s, Viewport v, Painter p) {
        double x = v.x(s.position()) - 5;
        if (x < v.header() || x > v.width()) return;
        for (WaitFor w : s.waits()) {
            if (w.holder() < 0 || w.holder() == w.spinner()) continue;
            String text = words(w);
            waitFor(p, v, x, w.spinner(), w.holder(), w.holderStopped(), text);
        }
    }

    public static String words(WaitFor w) {
        String what = w.resource() == org.panicscope.model.Resource.CONSOLE_WAITER
                ? "waits for CPU" + w.holder() + "'s hand-over"
                : "waits for " + w.resource().label() + " (CPU" + w.holder() + ")";
        return w.holderStopped() ? what + " — CPU" + w.holder() + " is halted" : what;
    }

    private static void waitFor(Painter p, Viewport v, double x, int from, int to, boolean severe, String text) {
        double y1 = v.segMid(from), y2 = to > from ? v.segTop(to) : v.segTop(to) + v.segHeight();
        Tone t = severe ? Tone.DEADLOCK : Tone.WAIT_FOR;
        p.arrow(x, y1, x, y2, t, severe ? 3 : 1.6, !severe);
        if (severe) {
            double r = MARK_R, cy = markY(v, p, from, to);
            p.fillOval(x - r, cy - r, 2 * r, 2 * r, Tone.BACKGROUND, 1);
            p.line(x - r * 0.7, cy + r * 0.7, x + r * 0.7, cy - r * 0.7, t, 2.4, false);
            p.line(x - r, cy, x - r, cy, t, 1, false);
            drawRing(p, x, cy, r, t);
        }
        if (text != null) {
            // the words stand left of the cursor; where one line has no room (a 1280 px projector), they break after
            // the resource ("waits for CPU1's hand-over" / "— CPU1 is halted") instead of losing their end to "…"
            double room = Math.min(MAX_TEXT, x - 10 - (v.header() + 4));
            List<String> lines = List.of(text);
            int cut = text.indexOf(" — ");
            if (p.textWidth(text, TextStyle.BOLD) > room && cut > 0) lines = List.of(text.substring(0, cut), text.substring(cut + 1));
            double lh = p.fontSize() * 1.3;
            // the last line where one line stands, the first above it (below, the arrows' labels sit at mid-height)
            double ty = (y1 + y2) / 2 + p.fontSize() * 0.35 - (lines.size() - 1) * lh;
            for (String line : lines) {
                String shown = p.fit(line, TextStyle.BOLD, Math.max(room, MAX_TEXT / 4));
                double tw = p.textWidth(shown, TextStyle.BOLD);
                double tx = Math.max(v.header() + 4, x - 10 - tw);
                p.fillRect(tx - 4, ty - p.fontSize() - 2, tw + 8, p.fontSize() + 8, Tone.BACKGROUND, 0.92);
                p.text(tx, ty, shown, severe ? Tone.DEADLOCK : Tone.WAIT_FOR, TextStyle.BOLD, Painter.Align.LEFT);
                ty += lh;
            }
        }
    }

    /** The radius of the "blocked" mark (a ring with a bar) drawn where a wait-for arrow reaches a halted holder. */
    static final double MARK_R = 7;

    /**
     * Whether the holder's blocks are tall enough for the blocked mark to sit at the arrow's tip, inside the block's
     * edge, clear of the block's middle line, where the holder's "HALTED by NMI" stands ({@link LabelPainter}).
     */
    static boolean markAtTip(Viewport v, Painter p) { return v.segHeight() >= 4 * MARK_R + 2 * p.fontSize() + 6; }

    /** The y of the blocked mark on the holder's lane {@code to}, the spinner on lane {@code from}. */
    static double markY(Viewport v, Painter p, int from, int to) {
        if (!markAtTip(v, p)) return v.segMid(to);
        return to > from ? v.segTop(to) + MARK_R + 3 : v.segTop(to) + v.segHeight() - MARK_R - 3;
    }

    private static void drawRing(Painter p, double cx, double cy, double r, Tone t) {
        int n = 24;
        double[] xs = new double[n + 1], ys = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            double ang = 2 * Math.PI * i / n;
            xs[i] = cx + r * Math.cos(ang);
            ys[i] = cy + r * Math.sin(ang);
        }
        p.polyline(xs, ys, n + 1, t, 2.4);
    }

    private static void labelled(Painter p, java.util.List<double[]> placed, double x1, double y1, double x2, double y2, Tone t,
                                 double w, boolean dashed, String label) {
        if (Math.abs(x2 - x1) < 0.5) x2 = x1 + 0.5;
        p.arrow(x1, y1, x2, y2, t, w, dashed);
        p.fillOval(x1 - 3, y1 - 3, 6, 6, t, 1);
        if (label == null) return;
        double tw = p.textWidth(label, TextStyle.SMALL), lh = p.fontSize() * 1.15;
        double mx = (x1 + x2) / 2, my = (y1 + y2) / 2;
        for (int tries = 0; tries < 4 && overlaps(placed, mx + 4, my - p.fontSize() * 0.8, tw + 6, lh); tries++) my += lh;
        placed.add(new double[] {mx + 4, my - p.fontSize() * 0.8, tw + 6, lh});
        p.fillRect(mx + 4, my - p.fontSize() * 0.8, tw + 6, p.fontSize() * 1.1, Tone.BACKGROUND, 0.85);
        p.text(mx + 7, my + p.fontSize() * 0.1, label, t, TextStyle.SMALL, Painter.Align.LEFT);
    }

    private static boolean overlaps(java.util.List<double[]> placed, double x, double y, double w, double h) {
        for (double[] r : placed) if (x < r[0] + r[2] && r[0] < x + w && y < r[1] + r[3] && r[1] < y + h) return true;
        return false;
    }
}

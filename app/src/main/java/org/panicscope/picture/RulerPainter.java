package org.panicscope.picture;

import java.util.List;
import org.panicscope.recording.KeyMoments;
import org.panicscope.recording.StepLog;

/** The ruler above the lanes: choice numbers at round intervals, and the model time at each of them. */
final class RulerPainter {
    private static final int[] NICE = {1, 2, 5};

    private RulerPainter() { }

    static void paint(TimelineSnapshot s, Viewport v, Painter p) {
        StepLog log = s.log();
        p.fillRect(v.left(), 0, v.right() - v.left(), v.ruler(), Tone.BACKGROUND);
        double minGap = p.textWidth("#000000", TextStyle.SMALL) + 24;
        long step = tickStep(minGap / v.ppc());
        long a = (long) Math.max(0, Math.floor(v.col(v.left() - minGap) / step) * step);
        double base1 = v.ruler() * 0.42, base2 = v.ruler() * 0.80;

        double lastX = Double.NEGATIVE_INFINITY;
        for (long c = a; c <= log.size(); c += step) {
            double x = v.x(c);
            if (x < lastX + minGap) continue; // a fold before it drew the columns closer
            if (x > v.width() - p.textWidth("#" + c, TextStyle.SMALL) - 4 || x > v.right() + 2) break;
            if (x < v.header()) continue;
            lastX = x;
            p.line(x, v.ruler() - 6, x, v.lanesBottom(), Tone.GRID, 1, false);
            p.text(x + 3, base1, "#" + c, Tone.TEXT, TextStyle.SMALL, Painter.Align.LEFT);
            if (log.size() > 0) p.text(x + 3, base2, "t " + log.timeAt((int) Math.min(c, log.size())), Tone.TEXT_MUTED, TextStyle.SMALL, Painter.Align.LEFT);
        }
        p.line(v.header(), v.ruler() - 0.5, v.width(), v.ruler() - 0.5, Tone.GRID, 1, false);
        paintKeyMoments(log, v, p, base2);
    }

    private static StepLog cachedLog;
    private static int cachedSize = -1;
    private static List<KeyMoments.Moment> cached = List.of();

    /**
     * The key moments (panic, NMI sent and landed, halts, the spin that waits for a hand-over, ...) as labelled pills on
     * the ruler, each at least {@link #MIN_MOMENT} px wide so that a projector shows them; a pill that would overlap the
     * one before it is drawn as a tick only.
     */
    private static void paintKeyMoments(StepLog log, Viewport v, Painter p, double base) {
        if (log != cachedLog || log.size() != cachedSize) {
            cached = KeyMoments.of(log, null);
            cachedLog = log;
            cachedSize = log.size();
        }
        // two rows of pills (the choice numbers' row and the times' row): moments a few choices apart still get one each
        double h = p.fontSize() * 1.25;
        double[] ys = {v.ruler() * 0.42 - h * 0.8, base - h * 0.8};
        double[] lastRight = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        List<double[]> pills = new java.util.ArrayList<>();
        for (KeyMoments.Moment m : cached) {
            // laid out over every moment, visible or not: the ruler is painted tile by tile and each tile must
            // place the pills alike
            double x = v.x(m.index() + 0.5);
            double w = Math.max(MIN_MOMENT, p.textWidth(m.label(), TextStyle.SMALL) + 10);
            double left = x - w / 2;
            // a moment near the run's start would put half its pill under the lane headers: keep it in the plot
            if (x >= v.header()) left = Math.max(left, v.header() + 1);
            int row = left >= lastRight[1] + 2 ? 1 : left >= lastRight[0] + 2 ? 0 : -1;
            if (x >= v.header() && x <= v.right()) p.line(x, row == 0 ? ys[0] + h : ys[1] + h, x, v.ruler(), Tone.MARKER, 2, false);
            if (row < 0) continue;
            lastRight[row] = left + w;
            if (left + w < v.left() || left > v.right()) continue;   // outside this tile: placed, not drawn
            p.fillRect(left, ys[row], w, h, Tone.MARKER);
            p.text(left + w / 2, ys[row] + h * 0.78, m.label(), Tone.BACKGROUND, TextStyle.SMALL, Painter.Align.CENTER);
            if (x >= v.header() && x <= v.width()) pills.add(new double[] {m.index(), left, w});
        }
        // the ruler is painted tile by tile: the pills of one geometry are gathered over its tiles
        String geometry = v.first() + "/" + v.ppc() + "/" + v.width() + "/" + log.size() + "/" + System.identityHashCode(v.folding());
        if (!geometry.equals(pillsGeometry)) { pillsGeometry = geometry; lastPills.clear(); }
        for (double[] pill : pills) lastPills.put((int) pill[0], pill);
    }

    private static String pillsGeometry = "";
    private static final java.util.Map<Integer, double[]> lastPills = new java.util.TreeMap<>();

    /** The key moments' pills of the last painted view: {choice, left x, width} each (tests). */
    public static List<double[]> lastPills() { return List.copyOf(lastPills.values()); }

    /** The least width of a key moment's pill (issue 11: at least 24 px on a 1280x720 projector). */
    public static final double MIN_MOMENT = 24;

    /** A round tick interval (1, 2, 5 x 10^n) of at least {@code min} choices. */
    static long tickStep(double min) {
        long mag = 1;
        while (true) {
            for (int n : NICE) if (n * mag >= min) return n * mag;
            mag *= 10;
        }
    }
}

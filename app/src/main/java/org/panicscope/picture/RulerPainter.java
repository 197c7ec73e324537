package org.panicscope.picture;

import java.util.List;
import org.panicscope.recording.KeyMoments;
import org.panicscope.recording.Tape;
import org.panicscope.recording.StepLog;

/**
 * The ruler above the lanes, in the units of the axis shown (choice numbers, or kernel time in ms), with the key
 * moments as pills. What the axis counts is said left of it, in the header ({@link HeaderPainter}).
 */
final class RulerPainter {
    private static final int[] NICE = {1, 2, 5};

    private RulerPainter() { }

    static void paint(TimelineSnapshot s, Viewport v, Painter p) {
        StepLog log = s.log();
        p.fillRect(v.left(), 0, v.right() - v.left(), v.ruler(), Tone.BACKGROUND);
        double base1 = v.ruler() * 0.42, base2 = v.ruler() * 0.80;
        // the pills are placed first: a number a pill would cover is left out, so every number shown can be read
        List<double[]> pills = layoutKeyMoments(log, v, p, base2);
        Numbers numbers = new Numbers(p, pills, base1, base2);
        if (v.timeAxis()) paintTimes(log, v, p, numbers);
        else paintChoices(log, v, p, numbers);
        p.line(v.header(), v.ruler() - 0.5, v.width(), v.ruler() - 0.5, Tone.GRID, 1, false);
        paintKeyMoments(log, v, p, pills, base2);
    }

    /** Writes the ruler's numbers in its two rows, except where a key moment's pill sits in that row. */
    private record Numbers(Painter p, List<double[]> pills, double base1, double base2) {
        void text(int row, double x, String s, Tone t) {
            if (!covered(row, x, s)) p.text(x, row == 0 ? base1 : base2, s, t, TextStyle.SMALL, Painter.Align.LEFT);
        }

        boolean covered(int row, double x, String s) {
            double w = p.textWidth(s, TextStyle.SMALL);
            for (double[] pill : pills) if (pill[4] == row && x < pill[2] + pill[3] + 2 && pill[2] - 2 < x + w) return true;
            return false;
        }

        /**
         * A tick's two numbers: {@code second} in the lower row; where a pill covers it there, after {@code first}
         * in the upper row when that fits before the next tick ({@code room} px), so that the lower row's count is not
         * lost wherever key moments crowd it (1280x720 in presenter mode).
         */
        void pair(double x, String first, String second, double room) {
            if (!covered(1, x, second)) {
                text(0, x, first, Tone.TEXT);
                p.text(x, base2, second, Tone.TEXT_MUTED, TextStyle.SMALL, Painter.Align.LEFT);
                return;
            }
            String both = first + " \u00b7 " + second;
            if (p.textWidth(both, TextStyle.SMALL) + 6 <= room && !covered(0, x, both)) text(0, x, both, Tone.TEXT);
            else text(0, x, first, Tone.TEXT);
        }
    }

    /** The choice axis: choice numbers at round intervals, and the model time at each of them. */
    private static void paintChoices(StepLog log, Viewport v, Painter p, Numbers numbers) {
        double minGap = p.textWidth("#000000", TextStyle.SMALL) + 24;
        long step = tickStep(minGap / v.ppc());
        long a = (long) Math.max(0, Math.floor(v.col(v.left() - minGap) / step) * step);
        double lastX = Double.NEGATIVE_INFINITY;
        for (long c = a; c <= log.size(); c += step) {
            double x = v.x(c);
            if (x < lastX + minGap) continue; // a fold before it drew the columns closer
            if (x > v.width() - p.textWidth("#" + c, TextStyle.SMALL) - 4 || x > v.right() + 2) break;
            if (x < v.header()) continue;
            lastX = x;
            p.line(x, v.ruler() - 6, x, v.lanesBottom(), Tone.GRID, 1, false);
            if (log.size() > 0) numbers.pair(x + 3, "#" + c, "t " + log.timeAt((int) Math.min(c, log.size())), v.x(c + step) - x);
            else numbers.text(0, x + 3, "#" + c, Tone.TEXT);
        }
    }

    /**
     * The time axis: kernel time at round intervals in ms or s (as the exported time pictures' axis,
     * {@link TimelinePicture}: one model unit is 10 ms), and the choice made at each instant.
     */
    private static void paintTimes(StepLog log, Viewport v, Painter p, Numbers numbers) {
        double minGap = p.textWidth("0.00 s", TextStyle.SMALL) + 28;
        long step = tickStep(minGap / v.ppc());
        long a = (long) Math.max(0, Math.floor(v.unitAt(v.left() - minGap) / step) * step);
        double end = v.axis().length(log.size());
        for (long t = a; t <= end; t += step) {
            double x = v.xOfUnit(t);
            String label = Tape.ms(t);
            if (x > v.width() - p.textWidth(label, TextStyle.SMALL) - 4 || x > v.right() + 2) break;
            if (x < v.header()) continue;
            p.line(x, v.ruler() - 6, x, v.lanesBottom(), Tone.GRID, 1, false);
            if (log.size() > 0) numbers.pair(x + 3, label, "#" + (long) v.axis().position(t), v.xOfUnit(t + step) - x);
            else numbers.text(0, x + 3, label, Tone.TEXT);
        }
    }

    private static StepLog cachedLog;
    private static int cachedSize = -1;
    private static List<KeyMoments.Moment> cached = List.of();

    /**
     * Places the key moments (panic, NMI sent and landed, halts, the spin that waits for a hand-over, ...) as labelled
     * pills on the ruler, each at least {@link #MIN_MOMENT} px wide so that a projector shows them; a pill that would
     * overlap the one before it gets a tick only. Returns {choice, x, left, width, row} each (row -1: tick only).
     */
    private static List<double[]> layoutKeyMoments(StepLog log, Viewport v, Painter p, double base) {
        if (log != cachedLog || log.size() != cachedSize) {
            cached = KeyMoments.of(log, null);
            cachedLog = log;
            cachedSize = log.size();
        }
        // two rows of pills (the choice numbers' row and the times' row): moments a few choices apart still get one each
        double[] lastRight = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        List<double[]> out = new java.util.ArrayList<>();
        for (KeyMoments.Moment m : cached) {
            // laid out over every moment, visible or not: the ruler is painted tile by tile and each tile must
            // place the pills alike
            double x = m.index() >= 0 && m.index() < log.size() ? v.mid(m.index()) : v.x(m.index() + 0.5);
            double w = Math.max(MIN_MOMENT, p.textWidth(m.label(), TextStyle.SMALL) + 10);
            double left = x - w / 2;
            // a moment near the run's start would put half its pill under the lane headers: keep it in the plot
            if (x >= v.header()) left = Math.max(left, v.header() + 1);
            int row = left >= lastRight[1] + 2 ? 1 : left >= lastRight[0] + 2 ? 0 : -1;
            if (row < 0) {
                // moments close together (on the time axis often at one instant): the pill moves right of the one
                // before it, in the row that frees first, and a leader line joins it to its moment
                int r = lastRight[1] <= lastRight[0] ? 1 : 0;
                double moved = lastRight[r] + 2;
                if (moved - left <= SPREAD * w && moved + w <= v.width() - 1) { row = r; left = moved; }
            }
            if (row >= 0) lastRight[row] = left + w;
            out.add(new double[] {m.index(), x, left, w, row});
        }
        return out;
    }

    private static void paintKeyMoments(StepLog log, Viewport v, Painter p, List<double[]> layout, double base) {
        double h = p.fontSize() * 1.25;
        double[] ys = {v.ruler() * 0.42 - h * 0.8, base - h * 0.8};
        List<double[]> pills = new java.util.ArrayList<>();
        // every leader line first, then every pill: a line from the upper row to its moment may pass a pill of the
        // lower row, and must go under its label, not through it
        for (double[] l : layout) {
            double x = l[1], left = l[2], w = l[3];
            int row = (int) l[4];
            double from = row < 0 ? x : Math.max(left + 2, Math.min(left + w - 2, x)); // where the leader leaves the pill
            if (Math.max(x, from) >= v.header() && Math.min(x, from) <= v.right())
                p.line(from, row == 0 ? ys[0] + h : ys[1] + h, x, v.ruler(), Tone.MARKER, 2, false);
        }
        int k = 0;
        for (double[] l : layout) {
            KeyMoments.Moment m = cached.get(k++);
            double x = l[1], left = l[2], w = l[3];
            int row = (int) l[4];
            if (row < 0) continue;
            if (left + w < v.left() || left > v.right()) continue;   // outside this tile: placed, not drawn
            p.fillRect(left, ys[row], w, h, Tone.MARKER);
            p.text(left + w / 2, ys[row] + h * 0.78, m.label(), Tone.BACKGROUND, TextStyle.SMALL, Painter.Align.CENTER);
            if (x >= v.header() && x <= v.width()) pills.add(new double[] {m.index(), left, w});
        }
        // the ruler is painted tile by tile: the pills of one geometry are gathered over its tiles
        String geometry = v.first() + "/" + v.ppc() + "/" + v.width() + "/" + log.size() + "/" + System.identityHashCode(v.axis());
        if (!geometry.equals(pillsGeometry)) { pillsGeometry = geometry; lastPills.clear(); }
        for (double[] pill : pills) lastPills.put((int) pill[0], pill);
    }

    private static String pillsGeometry = "";
    private static final java.util.Map<Integer, double[]> lastPills = new java.util.TreeMap<>();

    /** The key moments' pills of the last painted view: {choice, left x, width} each (tests). */
    public static List<double[]> lastPills() { return List.copyOf(lastPills.values()); }

    /** How far (in its own widths) a pill may move right of its moment to make room for the one before it. */
    private static final double SPREAD = 2.5;

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

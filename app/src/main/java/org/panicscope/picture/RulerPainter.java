package org.panicscope.picture;

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

        for (long c = a; c <= log.size(); c += step) {
            double x = v.x(c);
            if (x > v.width() - p.textWidth("#" + c, TextStyle.SMALL) - 4 || x > v.right() + 2) break;
            if (x < v.header()) continue;
            p.line(x, v.ruler() - 6, x, v.lanesBottom(), Tone.GRID, 1, false);
            p.text(x + 3, base1, "#" + c, Tone.TEXT, TextStyle.SMALL, Painter.Align.LEFT);
            if (log.size() > 0) p.text(x + 3, base2, "t " + log.timeAt((int) Math.min(c, log.size())), Tone.TEXT_MUTED, TextStyle.SMALL, Painter.Align.LEFT);
        }
        p.line(v.header(), v.ruler() - 0.5, v.width(), v.ruler() - 0.5, Tone.GRID, 1, false);
    }

    /** A round tick interval (1, 2, 5 x 10^n) of at least {@code min} choices. */
    static long tickStep(double min) {
        long mag = 1;
        while (true) {
            for (int n : NICE) if (n * mag >= min) return n * mag;
            mag *= 10;
        }
    }
}

package org.panicscope.picture;

import java.util.ArrayList;
import java.util.List;
import org.panicscope.engine.Run;
import org.panicscope.engine.Verdict;
import org.panicscope.model.Cpu;
import org.panicscope.model.Kernel;
import org.panicscope.scenario.Scenario;
import org.panicscope.recording.Tape;
import org.panicscope.recording.WaitFor;
import org.panicscope.recording.StepLog;

/**
 * The app's timeline (issue 4: {@code ui.timeline.TimelineRenderer} over the session's {@link Tape}), drawn off
 * screen at a given width with the whole run in view: column i is choice i, as in the app zoomed to fit. The
 * geometry is the app's at the light theme's sizes (assets/themes/light.css: 13 px font, 66 px lanes).
 */
public final class AppTimeline {
    public static final double FONT = 13, LANE_HEIGHT = 66, LANE_GAP = 6;
    /** Room right of the last column for the position tag the app draws over the cursor. */
    private static final double RIGHT = 36;

    private AppTimeline() { }

    public static double height(int cpus) {
        return Math.round(FONT * 3.2) + cpus * (LANE_HEIGHT + LANE_GAP) + FONT * 3.2;
    }

    /**
     * Paints the timeline at position {@code position} (after that many choices).
     *
     * @param future     draw the rest of the run after the position, veiled (a frame of a replay shows none)
     * @param divergence the column where this run parts from the other of a comparison, or -1
     */
    public static void paint(org.panicscope.picture.Painter p, Tape t, int position, boolean future, int divergence,
                             String divergenceLabel, double width) {
        paint(p, t, position, future, divergence, divergenceLabel, width, 0, t.size());
    }

    /** The same with only columns [first, end) in view (a time window of the run). */
    public static void paint(org.panicscope.picture.Painter p, Tape t, int position, boolean future, int divergence,
                             String divergenceLabel, double width, int first, int end) {
        new TimelineRenderer().paint(snapshot(t, position, future, divergence, divergenceLabel), viewport(t, width, first, end), p);
    }

    /** What the app's timeline shows at a position, as the app's view binder builds it. */
    public static TimelineSnapshot snapshot(Tape t, int position, boolean future, int divergence, String divergenceLabel) {
        int n = t.cpuCount();
        Run at = t.runAt(Math.min(position, t.size()));
        Kernel k = at.kernel();
        Scenario s = t.scenario();
        List<String> titles = new ArrayList<>(), subs = new ArrayList<>(), states = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            titles.add("CPU" + i);
            subs.add(HeaderPainter.programWords(s, k, i));
            states.add(HeaderPainter.stateWords(k.cpu(i)));
        }
        boolean deadlock = at.outcome() != null && at.outcome().verdict() == Verdict.DL;
        return new TimelineSnapshot(t.log(), position, -1, -1, divergence, divergenceLabel, WaitFor.of(k),
                deadlock, titles, subs, states, future, t.timed());
    }

    /** The app's geometry with the whole run in view at {@code width} pixels. */
    public static Viewport viewport(Tape t, double width) { return viewport(t, width, 0, t.size()); }

    /** The app's geometry with columns [first, end) in view. */
    public static Viewport viewport(Tape t, double width, int first, int end) {
        int n = t.cpuCount();
        double header = Math.round(FONT * 15), ruler = Math.round(FONT * 3.2);
        double ppc = Math.max(1e-6, (width - header - RIGHT) / Math.max(1, end - first));
        return new Viewport(first, ppc, width, height(n), header, ruler, LANE_HEIGHT, LANE_GAP, n);
    }

    /** The columns of the choices made in the time window [from, to] of a recording (nulls: the whole run). */
    static int[] columns(Tape r, Long from, Long to) {
        StepLog log = r.log();
        int first = 0, end = log.size();
        if (from != null) { first = end; for (int i = 0; i < log.size(); i++) if (log.timeBefore(i) >= from) { first = i; break; } }
        if (to != null) { int e2 = first; for (int i = 0; i < log.size(); i++) if (log.timeBefore(i) <= to) e2 = i + 1; end = Math.max(first + 1, e2); }
        return new int[] {first, end};
    }

}

package org.panicscope.picture;

import org.panicscope.recording.StepLog;

/**
 * The time axis: x is kernel time in the model's units (10 ms, design doc §2.3), shared by every lane. Each choice is
 * drawn on its CPU's lane from that CPU's clock before the choice to its clock after it ({@link StepLog#timeBefore},
 * {@link StepLog#timeAfter}); a CPU's clock never goes backwards, so a lane's blocks never overlap, and a block is
 * exactly as wide as its step takes. Adding up step durations instead would overlap, as the CPUs run side by side.
 * <p>
 * A position (after {@code p} choices) is drawn at the engine's "now" at that point ({@code Run.now()}: the least
 * clock of the CPUs that can still run, or the largest when none can): the instant the next choice is made at. It
 * never decreases, and every later choice starts at or after it, so the cursor separates past from future. Most
 * choices take no time, so several positions share an instant; {@link #position} then maps an instant to the
 * position nearest to it, ties to the first one at that instant.
 * <p>
 * Folds keep their true duration here (time is never squeezed): a folded repeat is still drawn as one labelled
 * block, at the time it took.
 */
public final class TimeAxis implements Axis {
    public static final String LABEL = "kernel time (10 ms units)";

    private final StepLog log;
    private final long[] now;      // now[p]: the instant position p is drawn at, p = 0..size
    private final double reach;    // the furthest a choice's block ends after its position's instant
    private final double length;
    private final Folding folding;

    private TimeAxis(StepLog log, long[] now, double reach, double length, Folding folding) {
        this.log = log;
        this.now = now;
        this.reach = reach;
        this.length = length;
        this.folding = folding == null ? Folding.NONE : folding;
    }

    /** The time axis of a recorded run (of a timed run: in an untimed one a clock counts steps, not time). */
    public static TimeAxis of(StepLog log) {
        int n = log.cpuCount(), size = log.size();
        long[] clock = new long[n];
        boolean[] runs = new boolean[n];
        for (int c = 0; c < n; c++) {
            // a CPU's clock changes only by its own choices: before its first one it is that choice's start
            if (log.countOf(c) > 0) { clock[c] = log.timeBefore(log.indexOf(c, 0)); runs[c] = true; }
        }
        long[] now = new long[size + 1];
        now[0] = now(clock, runs);
        double reach = 0, end = now[0];
        for (int i = 0; i < size; i++) {
            int c = log.cpu(i);
            clock[c] = log.timeAfter(i);
            runs[c] = log.status(i).runnable();
            now[i + 1] = Math.max(now[i], now(clock, runs));
            reach = Math.max(reach, log.timeAfter(i) - now[i]);
            end = Math.max(end, log.timeAfter(i));
        }
        return new TimeAxis(log, now, reach, Math.max(end, now[size]), Folding.NONE);
    }

    /** As {@code Run.now()}: the least clock of a CPU that can still run, or the largest when none can. */
    private static long now(long[] clock, boolean[] runs) {
        long min = Long.MAX_VALUE, max = 0;
        for (int c = 0; c < clock.length; c++) {
            max = Math.max(max, clock[c]);
            if (runs[c]) min = Math.min(min, clock[c]);
        }
        return min == Long.MAX_VALUE ? max : min;
    }

    public StepLog log() { return log; }

    @Override public double unit(double position) {
        if (position <= 0) return now[0];
        if (position >= now.length - 1) return now[now.length - 1];
        int p = (int) Math.floor(position);
        double f = position - p;
        return f == 0 ? now[p] : now[p] + f * (now[p + 1] - now[p]);
    }

    @Override public double position(double unit) {
        int p2 = firstAtOrAfter(unit);
        if (p2 == 0) return 0;
        if (p2 >= now.length) return now.length - 1;
        int p1 = p2 - 1;
        if (now[p2] == unit) return p2;
        // p1 is the last position before the clock moves on from its instant
        return unit - now[p1] < now[p2] - unit ? p1 : p2;
    }

    /** The first position whose instant is at or after {@code unit} ({@code size + 1} if none). */
    private int firstAtOrAfter(double unit) {
        int lo = 0, hi = now.length;
        while (lo < hi) { int m = (lo + hi) >>> 1; if (now[m] < unit) lo = m + 1; else hi = m; }
        return lo;
    }

    @Override public double start(int choice) { return log.timeBefore(choice); }
    @Override public double end(int choice) { return log.timeAfter(choice); }
    @Override public double length(int size) { return size >= now.length - 1 ? length : unit(size); }
    @Override public int firstReaching(double unit) { return Math.max(0, firstAtOrAfter(unit - reach) - 1); }
    @Override public int endReaching(double unit) {
        int lo = 0, hi = now.length;
        while (lo < hi) { int m = (lo + hi) >>> 1; if (now[m] <= unit) lo = m + 1; else hi = m; }
        return lo + 1;
    }
    @Override public Folding folding() { return folding; }
    @Override public Axis withFolding(Folding f) { return f == folding ? this : new TimeAxis(log, now, reach, length, f); }
    @Override public boolean time() { return true; }
    @Override public String label() { return LABEL; }

    /**
     * The choice of CPU {@code lane} drawn at {@code unit}, among those before {@code end}: the last one that has
     * started by then, so where several zero-time steps share an instant, the last of them (whose state holds
     * afterwards); -1 before the lane's first choice.
     */
    public int choiceAt(int lane, double unit, int end) {
        int lo = 0, hi = log.firstAtOrAfter(lane, end);
        while (lo < hi) { int m = (lo + hi) >>> 1; if (log.timeBefore(log.indexOf(lane, m)) <= unit) lo = m + 1; else hi = m; }
        return lo == 0 ? -1 : log.indexOf(lane, lo - 1);
    }

    /** How many choices of choice {@code i}'s CPU before {@code end} start at the instant {@code i} starts at. */
    public int sharing(int i, int end) {
        int lane = log.cpu(i);
        long t = log.timeBefore(i);
        int count = 0;
        for (int k = log.firstAtOrAfter(lane, end) - 1; k >= 0; k--) {
            long tk = log.timeBefore(log.indexOf(lane, k));
            if (tk < t) break;
            if (tk == t) count++;
        }
        return count;
    }
}

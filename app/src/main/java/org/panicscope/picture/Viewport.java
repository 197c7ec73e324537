package org.panicscope.picture;

import org.panicscope.recording.StepLog;

/**
 * The geometry of one drawing of the timeline: what the x axis counts ({@link Axis}: choices or kernel time), which
 * part of it is visible and at what scale, where the lanes are. Position {@code p} (after p choices) is the boundary
 * {@link #x}; choice {@code i} is the block from {@link #x0} to {@link #x1} on its own lane.
 *
 * @param first  the axis unit at the left edge of the plot (a choice column, or a kernel time)
 * @param ppc    pixels per axis unit (per choice, per display column while folded, or per time unit)
 * @param header width of the lane headers on the left
 * @param ruler  height of the ruler on top
 * @param axis   the choice axis (with its folds) or the time axis
 */
public record Viewport(double first, double ppc, double width, double height, double header, double ruler,
                       double laneHeight, double laneGap, int lanes, double left, double right, Axis axis) {
    /** The least width of a step that takes no time on the time axis: a tick that stays visible and can be hovered. */
    public static final double TICK = 3;

    public Viewport {
        if (axis == null) axis = ChoiceAxis.PLAIN;
    }

    public Viewport(double first, double ppc, double width, double height, double header, double ruler,
                    double laneHeight, double laneGap, int lanes, double left, double right) {
        this(first, ppc, width, height, header, ruler, laneHeight, laneGap, lanes, left, right, ChoiceAxis.PLAIN);
    }

    /** A viewport drawn whole: from the headers' right edge to the width. */
    public Viewport(double first, double ppc, double width, double height, double header, double ruler,
                    double laneHeight, double laneGap, int lanes) {
        this(first, ppc, width, height, header, ruler, laneHeight, laneGap, lanes, header, width);
    }

    /** The same view, drawing only the pixels [left, right) of the plot (one tile of the screen's canvas). */
    public Viewport tile(double l, double r) {
        return new Viewport(first, ppc, width, height, header, ruler, laneHeight, laneGap, lanes, Math.max(header, l), Math.min(width, r), axis);
    }

    public Folding folding() { return axis.folding(); }
    public boolean timeAxis() { return axis.time(); }

    /** The x of a position (fractional positions lie in between). */
    public double x(double position) { return xOfUnit(axis.unit(position)); }
    /** The position at x (fractional on the choice axis; on the time axis the nearest one). */
    public double col(double x) { return axis.position(unitAt(x)); }
    public double xOfUnit(double unit) { return header + (unit - first) * ppc; }
    public double unitAt(double x) { return first + (x - header) / ppc; }

    /** Where choice {@code i}'s block starts on its lane. */
    public double x0(int i) { return xOfUnit(axis.start(i)); }
    /** Where choice {@code i}'s own extent ends (equal to {@link #x0} for a zero-time step on the time axis). */
    public double x1(int i) { return xOfUnit(axis.end(i)); }
    /** The right edge of choice {@code i}'s block as drawn: a zero-time step gets {@link #TICK} pixels. */
    public double blockRight(int i) { return axis.time() ? Math.max(x1(i), x0(i) + TICK) : x1(i); }
    /** The middle of choice {@code i}'s block (arrows and key moments start there). */
    public double mid(int i) { return (x0(i) + blockRight(i)) / 2; }
    /** The width one choice's block has at least: a column on the choice axis, a tick on the time axis. */
    public double blockWidth() { return axis.time() ? TICK : ppc; }

    public double plotWidth() { return Math.max(1, width - header); }
    /** The first choice whose block is at least partly inside [left, right) or right of it. */
    public int firstVisible() { return axis.firstReaching(unitAt(left)); }
    /** An index past every choice whose block starts inside [left, right). */
    public int endVisible() { return axis.endReaching(unitAt(right)); }
    /** The same range widened by {@code px} pixels on each side (for labels that spill over a tile's edge). */
    public Viewport widened(double px) { return new Viewport(first, ppc, width, height, header, ruler, laneHeight, laneGap, lanes, Math.max(header, left - px), Math.min(width, right + px), axis); }
    public double laneTop(int lane) { return ruler + lane * (laneHeight + laneGap); }
    public double lanesBottom() { return laneTop(lanes) - laneGap; }
    /** Top and height of the segment band inside a lane (below the function-name strip). */
    public double segTop(int lane) { return laneTop(lane) + laneHeight * 0.30; }
    public double segHeight() { return laneHeight * 0.52; }
    public double segMid(int lane) { return segTop(lane) + segHeight() / 2; }
    public double irqTop(int lane) { return laneTop(lane) + laneHeight * 0.88; }
    public double irqHeight() { return Math.max(3, laneHeight * 0.07); }

    /** The lane under a y coordinate, or -1. */
    public int laneAt(double y) {
        if (y < ruler) return -1;
        int l = (int) ((y - ruler) / (laneHeight + laneGap));
        return l < lanes && y - laneTop(l) <= laneHeight ? l : -1;
    }

    /**
     * The choice of CPU {@code lane} drawn under x, among the first {@code end}: the choice in that column, or the
     * lane's last one before it (whose state holds there); on the time axis the last one started by then (of
     * several zero-time steps at one instant, the last). -1 before the lane's first choice.
     */
    public int choiceAt(StepLog log, int lane, double x, int end) {
        if (axis instanceof TimeAxis t) {
            // a tick is TICK px wide: x inside the tick still names it
            return t.choiceAt(lane, unitAt(x), end);
        }
        int col = Math.min((int) Math.floor(col(x)), end - 1);
        if (col < 0) return -1;
        int k = log.firstAtOrAfter(lane, col);
        if (k < log.countOf(lane) && log.indexOf(lane, k) == col) return col;
        return k > 0 ? log.indexOf(lane, k - 1) : -1;
    }

    /** The fold drawn under x on a lane, or null. */
    public org.panicscope.recording.Fold foldAt(StepLog log, int lane, double x) {
        int i = axis.time() ? choiceAt(log, lane, x, log.size()) : (int) Math.floor(col(x));
        var f = i < 0 ? null : folding().foldAt(i);
        return f != null && f.cpu() == lane ? f : null;
    }

    public Viewport withFirst(double f) { return new Viewport(f, ppc, width, height, header, ruler, laneHeight, laneGap, lanes, left, right, axis); }
    public Viewport withFolding(Folding f) { return withAxis(axis.withFolding(f == null ? Folding.NONE : f)); }
    public Viewport withAxis(Axis a) { return new Viewport(first, ppc, width, height, header, ruler, laneHeight, laneGap, lanes, left, right, a); }

    /** Same geometry (everything but the drawn range). */
    public boolean sameGeometry(Viewport o) {
        return o != null && first == o.first && ppc == o.ppc && width == o.width && height == o.height && header == o.header
                && ruler == o.ruler && laneHeight == o.laneHeight && laneGap == o.laneGap && lanes == o.lanes
                && axis.equals(o.axis);
    }
}

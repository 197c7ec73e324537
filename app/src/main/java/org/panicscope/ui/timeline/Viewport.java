package org.panicscope.ui.timeline;

/**
 * The geometry of one drawing of the timeline: which choices are visible and how wide one choice is, where the
 * lanes are. Column {@code i} is choice {@code i} (0-based); position {@code p} (after p choices) is the boundary
 * at the left of column p.
 *
 * @param first      the first visible column (fractional while panning)
 * @param ppc        pixels per choice
 * @param header     width of the lane headers on the left
 * @param ruler      height of the ruler on top
 */
public record Viewport(double first, double ppc, double width, double height, double header, double ruler,
                       double laneHeight, double laneGap, int lanes) {

    public double x(double col) { return header + (col - first) * ppc; }
    public double col(double x) { return first + (x - header) / ppc; }
    public double plotWidth() { return Math.max(1, width - header); }
    /** The first column that is at least partly visible. */
    public int firstVisible() { return Math.max(0, (int) Math.floor(first)); }
    /** One past the last column that is at least partly visible. */
    public int endVisible() { return (int) Math.ceil(first + plotWidth() / ppc) + 1; }
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

    public Viewport withFirst(double f) { return new Viewport(f, ppc, width, height, header, ruler, laneHeight, laneGap, lanes); }
}

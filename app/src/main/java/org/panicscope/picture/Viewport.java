package org.panicscope.picture;

/**
 * The geometry of one drawing of the timeline: which choices are visible and how wide one choice is, where the
 * lanes are. Column {@code i} is choice {@code i} (0-based); position {@code p} (after p choices) is the boundary
 * at the left of column p.
 *
 * @param first      the first visible column (fractional while panning)
 * @param ppc        pixels per choice
 * @param header     width of the lane headers on the left
 * @param ruler      height of the ruler on top
 * @param folding    which choices are drawn folded: {@code first} stays a choice position, {@code ppc} is pixels per
 *                   display column, and x/col go through {@link Folding#display}/{@link Folding#choice}
 */
public record Viewport(double first, double ppc, double width, double height, double header, double ruler,
                       double laneHeight, double laneGap, int lanes, double left, double right, Folding folding) {

    public Viewport(double first, double ppc, double width, double height, double header, double ruler,
                    double laneHeight, double laneGap, int lanes, double left, double right) {
        this(first, ppc, width, height, header, ruler, laneHeight, laneGap, lanes, left, right, Folding.NONE);
    }

    /** A viewport drawn whole: from the headers' right edge to the width. */
    public Viewport(double first, double ppc, double width, double height, double header, double ruler,
                    double laneHeight, double laneGap, int lanes) {
        this(first, ppc, width, height, header, ruler, laneHeight, laneGap, lanes, header, width);
    }

    /** The same view, drawing only the pixels [left, right) of the plot (one tile of the screen's canvas). */
    public Viewport tile(double l, double r) {
        return new Viewport(first, ppc, width, height, header, ruler, laneHeight, laneGap, lanes, Math.max(header, l), Math.min(width, r), folding);
    }

    public double x(double col) { return header + (folding.display(col) - folding.display(first)) * ppc; }
    public double col(double x) { return folding.choice(folding.display(first) + (x - header) / ppc); }
    public double plotWidth() { return Math.max(1, width - header); }
    /** The first column that is at least partly inside [left, right). */
    public int firstVisible() { return Math.max(0, (int) Math.floor(col(left))); }
    /** One past the last column that is at least partly inside [left, right). */
    public int endVisible() { return (int) Math.ceil(col(right)) + 1; }
    /** The same range widened by {@code px} pixels on each side (for labels that spill over a tile's edge). */
    public Viewport widened(double px) { return new Viewport(first, ppc, width, height, header, ruler, laneHeight, laneGap, lanes, Math.max(header, left - px), Math.min(width, right + px), folding); }
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

    public Viewport withFirst(double f) { return new Viewport(f, ppc, width, height, header, ruler, laneHeight, laneGap, lanes, left, right, folding); }
    public Viewport withFolding(Folding f) { return new Viewport(first, ppc, width, height, header, ruler, laneHeight, laneGap, lanes, left, right, f == null ? Folding.NONE : f); }

    /** Same geometry (everything but the drawn range). */
    public boolean sameGeometry(Viewport o) {
        return o != null && first == o.first && ppc == o.ppc && width == o.width && height == o.height && header == o.header
                && ruler == o.ruler && laneHeight == o.laneHeight && laneGap == o.laneGap && lanes == o.lanes
                && folding == o.folding;
    }
}

package org.panicscope.picture;

/**
 * Draws the whole timeline through a {@link Painter}: lanes (one SVG group per CPU), ruler, arrows, overlays and
 * the lane headers. Independent of JavaFX nodes, so the same drawing goes to the screen and to an exported picture.
 */
public final class TimelineRenderer {
    private final LanePainter lanes = new LanePainter();

    /** The whole timeline: the plot, what moves with the cursor, then the lane headers. */
    public void paint(TimelineSnapshot s, Viewport v, Painter p) {
        paintStatic(s, v, p);
        paintCursor(s, v, p);
        HeaderPainter.paint(s, v, p);
    }

    /**
     * What does not move while the cursor moves (with the recorded future shown): lanes, labels, arrows, ruler,
     * markers, for the pixels [v.left(), v.right()) (one tile on screen).
     */
    public void paintStatic(TimelineSnapshot s, Viewport v, Painter p) {
        p.fillRect(v.left(), 0, v.right() - v.left(), v.height(), Tone.BACKGROUND);
        for (int c = 0; c < v.lanes(); c++) {
            p.fillRect(v.left(), v.laneTop(c), v.right() - v.left(), v.laneHeight(), c % 2 == 0 ? Tone.LANE : Tone.LANE_ALT);
        }
        RulerPainter.paint(s, v, p);
        for (int c = 0; c < v.lanes(); c++) {
            p.beginGroup("cpu" + c, "lane");
            lanes.paint(s, c, v, p);
            LabelPainter.paint(s, c, v, p);
            p.endGroup();
        }
        FoldPainter.paint(s, v, p);
        // no clips: they are slow on the software renderer; what spills left is covered by the headers
        ArrowPainter.paint(s, v, p);
        OverlayPainter.paintMarks(s, v, p);
    }

    /** What moves with the cursor: the veil over the future, the cursor, who waits for whom at the position. */
    public void paintCursor(TimelineSnapshot s, Viewport v, Painter p) {
        OverlayPainter.paintCursor(s, v, p);
        ArrowPainter.paintCurrent(s, v, p);
    }

    /** The lane headers alone (their own canvas on screen). */
    public void paintHeaders(TimelineSnapshot s, Viewport v, Painter p) {
        HeaderPainter.paint(s, v, p);
    }

    /** The key moments' pills of the last painted view: {choice, left x, width} each (tests of presenter mode). */
    public static java.util.List<double[]> keyMomentPills() { return RulerPainter.lastPills(); }
}

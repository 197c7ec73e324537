package org.panicscope.ui.timeline;

/**
 * Draws the whole timeline through a {@link Painter}: lanes (one SVG group per CPU), ruler, arrows, overlays and
 * the lane headers. Independent of JavaFX nodes, so the same drawing goes to the screen and to an exported picture.
 */
public final class TimelineRenderer {
    private final LanePainter lanes = new LanePainter();

    public void paint(TimelineSnapshot s, Viewport v, Painter p) {
        p.fillRect(0, 0, v.width(), v.height(), Tone.BACKGROUND);
        for (int c = 0; c < v.lanes(); c++) {
            p.fillRect(v.header(), v.laneTop(c), v.plotWidth(), v.laneHeight(), c % 2 == 0 ? Tone.LANE : Tone.LANE_ALT);
        }
        RulerPainter.paint(s, v, p);
        for (int c = 0; c < v.lanes(); c++) {
            p.beginGroup("cpu" + c);
            lanes.paint(s, c, v, p);
            LabelPainter.paint(s, c, v, p);
            p.endGroup();
        }
        p.clip(v.header(), v.ruler(), v.plotWidth(), v.height() - v.ruler());
        ArrowPainter.paint(s, v, p);
        p.unclip();
        OverlayPainter.paint(s, v, p);
        p.clip(v.header(), v.ruler(), v.plotWidth(), v.height() - v.ruler());
        ArrowPainter.paintCurrent(s, v, p);
        p.unclip();
        HeaderPainter.paint(s, v, p);
    }
}

package org.panicscope.picture;

/**
 * What is drawn over the lanes: the divergence line after a configuration change and the two markers with the
 * distance between them ({@link #paintMarks}, which do not move while playing), and the veil over the recorded
 * future with the cursor at the position ({@link #paintCursor}, which do).
 */
final class OverlayPainter {
    private OverlayPainter() { }

    static void paintCursor(TimelineSnapshot s, Viewport v, Painter p) {
        double top = v.ruler(), bottom = v.lanesBottom();
        double xp = v.x(s.position());
        if (s.showFuture() && s.position() < s.log().size() && xp < v.width()) {
            double x0 = Math.max(v.header(), xp);
            p.fillRect(x0, top, v.width() - x0, bottom - top, Tone.BACKGROUND, 0.62);
            String t = "recorded future, dimmed (G hides it)";
            if (v.width() - x0 > p.textWidth(t, TextStyle.SMALL) + 20)
                p.text(v.width() - 8, bottom + p.fontSize() * 1.2, t, Tone.TEXT_MUTED, TextStyle.SMALL, Painter.Align.RIGHT);
        }
        if (xp >= v.header() - 1 && xp <= v.width() + 1) {
            p.line(xp, v.ruler() * 0.1, xp, bottom, Tone.CURSOR, 2.5, false);
            // the position, on either axis (on the time axis the ruler under it gives the instant; several positions
            // may share it, and the tag tells them apart)
            String t = "#" + s.position();
            double tw = p.textWidth(t, TextStyle.BOLD);
            double tx = Math.max(v.header() + tw / 2 + 5, Math.min(v.width() - tw / 2 - 5, xp)); // the tag stays whole at both edges
            p.fillRect(tx - tw / 2 - 5, 0, tw + 10, v.ruler() * 0.5, Tone.CURSOR);
            p.text(tx, v.ruler() * 0.38, t, Tone.BACKGROUND, TextStyle.BOLD, Painter.Align.CENTER);
        }
    }

    static void paintMarks(TimelineSnapshot s, Viewport v, Painter p) {
        double bottom = v.lanesBottom();
        if (s.divergence() >= 0 && v.x(s.divergence()) >= v.header() && v.x(s.divergence()) <= v.width()) {
            double x = v.x(s.divergence());
            p.line(x, v.ruler() * 0.15, x, bottom, Tone.DIVERGENCE, 2.5, true);
            label(p, x + 4, v.ruler() - 4, s.divergenceLabel() == null ? "runs part here" : s.divergenceLabel(), Tone.DIVERGENCE);
        }
        marker(s.markerA(), "A", s, v, p);
        marker(s.markerB(), "B", s, v, p);
        if (s.markerA() >= 0 && s.markerB() >= 0) {
            double xa = Math.max(v.header(), v.x(Math.min(s.markerA(), s.markerB()))), xb = Math.min(v.width(), v.x(Math.max(s.markerA(), s.markerB())));
            double y = bottom + p.fontSize() * 0.9;
            long dt = Math.abs(s.log().timeAt(s.markerB()) - s.log().timeAt(s.markerA()));
            String t = "Δ " + Math.abs(s.markerB() - s.markerA()) + " choices · " + dt + " time units";
            p.line(xa, y, xb, y, Tone.MARKER, 2, false);
            p.line(xa, y - 5, xa, y + 5, Tone.MARKER, 2, false);
            p.line(xb, y - 5, xb, y + 5, Tone.MARKER, 2, false);
            label(p, (xa + xb) / 2 - p.textWidth(t, TextStyle.BOLD) / 2, y + p.fontSize() * 1.3, t, Tone.MARKER);
        }
    }

    private static void marker(int m, String name, TimelineSnapshot s, Viewport v, Painter p) {
        if (m < 0) return;
        double x = v.x(m);
        if (x < v.header() || x > v.width()) return;
        p.line(x, v.ruler() * 0.5, x, v.lanesBottom(), Tone.MARKER, 2, true);
        p.fillRect(x - 9, v.ruler() * 0.5, 18, v.ruler() * 0.45, Tone.MARKER);
        p.text(x, v.ruler() * 0.88, name, Tone.BACKGROUND, TextStyle.BOLD, Painter.Align.CENTER);
    }

    private static void label(Painter p, double x, double y, String text, Tone t) {
        double tw = p.textWidth(text, TextStyle.BOLD);
        p.fillRect(x - 3, y - p.fontSize() - 1, tw + 6, p.fontSize() + 5, Tone.BACKGROUND, 0.9);
        p.text(x, y, text, t, TextStyle.BOLD, Painter.Align.LEFT);
    }
}

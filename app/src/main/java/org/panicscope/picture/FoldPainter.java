package org.panicscope.picture;

import org.panicscope.recording.Fold;
import org.panicscope.recording.StepLog;

/**
 * Draws each folded repeat ({@link Folding}) as one block in its CPU's lane, coloured by what one iteration does,
 * framed, with the fold's label ("CPU1 DRV1…DRV3 ×12 · 120 ms") inside when it fits, else "×12". The lanes below
 * it were squeezed into the same columns by {@link Viewport#x} on the choice axis (the time axis squeezes nothing:
 * the block is as long as the iterations took); this block covers that lane's squeeze.
 */
final class FoldPainter {
    private FoldPainter() { }

    static void paint(TimelineSnapshot s, Viewport v, Painter p) {
        StepLog log = s.log();
        for (Fold f : v.folding().folds()) {
            if (f.first() >= s.end()) break;
            // the choice axis squeezed the fold into a few columns; the time axis keeps its true duration
            int last = Math.min(f.last(), s.end() - 1);
            double x0 = v.x0(f.first()), x1 = v.blockRight(last);
            if (x1 < v.left() || x0 > v.right() || f.cpu() >= v.lanes()) continue;
            double top = v.segTop(f.cpu()), h = v.segHeight(), w = Math.max(2, x1 - x0);
            p.fillRect(x0, top, w, h, Tone.of(log.activity(f.first())), 1, f.label() + " (click or F to unfold)");
            p.strokeRect(x0 + 1, top + 1, w - 2, h - 2, Tone.TEXT_ON_ACCENT, 2);
            String text = f.label();
            if (p.textWidth(text, TextStyle.SMALL) + 8 > w) text = "×" + f.repeats();
            double tw = p.textWidth(text, TextStyle.SMALL);
            if (tw + 6 <= w) {
                p.text(x0 + w / 2, top + h / 2 + p.fontSize() * 0.32, text, Tone.TEXT_ON_ACCENT, TextStyle.SMALL, Painter.Align.CENTER);
            } else {
                // too narrow: the count goes on a tag in the name strip above the block, over any run label there
                double tagH = p.fontSize() * 1.1, tagY = v.laneTop(f.cpu()) + 1, mid = x0 + w / 2;
                p.fillRect(mid - tw / 2 - 3, tagY, tw + 6, tagH, Tone.BACKGROUND);
                p.strokeRect(mid - tw / 2 - 3, tagY, tw + 6, tagH, Tone.TEXT, 1);
                p.text(mid, tagY + tagH * 0.8, text, Tone.TEXT, TextStyle.SMALL, Painter.Align.CENTER);
            }
        }
    }
}

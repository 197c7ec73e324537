package org.panicscope.ui.state;

import org.panicscope.model.Kernel;
import org.panicscope.model.RingBuffer;
import org.panicscope.picture.Painter;
import org.panicscope.picture.TextStyle;
import org.panicscope.picture.Tone;

/**
 * The printk ring buffer drawn as a ring (design doc §3, §4.3): C slots, each holding the record whose seq maps to
 * it, coloured by the CPU that stored it; printed records faded, a reserved but not finalized one hatched. Pointers
 * mark first_seq (oldest kept), next_seq (where the next record goes) and console_seq (next to print). When
 * console_seq has fallen behind first_seq, the records in between were overwritten before they were printed.
 */
public final class RingBufferRenderer {
    private RingBufferRenderer() { }

    /** @param grow 0..1: how far the newest record has grown in (the step animation) */
    public static void paint(Kernel k, double w, double h, double grow, Painter p) {
        RingBuffer rb = k.ringBuffer();
        int c = rb.capacity();
        double fs = p.fontSize();
        double cx = w / 2, cy = h / 2, r = Math.min(w / 2 - fs * 1.6, h / 2 - fs * 1.6), t = Math.max(14, r * 0.28);
        long first = rb.firstSeq(), next = rb.nextSeq(), console = k.consoleSeq();
        for (int s = 0; s < c; s++) {
            long seq = seqAt(first, next, c, s);
            double a0 = angle(s, c) + 0.02, a1 = angle(s + 1, c) - 0.02;
            if (seq < 0) { sector(p, cx, cy, r - t, r, a0, a1, Tone.RECORD_EMPTY, 1); continue; }
            boolean printed = seq < console;
            Tone tone = Tone.record(rb.cpu(seq));
            double outer = seq == next - 1 ? r - t + t * Math.max(0.15, grow) : r;
            sector(p, cx, cy, r - t, outer, a0, a1, tone, printed ? 0.30 : 1);
            if (!rb.finalized(seq)) sector(p, cx, cy, r - t, r - t * 0.5, a0, a1, Tone.TEXT_MUTED, 0.5);
            if (c <= 24) {
                double am = (a0 + a1) / 2, lr = r - t / 2;
                p.text(cx + lr * Math.cos(am), cy + lr * Math.sin(am) + fs * 0.3, Long.toString(seq),
                        printed ? Tone.TEXT : Tone.TEXT_ON_ACCENT, TextStyle.ID, Painter.Align.CENTER);
            }
        }
        // pointers without words: each has the colour of its line in the centre (next, first, console)
        boolean full = next - first == c;
        arrowOnly(p, cx, cy, r + 3, r + fs * 1.3, slot(next, c), c, Tone.TEXT);
        if (!full && first != next) arrowOnly(p, cx, cy, r + 3, r + fs * 1.3, slot(first, c), c, Tone.TEXT_MUTED);
        Tone ct = console < first ? Tone.RECORD_LOST : Tone.ARROW_HANDOVER;
        arrowOnly(p, cx, cy, r - t - 2, r - t - fs * 0.9, slot(Math.max(console, first), c), c, ct);
        double y = cy - fs * 0.9;
        p.text(cx, y, "next " + next, Tone.TEXT, TextStyle.BOLD, Painter.Align.CENTER);
        p.text(cx, y + fs * 1.2, full ? "first " + first + " (full)" : "first " + first, Tone.TEXT_MUTED, TextStyle.SMALL, Painter.Align.CENTER);
        p.text(cx, y + fs * 2.4, "console " + console, ct, TextStyle.BOLD, Painter.Align.CENTER);
        if (console < first)
            p.text(cx, y + fs * 3.5, (first - console) + " lost", Tone.RECORD_LOST, TextStyle.BOLD, Painter.Align.CENTER);
    }

    /** The seq stored in slot s, or -1 when the slot holds no valid record. */
    static long seqAt(long first, long next, int c, int s) {
        if (next == first) return -1;
        long base = next - 1 - Math.floorMod(next - 1 - s, c);
        return base >= first ? base : -1;
    }

    private static int slot(long seq, int c) { return (int) Math.floorMod(seq, c); }

    private static double angle(double slot, int c) { return -Math.PI / 2 + 2 * Math.PI * slot / c; }

    private static void sector(Painter p, double cx, double cy, double r0, double r1, double a0, double a1, Tone tone, double alpha) {
        int n = 10;
        double[] xs = new double[2 * n + 2], ys = new double[2 * n + 2];
        for (int i = 0; i <= n; i++) {
            double a = a0 + (a1 - a0) * i / n;
            xs[i] = cx + r1 * Math.cos(a); ys[i] = cy + r1 * Math.sin(a);
            xs[2 * n + 1 - i] = cx + r0 * Math.cos(a); ys[2 * n + 1 - i] = cy + r0 * Math.sin(a);
        }
        p.fillPolygon(xs, ys, 2 * n + 2, tone, alpha);
    }

    private static void arrowOnly(Painter p, double cx, double cy, double from, double to, int slot, int c, Tone tone) {
        double a = angle(slot + 0.5, c);
        p.arrow(cx + to * Math.cos(a), cy + to * Math.sin(a), cx + from * Math.cos(a), cy + from * Math.sin(a), tone, 2.5, false);
    }

}

package org.panicscope.picture;

import org.panicscope.model.CpuStatus;
import org.panicscope.recording.Activity;
import org.panicscope.recording.StepLog;

/**
 * Draws one CPU lane: a full-height block where the CPU took a choice, coloured by what it did; a thin band where
 * other CPUs ran meanwhile, showing the state it is left in (spinning, halted, finished); a dark band under it
 * while IRQs are off. Only visible columns are touched, and drawing is bucketed per pixel, so a lane costs at most
 * one rectangle per pixel however many choices are visible (100,000 choices zoomed out stay cheap).
 */
final class LanePainter {
    static final int P_NONE = 0, P_SPIN = 1, P_FINISHED = 2, P_HALTED = 3;
    private static final Activity[] ACTS = Activity.values();
    /** When several classes share a pixel, the most telling one wins. */
    private static final int[] PRIORITY = new int[ACTS.length];
    static {
        Activity[] order = {Activity.FINISHED, Activity.STALL, Activity.WORKLOAD, Activity.PRINTK, Activity.DRIVER,
                Activity.CONSOLE_OUT, Activity.CONSOLE_LOCK, Activity.CPU_STOP, Activity.PANIC, Activity.SPIN,
                Activity.NMI, Activity.HALTED};
        for (int i = 0; i < order.length; i++) PRIORITY[order[i].ordinal()] = i + 1;
    }

    private byte[] active = new byte[0];   // activity ordinal + 1, 0 = none
    private byte[] passive = new byte[0];  // P_*
    private byte[] irq = new byte[0];      // 1 = IRQs off

    void paint(TimelineSnapshot s, int lane, Viewport v, Painter p) {
        StepLog log = s.log();
        int end = s.end();
        int a = v.firstVisible(), b = Math.min(end, v.endVisible());
        int w = (int) Math.min(Math.ceil(v.width()) + 2, Math.ceil(v.right()) + 1);
        if (active.length < w) { active = new byte[w]; passive = new byte[w]; irq = new byte[w]; }
        if (w <= 0) return;
        java.util.Arrays.fill(active, 0, w, (byte) 0);
        java.util.Arrays.fill(passive, 0, w, (byte) 0);
        java.util.Arrays.fill(irq, 0, w, (byte) 0);
        if (b <= a) return;

        int k = log.firstAtOrAfter(lane, a);
        int prev = k > 0 ? log.indexOf(lane, k - 1) : -1;
        int pState = prev >= 0 ? passiveOf(log, prev) : P_NONE;
        boolean pIrqOff = prev >= 0 && log.has(prev, StepLog.F_IRQS_OFF);
        // from: where the state left by the previous choice starts (its own end; on the choice axis the next column)
        double from = prev >= 0 ? v.x1(prev) : v.x(a);
        int n = log.countOf(lane);
        for (; k < n; k++) {
            int i = log.indexOf(lane, k);
            if (i >= b) break;
            double start = v.x0(i);
            fill(passive, v, from, start, pState, w);
            if (pIrqOff) fill(irq, v, from, v.x1(i), 1, w); // during the step the IRQ state is the one before it
            int act = log.activityOrdinal(i);
            fillActive(v, i, act, w);
            pState = passiveOf(log, i);
            pIrqOff = log.has(i, StepLog.F_IRQS_OFF);
            from = v.x1(i);
        }
        double until = v.x(b);
        fill(passive, v, from, until, pState, w);
        if (pIrqOff) fill(irq, v, from, until, 1, w);

        double segTop = v.segTop(lane), segH = v.segHeight();
        double thinH = Math.max(3, segH * 0.28), thinTop = segTop + (segH - thinH) / 2;
        // passive runs, over a thin line for "waiting for its turn"
        double x0 = Math.max(v.left(), v.x(a)), x1 = Math.min(v.right(), until);
        if (x1 > x0) p.fillRect(x0, thinTop + thinH / 2 - 0.5, x1 - x0, 1, Tone.GRID);
        for (int x = (int) v.left(); x < w; ) {
            int st = passive[x], x2 = x + 1;
            while (x2 < w && passive[x2] == st) x2++;
            if (st != P_NONE) paintPassive(p, st, x, x2 - x, segTop, segH, thinTop, thinH);
            x = x2;
        }
        // active runs
        for (int x = (int) v.left(); x < w; ) {
            int st = active[x], x2 = x + 1;
            while (x2 < w && active[x2] == st) x2++;
            if (st != 0) {
                Activity act = ACTS[st - 1];
                p.fillRect(x, segTop, x2 - x, segH, Tone.of(act));
                if (act == Activity.SPIN && x2 - x >= 6) p.zigzag(x, segTop + 3, x2 - x, segH - 6, Tone.TEXT_ON_ACCENT, 8);
                if (act == Activity.NMI && x2 - x >= 4) p.hatch(x, segTop, x2 - x, segH, Tone.TEXT_ON_ACCENT, 4);
            }
            x = x2;
        }
        // IRQs-off band
        double iy = v.irqTop(lane), ih = v.irqHeight();
        for (int x = (int) v.left(); x < w; ) {
            int st = irq[x], x2 = x + 1;
            while (x2 < w && irq[x2] == st) x2++;
            if (st != 0) p.fillRect(x, iy, x2 - x, ih, Tone.IRQ_OFF);
            x = x2;
        }
    }

    private static void paintPassive(Painter p, int st, double x, double w, double segTop, double segH, double thinTop, double thinH) {
        switch (st) {
            case P_SPIN -> {
                p.fillRect(x, thinTop, w, thinH, Tone.ACT_SPIN);
            }
            case P_HALTED -> {
                p.fillRect(x, segTop, w, segH, Tone.ACT_HALTED, 0.35);
                p.hatch(x, segTop, w, segH, Tone.ACT_HALTED, 7);
            }
            case P_FINISHED -> p.fillRect(x, segTop, w, segH, Tone.ACT_FINISHED, 0.55);
            default -> { }
        }
    }

    static int passiveOf(StepLog log, int i) {
        CpuStatus s = log.status(i);
        if (s.stopped()) return P_HALTED;
        if (s == CpuStatus.SPIN) return P_SPIN;
        if (s == CpuStatus.KDUMP || s == CpuStatus.DONE) return P_FINISHED;
        return P_NONE;
    }

    /** Pixels [from, to) of the lane, clipped to the plot. */
    private static void fill(byte[] buf, Viewport v, double from, double to, int value, int w) {
        if (to <= from || value == 0) return;
        int x0 = (int) Math.max(v.left(), Math.floor(from));
        int x1 = (int) Math.min(w, Math.floor(to));
        for (int x = x0; x < x1; x++) if (buf[x] < value) buf[x] = (byte) value;
    }

    private void fillActive(Viewport v, int col, int act, int w) {
        // a one-pixel gap between blocks wide enough to show it; a zero-time step on the time axis is a tick
        int x0 = (int) Math.max(v.left(), Math.floor(v.x0(col)));
        int x1 = (int) Math.min(w, Math.max(x0 + 1, Math.floor(v.blockRight(col)) - (v.blockRight(col) - v.x0(col) >= 6 ? 1 : 0)));
        byte val = (byte) (act + 1);
        for (int x = x0; x < x1; x++) {
            int cur = active[x];
            if (cur == 0 || PRIORITY[act] >= PRIORITY[cur - 1]) active[x] = val;
        }
    }
}

package org.panicscope.picture;

import org.panicscope.model.CpuStatus;
import org.panicscope.model.Resource;
import org.panicscope.model.Step;
import org.panicscope.recording.StepLog;

/**
 * The words on a lane, where they fit: the kernel function over each run of steps in it ("spin on
 * console_waiter" for a spin), the step id in each block when zoomed in, and HALTED where a CPU was stopped.
 */
final class LabelPainter {
    private LabelPainter() { }

    static void paint(TimelineSnapshot s, int lane, Viewport tile, Painter p) {
        Viewport v = tile.widened(180); // labels of neighbouring columns spill into this tile
        StepLog log = s.log();
        int a = v.firstVisible(), b = Math.min(s.end(), v.endVisible());
        if (b <= a) return;
        int n = log.countOf(lane);
        int k0 = log.firstAtOrAfter(lane, a);
        // back up to the start of the run that is already going on at the left edge
        while (k0 > 0 && sameKey(log, log.indexOf(lane, k0 - 1), k0 < n ? log.indexOf(lane, k0) : -1)) k0--;
        double top = v.laneTop(lane), stripBase = top + v.laneHeight() * 0.25;
        double idMin = p.textWidth("CTS12", TextStyle.ID) + 6;
        boolean ids = v.blockWidth() >= idMin || v.timeAxis();
        double segMid = v.segMid(lane);
        int runStart = -1, runEnd = -1;
        for (int k = k0; k < n; k++) {
            int i = log.indexOf(lane, k);
            if (i >= b) break;
            if (runStart >= 0 && !sameKey(log, runStart, i)) {
                runLabel(log, runStart, runEnd, v, p, stripBase);
                runStart = -1;
            }
            if (runStart < 0) runStart = i;
            runEnd = i;
            if (ids && i >= a && v.folding().foldAt(i) == null && v.x0(i) >= v.header() && v.blockRight(i) <= v.width()
                    && v.blockRight(i) - v.x0(i) >= idMin) {
                String id = switch (log.kind(i)) {
                    case STEP -> log.step(i).id();
                    case NMI -> "NMI";
                    case IPI -> "IPI";
                    case PANIC -> "PANIC";
                    case STALL -> "STALL";
                };
                p.text(v.mid(i), segMid + p.fontSize() * 0.32, id, Tone.TEXT_ON_ACCENT, TextStyle.ID, Painter.Align.CENTER);
            }
            if (log.has(i, StepLog.F_HALT) && i >= a) haltLabel(log, i, v, p, lane, s.end());
        }
        if (runStart >= 0) runLabel(log, runStart, runEnd, v, p, stripBase);
    }

    private static String key(StepLog log, int i) {
        if (log.status(i) == CpuStatus.SPIN) {
            Resource r = log.spinOn(i);
            return "spin on " + (r == null ? "?" : r.label());
        }
        return switch (log.kind(i)) {
            case NMI -> "NMI";
            case IPI -> "REBOOT IPI";
            case PANIC -> "panic!";
            case STALL -> "vCPU stall";
            case STEP -> log.step(i).function();
        };
    }

    /** Function of each step as a small int, so that runs are found without building strings. */
    private static final int[] FUNCTION = new int[Step.values().length];
    static {
        java.util.Map<String, Integer> ids = new java.util.HashMap<>();
        for (Step s : Step.values()) FUNCTION[s.ordinal()] = ids.computeIfAbsent(s.function(), f -> ids.size());
    }

    private static int code(StepLog log, int i) {
        if (log.status(i) == CpuStatus.SPIN) { Resource r = log.spinOn(i); return 10_000 + (r == null ? 0 : r.ordinal()); }
        return switch (log.kind(i)) {
            case STEP -> FUNCTION[log.step(i).ordinal()];
            default -> -1 - log.kind(i).ordinal();
        };
    }

    private static boolean sameKey(StepLog log, int i, int j) { return j >= 0 && code(log, i) == code(log, j); }

    private static void runLabel(StepLog log, int first, int last, Viewport v, Painter p, double base) {
        String text = key(log, first);
        double x0 = Math.max(v.x0(first), v.header() + 2), x1 = Math.min(v.x1(last), v.width());
        double tw = p.textWidth(text, TextStyle.SMALL);
        if (x1 - x0 < tw + 4) {
            if (v.x1(last) - v.x0(first) < 3) return;
            double shortW = p.textWidth(shortKey(log, first), TextStyle.SMALL);
            if (x1 - x0 < shortW + 4) return;
            text = shortKey(log, first);
        }
        p.line(x0, base + 3, x1 - 2, base + 3, Tone.GRID, 1, false);
        p.text(x0 + 1, base, text, log.status(first) == CpuStatus.SPIN ? Tone.ACT_SPIN : Tone.TEXT_MUTED, TextStyle.SMALL, Painter.Align.LEFT);
    }

    /** A shorter form when the full name does not fit: the step id range. */
    private static String shortKey(StepLog log, int i) {
        Step s = log.step(i);
        return log.status(i) == CpuStatus.SPIN ? "spin" : s.id();
    }

    private static void haltLabel(StepLog log, int i, Viewport v, Painter p, int lane, int endOfVisible) {
        String how = switch (log.kind(i)) {
            case NMI -> "HALTED by NMI";
            case IPI -> "HALTED by IPI";
            default -> log.status(i) == CpuStatus.SELF_STOPPED ? "SELF-STOPPED" : "HALTED";
        };
        double y = v.segMid(lane) + p.fontSize() * 0.35;
        double tw = p.textWidth(how, TextStyle.BOLD);
        double x = v.blockRight(i) + 6;
        // clear of the cursor line and, where it stands on this line, of the blocked mark left of it (ArrowPainter)
        double margin = ArrowPainter.markAtTip(v, p) ? 10 : 30;
        if (x + tw + margin > v.width() || x + tw + margin > v.x(endOfVisible)) x = v.x0(i) - tw - 8;
        p.fillRect(x - 3, y - p.fontSize() - 1, tw + 6, p.fontSize() + 6, Tone.BACKGROUND, 0.9);
        p.text(x, y, how, Tone.TEXT, TextStyle.BOLD, Painter.Align.LEFT);
    }
}

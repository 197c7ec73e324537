package org.panicscope.recording;

import java.util.ArrayList;
import java.util.List;
import org.panicscope.engine.Choice;
import org.panicscope.model.Step;

/**
 * A repeated iteration of one CPU collapsed into one block: the same steps run back to back {@code repeats} times
 * (a writer storing record after record, a console printing them, a spin), so a view can draw a long loop as one
 * labelled block and open it on demand. A fold is data only; which folds a view collapses is its own policy.
 *
 * @param cpu        the CPU that loops
 * @param first      the first choice (0-based index of the run) of the first iteration
 * @param last       the last choice of the last iteration
 * @param body       the steps of one iteration, in order
 * @param repeats    how many iterations run back to back (at least two)
 * @param t0         model time before the first iteration
 * @param t1         model time after the last one
 * @param keyMoments choices inside the fold that are key moments (a halt, a drop, a hand-over, an interrupt, a
 *                   panic entry: {@link #KEY_MOMENTS}); a view that must never hide one folds only where this is 0
 */
public record Fold(int cpu, int first, int last, List<Step> body, int repeats, long t0, long t1, int keyMoments) {
    /** The events of {@link StepLog} that make a choice a key moment. */
    public static final int KEY_MOMENTS = StepLog.F_HALT | StepLog.F_DROP | StepLog.F_HANDOVER | StepLog.F_NMI_SENT
            | StepLog.F_IPI_SENT | StepLog.F_NMI | StepLog.F_IPI | StepLog.F_PANIC | StepLog.F_FINISH;
    /** The longest iteration looked for, in steps. */
    static final int MAX_BODY = 16;

    public Fold {
        if (repeats < 2 || body.isEmpty()) throw new IllegalArgumentException("a fold repeats a non-empty body at least twice");
        body = List.copyOf(body);
    }

    /** The label of the folded block: "CPU1 DRV1…DRV3 ×12 · 120 ms". */
    public String label() {
        String steps = body.size() == 1 ? body.getFirst().id() : body.getFirst().id() + "…" + body.getLast().id();
        return "CPU" + cpu + " " + steps + " ×" + repeats + " · " + Tape.ms(t1 - t0);
    }

    /**
     * The folds of one CPU in a log, left to right: at each choice the repeated body that covers the most choices
     * (at least {@code minRepeats} iterations), else the next choice. Only steps fold: an interrupt or a panic entry
     * ends a loop.
     */
    public static List<Fold> of(StepLog log, int cpu, int minRepeats) {
        int m = log.countOf(cpu);
        int[] idx = new int[m];
        Step[] s = new Step[m];
        for (int k = 0; k < m; k++) {
            idx[k] = log.indexOf(cpu, k);
            s[k] = log.kind(idx[k]) == Choice.Kind.STEP ? log.step(idx[k]) : null;
        }
        List<Fold> out = new ArrayList<>();
        int i = 0;
        while (i < m) {
            int bestP = 0, bestK = 0;
            for (int p = 1; p <= MAX_BODY && i + 2 * p <= m; p++) {
                if (!steps(s, i, p)) break;
                int k = 1;
                while (i + (k + 1) * p <= m && same(s, i, i + k * p, p)) k++;
                if (k >= Math.max(2, minRepeats) && k * p > bestK * bestP) { bestP = p; bestK = k; }
            }
            if (bestK == 0) { i++; continue; }
            int end = i + bestK * bestP - 1, keys = 0;
            for (int k = i; k <= end; k++) if ((log.flags(idx[k]) & KEY_MOMENTS) != 0) keys++;
            out.add(new Fold(cpu, idx[i], idx[end], java.util.Arrays.asList(s).subList(i, i + bestP), bestK,
                    log.timeBefore(idx[i]), log.timeAfter(idx[end]), keys));
            i = end + 1;
        }
        return out;
    }

    private static boolean steps(Step[] s, int from, int n) {
        for (int k = from; k < from + n; k++) if (s[k] == null) return false;
        return true;
    }

    private static boolean same(Step[] s, int a, int b, int n) {
        for (int k = 0; k < n; k++) if (s[a + k] != s[b + k]) return false;
        return true;
    }
}

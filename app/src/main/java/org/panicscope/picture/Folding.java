package org.panicscope.picture;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.panicscope.recording.Fold;
import org.panicscope.recording.KeyMoments;
import org.panicscope.recording.StepLog;

/**
 * Which repeated iterations the timeline draws folded, and the x layout that follows: a folded run of choices
 * takes {@link #COLUMNS} display columns instead of one per choice. Every other choice keeps one column, so
 * {@link #display} maps a choice position to a display column and {@link #choice} maps back; {@link Viewport}
 * uses the pair for every x it computes (lanes, ruler, cursor, clicks).
 * <p>
 * Policy (the app's own choice, not the kernel's): a fold of at least {@link #MIN_REPEATS} iterations and
 * {@link #MIN_SPAN} choices collapses
 * only when no choice inside it, of any CPU, is a key moment ({@link Fold#KEY_MOMENTS} flags or a
 * {@link KeyMoments} moment, e.g. the first spin) and it does not hold the run's last choice; so folding never
 * hides a step that changes the verdict. Other CPUs' choices inside the range are squeezed with it.
 */
public final class Folding {
    public static final Folding NONE = new Folding(List.of());
    /** Display columns one folded block takes. */
    public static final double COLUMNS = 16;
    /** The fewest iterations worth a fold. */
    public static final int MIN_REPEATS = 3;
    /** The fewest choices worth a fold: folding must at least halve the width it takes. */
    public static final int MIN_SPAN = (int) (2 * COLUMNS);

    private final List<Fold> folds;
    private final int[] from, to;      // collapsed choice ranges [from, to), ascending, disjoint
    private final double[] removed;    // display columns removed before range k

    private Folding(List<Fold> folds) {
        this.folds = List.copyOf(folds);
        int n = folds.size();
        from = new int[n];
        to = new int[n];
        removed = new double[n + 1];
        for (int k = 0; k < n; k++) {
            from[k] = folds.get(k).first();
            to[k] = folds.get(k).last() + 1;
            removed[k + 1] = removed[k] + (to[k] - from[k]) - width(k);
        }
    }

    /** The folds of a log that may collapse (see the policy above), minus those the user opened (by first choice). */
    public static Folding of(StepLog log, Set<Integer> opened) {
        int size = log.size();
        if (size == 0) return NONE;
        boolean[] key = new boolean[size];
        for (int i = 0; i < size; i++) key[i] = (log.flags(i) & Fold.KEY_MOMENTS) != 0;
        for (KeyMoments.Moment m : KeyMoments.of(log, null)) if (m.index() >= 0 && m.index() < size) key[m.index()] = true;
        key[size - 1] = true;
        List<Fold> all = new ArrayList<>();
        for (int c = 0; c < log.cpuCount(); c++) {
            for (Fold f : Fold.of(log, c, MIN_REPEATS)) if (f.keyMoments() == 0 && f.last() - f.first() + 1 >= MIN_SPAN && !opened.contains(f.first()) && clear(key, f)) all.add(f);
        }
        all.sort(java.util.Comparator.comparingInt(Fold::first));
        List<Fold> kept = new ArrayList<>();
        int end = -1;
        for (Fold f : all) if (f.first() > end) { kept.add(f); end = f.last(); } // CPUs' folds may overlap: first wins
        return kept.isEmpty() ? NONE : new Folding(kept);
    }

    private static boolean clear(boolean[] key, Fold f) {
        for (int i = f.first(); i <= f.last(); i++) if (key[i]) return false;
        return true;
    }

    public List<Fold> folds() { return folds; }
    public boolean isEmpty() { return folds.isEmpty(); }

    private double width(int k) { return Math.min(COLUMNS, to[k] - from[k]); }

    /** The display column of a choice position (fractional positions inside a fold are spread over its block). */
    public double display(double col) {
        int k = last(from, col);
        if (k < 0) return col;
        if (col >= to[k]) return col - removed[k + 1];
        return from[k] - removed[k] + (col - from[k]) * width(k) / (to[k] - from[k]);
    }

    /** The choice position at a display column (the inverse of {@link #display}). */
    public double choice(double d) {
        int lo = 0, hi = folds.size() - 1, k = -1;
        while (lo <= hi) { int m = (lo + hi) >>> 1; if (from[m] - removed[m] <= d) { k = m; lo = m + 1; } else hi = m - 1; }
        if (k < 0) return d;
        double start = from[k] - removed[k];
        if (d >= start + width(k)) return d + removed[k + 1];
        return from[k] + (d - start) * (to[k] - from[k]) / width(k);
    }

    /** The fold holding a choice, or null. */
    public Fold foldAt(int choice) {
        int k = last(from, choice);
        return k >= 0 && choice < to[k] ? folds.get(k) : null;
    }

    /** The index of the last range starting at or before {@code col}, or -1. */
    private static int last(int[] from, double col) {
        int lo = 0, hi = from.length - 1, k = -1;
        while (lo <= hi) { int m = (lo + hi) >>> 1; if (from[m] <= col) { k = m; lo = m + 1; } else hi = m - 1; }
        return k;
    }
}

package org.panicscope.engine;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * A growable list of ints without boxing: the explorer's state tables (parents, edges, flags) and the recording's
 * choice indices per CPU, which are kept sorted and searched with {@link #lowerBound}.
 *
 * <p>The ints are kept in pages of {@link #PAGE} (the first starts small and doubles up to that size), so that growing
 * never copies the list and never leaves its old copy behind: the explorer's columns reach tens of megabytes, and
 * each doubling of one array left the previous one as garbage in the collector's old generation, where it stayed
 * until a full collection (docs/performance.md, "Fifth round").
 */
public final class IntList {
    private static final int SHIFT = 14;
    /** Ints per page once the list has outgrown its first page. */
    static final int PAGE = 1 << SHIFT;
    private static final int MASK = PAGE - 1;
    private static final VarHandle PAGES;
    static {
        try {
            PAGES = MethodHandles.lookup().findVarHandle(IntList.class, "pages", int[][].class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * The pages; only ever replaced by a new directory (never written in place once published), so that a thread
     * reading it with acquire ({@link #getShared}) sees whole pages.
     */
    private int[][] pages = {new int[64]};
    /** The page {@link #add} writes into, and the index of its first int. */
    private int[] tail = pages[0];
    private int tailBase;
    private int n;

    public void add(int v) {
        if (n - tailBase == tail.length) grow();
        tail[n - tailBase] = v;
        n++;
    }

    /** Room for one more int: the first page doubled up to {@link #PAGE}, else a new page. */
    private void grow() {
        int[][] d;
        if (tail.length < PAGE) { // the first page, still small: a grown copy is whole before it is seen
            d = pages.clone();
            d[0] = tail = Arrays.copyOf(tail, tail.length * 2);
        } else {
            d = Arrays.copyOf(pages, pages.length + 1);
            d[d.length - 1] = tail = new int[PAGE];
            tailBase = n;
        }
        PAGES.setRelease(this, d);
    }

    public void set(int i, int v) { pages[i >>> SHIFT][i & MASK] = v; }
    public int get(int i) { return pages[i >>> SHIFT][i & MASK]; }

    /**
     * {@link #get} on a thread other than the one that adds and sets, which it does not wait for: the value at
     * {@code i} as it was when that thread published something this one has since read with acquire semantics (or
     * a later one), never a page's still empty copy.
     */
    public int getShared(int i) { return ((int[][]) PAGES.getAcquire(this))[i >>> SHIFT][i & MASK]; }
    public int size() { return n; }

    /** In a list kept sorted: the position of the first element >= v (size() when none). */
    public int lowerBound(int v) {
        int lo = 0, hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (get(mid) < v) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}

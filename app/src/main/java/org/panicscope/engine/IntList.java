package org.panicscope.engine;

import java.util.Arrays;

/**
 * A growable list of ints without boxing: the explorer's state tables (parents, edges, flags) and the recording's
 * choice indices per CPU, which are kept sorted and searched with {@link #lowerBound}.
 */
public final class IntList {
    private int[] a = new int[64];
    private int n;

    public void add(int v) {
        if (n == a.length) a = Arrays.copyOf(a, n * 2);
        a[n++] = v;
    }

    public void set(int i, int v) { a[i] = v; }
    public int get(int i) { return a[i]; }
    public int size() { return n; }

    /** In a list kept sorted: the position of the first element >= v (size() when none). */
    public int lowerBound(int v) {
        int lo = 0, hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < v) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}

package org.panicscope.recording;

import java.util.Arrays;

/** A growable list of ints (choice indices per CPU), searchable by binary search because it is kept sorted. */
final class IntList {
    private int[] a = new int[64];
    private int n;

    void add(int v) {
        if (n == a.length) a = Arrays.copyOf(a, n * 2);
        a[n++] = v;
    }

    int size() { return n; }
    int get(int i) { return a[i]; }

    /** The position of the first element >= v (n when none). */
    int lowerBound(int v) {
        int lo = 0, hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < v) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}

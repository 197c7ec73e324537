package org.panicscope.engine;

import java.util.Arrays;

/** A growable int array: the explorer's per-state and per-edge columns, 4 bytes an entry and no boxing. */
final class IntList {
    private int[] a = new int[1024];
    private int n;

    void add(int v) {
        if (n == a.length) a = Arrays.copyOf(a, n + (n >> 1));
        a[n++] = v;
    }

    void set(int i, int v) { a[i] = v; }
    int get(int i) { return a[i]; }
    int size() { return n; }
}

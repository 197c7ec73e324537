package org.panicscope.engine;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * A growable list of ints without boxing: the explorer's state tables (parents, edges, flags) and the recording's
 * choice indices per CPU, which are kept sorted and searched with {@link #lowerBound}.
 */
public final class IntList {
    private static final VarHandle A;
    static {
        try {
            A = MethodHandles.lookup().findVarHandle(IntList.class, "a", int[].class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private int[] a = new int[64];
    private int n;

    public void add(int v) {
        if (n == a.length) A.setRelease(this, Arrays.copyOf(a, n * 2)); // a grown copy is whole before it is seen
        a[n++] = v;
    }

    public void set(int i, int v) { a[i] = v; }
    public int get(int i) { return a[i]; }

    /**
     * {@link #get} on a thread other than the one that adds and sets, which it does not wait for: the value at
     * {@code i} as it was when that thread published something this one has since read with acquire semantics (or
     * a later one), never a grown array's still empty copy.
     */
    public int getShared(int i) { return ((int[]) A.getAcquire(this))[i]; }
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

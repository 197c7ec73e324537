package org.panicscope.model;

import java.util.Arrays;

/**
 * The values of one state key as {@link StateKey#write} puts them, reused from state to state, and their two
 * forms: the key's bytes ({@link #bytes}, for {@code --exact}) and its 64-bit fingerprint ({@link #fingerprint},
 * the explorer's default). A {@code put} only stores the value. {@code StateKey.write} and {@code Cpu.encode} have
 * a hundred {@code put}s between them; when each one coded its varint in place, the JIT compiled that coder into
 * every one of them, and in a 3-million-state exploration spent more CPU time compiling {@code StateKey.write}
 * (2.2 s, again after each of its deoptimisations) than the search spent running it.
 */
public final class KeyBuffer implements StateKey.Sink {
    private long[] vals = new long[256];
    /** The timed view of the clocks for the key being put, reused (the explorer takes a key per transition). */
    final StateKey.Relative relative = new StateKey.Relative();
    private int n;

    @Override public KeyBuffer put(long v) {
        if (n == vals.length) vals = Arrays.copyOf(vals, n * 2);
        vals[n++] = v;
        return this;
    }

    void reset() { n = 0; }

    /**
     * The values in the encoding of a {@link StateKey}, {@link Snapshot.Out}'s zig-zag varints (one coder for
     * snapshots and keys; called from this one loop, the JIT compiles it once).
     */
    byte[] bytes() {
        Snapshot.Out o = new Snapshot.Out();
        for (int i = 0; i < n; i++) o.put(vals[i]);
        return o.bytes();
    }

    /**
     * A 64-bit hash of the values: XXH64 of them as 64-bit words (four accumulators, its rounds, merge and
     * avalanche). A key is its sequence of values (its bytes are a one-to-one coding of it), so two states with
     * different keys hash different inputs, and share a fingerprint with probability about 2^-64.
     */
    long fingerprint() {
        long[] v = vals;
        int i = 0;
        long h;
        if (n >= 4) {
            long a = SEED + P1 + P2, b = SEED + P2, c = SEED, d = SEED - P1;
            for (; i + 4 <= n; i += 4) {
                a = round(a, v[i]);
                b = round(b, v[i + 1]);
                c = round(c, v[i + 2]);
                d = round(d, v[i + 3]);
            }
            h = Long.rotateLeft(a, 1) + Long.rotateLeft(b, 7) + Long.rotateLeft(c, 12) + Long.rotateLeft(d, 18);
            h = merge(merge(merge(merge(h, a), b), c), d);
        } else {
            h = SEED + P5;
        }
        h += 8L * n;
        for (; i < n; i++) h = Long.rotateLeft(h ^ round(0, v[i]), 27) * P1 + P4;
        h ^= h >>> 33;
        h *= P2;
        h ^= h >>> 29;
        h *= P3;
        return h ^ h >>> 32;
    }

    private static final long P1 = 0x9E3779B185EBCA87L, P2 = 0xC2B2AE3D27D4EB4FL, P3 = 0x165667B19E3779F9L,
            P4 = 0x85EBCA77C2B2AE63L, P5 = 0x27D4EB2F165667C5L, SEED = 0x243F6A8885A308D3L;

    private static long round(long acc, long in) { return Long.rotateLeft(acc + in * P2, 31) * P1; }

    private static long merge(long h, long acc) { return (h ^ round(0, acc)) * P1 + P4; }
}

package org.panicscope.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The explorer's queue: states waiting to be expanded, in buckets by distance (choices from the start), so that
 * popping from the first non-empty bucket settles states in order of distance (Dijkstra with a bucket queue; a
 * state is pushed again when a shorter path to it is found, and the stale entry is skipped). Each entry is the
 * state's id and either its packed snapshot ({@link org.panicscope.model.Snapshot}) or, for a terminal state, its
 * outcome.
 *
 * <p>A bucket keeps its snapshots side by side in large byte arrays ({@link #CHUNK}), not one array each: millions
 * of small arrays, each stored into the queue and each alive until its state is expanded, cost an object header
 * apiece and kept the garbage collector busy tracking them. Once a bucket is emptied its arrays are kept for the
 * buckets to come ({@link #spare}) rather than dropped: each lives through a whole distance, long enough for the
 * collector to move it to the old generation, where dropped ones piled up as garbage until a full collection (on the
 * 3-CPU kmsg-panic benchmark they were most of the heap the process took; docs/performance.md).
 */
final class Frontier {
    /** The size of a bucket's snapshot arrays (a larger snapshot gets an array of its own size). */
    static final int CHUNK = 1 << 16;

    private static final class Bucket {
        int[] ids = new int[16];
        /** Per entry: the index of its array in {@link #chunks}, or -1 - its index in {@link #outcomes}. */
        int[] chunk = new int[16];
        int[] off = new int[16], len = new int[16];
        final List<byte[]> chunks = new ArrayList<>();
        final List<Outcome> outcomes = new ArrayList<>();
        /** Bytes used in the last array of {@link #chunks}. */
        int used;
        int head, tail;

        int entry() {
            if (tail == ids.length) {
                int m = tail * 2;
                ids = Arrays.copyOf(ids, m);
                chunk = Arrays.copyOf(chunk, m);
                off = Arrays.copyOf(off, m);
                len = Arrays.copyOf(len, m);
            }
            return tail++;
        }
    }

    private final List<Bucket> buckets = new ArrayList<>();
    /** Arrays of {@link #CHUNK} bytes from emptied buckets, to be filled again; counted in {@link #bytes}. */
    private final ArrayDeque<byte[]> spare = new ArrayDeque<>();
    private int at;
    private long bytes, peakBytes;

    /**
     * Entries taken from the queue together ({@link #pop}), by index: the state, and its outcome or (when that is
     * null) its snapshot, {@code lengths[i]} bytes at {@code offsets[i]} in {@code snapshots[i]}.
     */
    static final class Popped {
        int n, dist;
        final int[] ids;
        final Outcome[] outcomes;
        final byte[][] snapshots;
        final int[] offsets, lengths;

        Popped(int max) {
            ids = new int[max];
            outcomes = new Outcome[max];
            snapshots = new byte[max][];
            offsets = new int[max];
            lengths = new int[max];
        }
    }

    /** Queues a state by the snapshot held at {@code off} in {@code src}. */
    void push(int id, int dist, byte[] src, int off, int n) {
        Bucket b = bucket(dist);
        byte[] into = room(b, n);
        int e = b.entry();
        b.ids[e] = id;
        b.chunk[e] = b.chunks.size() - 1;
        b.off[e] = b.used;
        b.len[e] = n;
        System.arraycopy(src, off, into, b.used, n);
        b.used += n;
        bytes += 16;
        peakBytes = Math.max(peakBytes, bytes);
    }

    /** Queues a terminal state by its outcome. */
    void push(int id, int dist, Outcome done) {
        Bucket b = bucket(dist);
        int e = b.entry();
        b.ids[e] = id;
        b.chunk[e] = -1 - b.outcomes.size();
        b.outcomes.add(done);
        bytes += 16 + 32;
        peakBytes = Math.max(peakBytes, bytes);
    }

    private Bucket bucket(int dist) {
        while (buckets.size() <= dist) buckets.add(null);
        Bucket b = buckets.get(dist);
        if (b == null) buckets.set(dist, b = new Bucket());
        if (dist < at) at = dist;
        return b;
    }

    /** The array of the bucket's snapshots with room for {@code n} more bytes at {@code b.used}. */
    private byte[] room(Bucket b, int n) {
        byte[] last = b.chunks.isEmpty() ? null : b.chunks.get(b.chunks.size() - 1);
        if (last != null && b.used + n <= last.length) return last;
        byte[] fresh = n <= CHUNK ? spare.pollLast() : null;
        if (fresh == null) {
            fresh = new byte[Math.max(CHUNK, n)];
            bytes += fresh.length;
        }
        b.chunks.add(fresh);
        b.used = 0;
        return fresh;
    }

    /**
     * Takes up to {@code max} entries (at most as many as {@code into} holds), all of the nearest distance, in the
     * order they were pushed; returns how many (0: the queue is empty). The snapshots' bytes stay valid until the
     * next call, whatever is pushed meanwhile: a bucket's arrays are filled again only once a later call has passed
     * it.
     */
    int pop(Popped into, int max) {
        while (at < buckets.size() && (buckets.get(at) == null || buckets.get(at).head == buckets.get(at).tail)) {
            Bucket done = buckets.get(at);
            if (done != null) { // emptied for good: distances only grow
                for (byte[] c : done.chunks) {
                    if (c.length == CHUNK) spare.add(c);
                    else bytes -= c.length;
                }
                buckets.set(at, null);
            }
            at++;
        }
        if (at >= buckets.size()) return into.n = 0;
        Bucket b = buckets.get(at);
        int n = Math.min(Math.min(max, into.ids.length), b.tail - b.head);
        for (int i = 0; i < n; i++, b.head++) {
            int h = b.head, c = b.chunk[h];
            into.ids[i] = b.ids[h];
            into.outcomes[i] = c < 0 ? b.outcomes.get(-1 - c) : null;
            into.snapshots[i] = c < 0 ? null : b.chunks.get(c);
            into.offsets[i] = b.off[h];
            into.lengths[i] = b.len[h];
            bytes -= c < 0 ? 16 + 32 : 16;
        }
        into.dist = at;
        return into.n = n;
    }

    /** Whether entries of distance {@code dist} are still queued. */
    boolean hasMore(int dist) {
        Bucket b = dist < buckets.size() ? buckets.get(dist) : null;
        return b != null && b.head < b.tail;
    }

    /** The most the queue held at once: its snapshot arrays and its entries. */
    long peakBytes() { return peakBytes; }

    /** Lets the queue's arrays go (the spare ones too) once the search is over; {@link #peakBytes} stays. */
    void release() {
        buckets.clear();
        spare.clear();
    }
}

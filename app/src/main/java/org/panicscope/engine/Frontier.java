package org.panicscope.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The explorer's queue: states waiting to be expanded, in buckets by distance (choices from the start), so that
 * popping the first non-empty bucket settles states in order of distance (Dijkstra with a bucket queue; a state is
 * pushed again when a shorter path to it is found, and the stale entry is skipped). Each entry is the state's id
 * and either its packed snapshot ({@link org.panicscope.model.Snapshot}) or, for a terminal state, its outcome.
 */
final class Frontier {
    private static final class Bucket {
        int[] ids = new int[16];
        Object[] payloads = new Object[16];
        int head, tail;
    }

    private final List<Bucket> buckets = new ArrayList<>();
    private int at;
    private long bytes, peakBytes;

    /** The popped entry (valid until the next pop). */
    int id, dist;
    Object payload;

    void push(int id, int dist, Object payload) {
        while (buckets.size() <= dist) buckets.add(null);
        Bucket b = buckets.get(dist);
        if (b == null) buckets.set(dist, b = new Bucket());
        if (b.tail == b.ids.length) {
            b.ids = java.util.Arrays.copyOf(b.ids, b.tail * 2);
            b.payloads = java.util.Arrays.copyOf(b.payloads, b.tail * 2);
        }
        b.ids[b.tail] = id;
        b.payloads[b.tail++] = payload;
        if (dist < at) at = dist;
        bytes += size(payload);
        peakBytes = Math.max(peakBytes, bytes);
    }

    /** Takes the nearest entry into {@link #id}, {@link #dist}, {@link #payload}; false when the queue is empty. */
    boolean pop() {
        while (at < buckets.size() && (buckets.get(at) == null || buckets.get(at).head == buckets.get(at).tail)) {
            if (buckets.get(at) != null) buckets.set(at, null); // emptied for good: distances only grow
            at++;
        }
        if (at >= buckets.size()) return false;
        Bucket b = buckets.get(at);
        id = b.ids[b.head];
        payload = b.payloads[b.head];
        b.payloads[b.head++] = null;
        dist = at;
        bytes -= size(payload);
        return true;
    }

    /** The most the queued snapshots held at once, with the entries' own cost. */
    long peakBytes() { return peakBytes; }

    private static long size(Object payload) {
        return 4 + 4 + (payload instanceof byte[] b ? 16 + b.length : 32);
    }
}

package org.panicscope.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FrontierTest {
    /** A snapshot of {@code n} bytes that names its state, so a popped one can be checked. */
    private static byte[] snapshot(int id, int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) b[i] = (byte) (id * 31 + i);
        return b;
    }

    /**
     * Pops come out by distance, in push order, each snapshot as pushed, while later distances are pushed between
     * pops, as the search does: an emptied distance's arrays are filled again (more bytes pass through than the
     * queue ever holds), and a popped batch stays intact until the next pop.
     */
    @Test
    void popsComeOutByDistanceInPushOrderWithTheirBytesWhileEmptiedArraysAreRefilled() {
        Frontier q = new Frontier();
        Random r = new Random(7);
        int next = 0;
        long pushedBytes = 0;
        ArrayDeque<int[]>[] expected = new ArrayDeque[60]; // per distance: {id, length}
        for (int d = 0; d < expected.length; d++) expected[d] = new ArrayDeque<>();
        for (int i = 0; i < 3000; i++) {
            int n = 20 + r.nextInt(400);
            q.push(next, 0, snapshot(next, n), 0, n);
            expected[0].add(new int[] {next++, n});
            pushedBytes += n;
        }
        Frontier.Popped p = new Frontier.Popped(100);
        int lastDist = 0;
        while (q.pop(p, 100) > 0) {
            assertTrue(p.dist >= lastDist, "distances only grow");
            lastDist = p.dist;
            byte[][] copies = new byte[p.n][];
            for (int i = 0; i < p.n; i++) copies[i] = Arrays.copyOfRange(p.snapshots[i], p.offsets[i], p.offsets[i] + p.lengths[i]);
            // successors of the batch, pushed before the batch is checked again
            if (p.dist + 1 < expected.length) {
                for (int i = 0; i < p.n; i++) {
                    if (r.nextInt(10) < 9) {
                        int n = 20 + r.nextInt(400);
                        int dd = p.dist + 1 + r.nextInt(2);
                        if (dd >= expected.length) continue;
                        q.push(next, dd, snapshot(next, n), 0, n);
                        expected[dd].add(new int[] {next++, n});
                        pushedBytes += n;
                    }
                }
            }
            for (int i = 0; i < p.n; i++) {
                int[] e = expected[p.dist].poll();
                assertEquals(e[0], p.ids[i]);
                assertArrayEquals(snapshot(e[0], e[1]), copies[i]);
                assertArrayEquals(copies[i], Arrays.copyOfRange(p.snapshots[i], p.offsets[i], p.offsets[i] + p.lengths[i]),
                        "a popped snapshot is intact until the next pop");
            }
        }
        for (ArrayDeque<int[]> e : expected) assertTrue(e.isEmpty());
        assertTrue(pushedBytes > 4 * q.peakBytes(), "the arrays were refilled: " + pushedBytes + " bytes through a queue of " + q.peakBytes());
    }
}

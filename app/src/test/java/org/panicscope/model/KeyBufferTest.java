package org.panicscope.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A key's bytes made from its stored values ({@link KeyBuffer#bytes}) are the varints that were once written as
 * each value was put ({@link Snapshot.Out}), so {@code --exact} keys keep their encoding; and fingerprints tell
 * apart sequences that differ in one value, in their order or in their length.
 */
class KeyBufferTest {
    private static final long[] EDGES = {0, 1, -1, 63, -64, 64, -65, 127, 128, 8191, -8192, 1L << 40, Integer.MAX_VALUE,
            Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE};

    @Test
    void bytesAreThePerValueVarintsAndFingerprintsDiffer() {
        Random rnd = new Random(5);
        for (int trial = 0; trial < 2000; trial++) {
            int n = rnd.nextInt(300);
            long[] v = new long[n];
            for (int i = 0; i < n; i++) {
                v[i] = switch (rnd.nextInt(4)) {
                    case 0 -> EDGES[rnd.nextInt(EDGES.length)];
                    case 1 -> rnd.nextLong();
                    default -> rnd.nextInt(200) - 100;
                };
            }
            KeyBuffer k = new KeyBuffer();
            Snapshot.Out o = new Snapshot.Out();
            for (long x : v) { k.put(x); o.put(x); }
            assertArrayEquals(o.bytes(), k.bytes(), "trial " + trial);
            if (n < 2) continue;
            long f = k.fingerprint();
            KeyBuffer changed = new KeyBuffer(), swapped = new KeyBuffer(), shorter = new KeyBuffer();
            int at = rnd.nextInt(n);
            for (int i = 0; i < n; i++) {
                changed.put(i == at ? v[i] + 1 : v[i]);
                swapped.put(i == 0 ? v[1] : i == 1 ? v[0] : v[i]);
                if (i < n - 1) shorter.put(v[i]);
            }
            assertNotEquals(f, changed.fingerprint(), "one value changed, trial " + trial);
            if (v[0] != v[1]) assertNotEquals(f, swapped.fingerprint(), "two values swapped, trial " + trial);
            assertNotEquals(f, shorter.fingerprint(), "one value fewer, trial " + trial);
            k.reset();
            for (long x : v) k.put(x);
            assertArrayEquals(o.bytes(), k.bytes(), "reused after reset, trial " + trial);
        }
    }
}

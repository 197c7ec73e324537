package org.panicscope.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Search.Recent}, the second pass's table of the states stored lately: against a map, while it grows and
 * forgets, as the search uses it (ids in storing order, the forgetting bound rising batch by batch).
 */
class RecentTest {
    @Test
    void findsEveryStateFromTheBoundOnAndNothingItWasNotGiven() {
        Search.Recent r = new Search.Recent();
        Map<Long, Integer> all = new HashMap<>();
        long[] byId = new long[1 << 20];
        SplittableRandom rnd = new SplittableRandom(3);
        int id = 0, from = 0;
        for (int batch = 0; batch < 300; batch++) {
            r.forgetBelow(from);
            int n = rnd.nextInt(3000); // a batch stores up to a few thousand states
            for (int i = 0; i < n; i++) {
                long f = rnd.nextLong();
                if (f == 0 || all.containsKey(f)) continue;
                r.put(f, id);
                byId[id] = f;
                all.put(f, id++);
            }
            for (int i = from; i < id; i++) assertEquals(i, r.get(byId[i]), "stored at " + i + ", bound " + from);
            for (int i = 0; i < 1000; i++) {
                long f = rnd.nextLong();
                if (!all.containsKey(f)) assertEquals(-1, r.get(f), "never stored");
            }
            from = Math.max(from, id - rnd.nextInt(4000)); // the next batch's first pass saw the states below
        }
        assertEquals(true, id > 300_000, id + " states stored");
    }

    @Test
    void theFingerprintZeroIsLeftToTheTableOfAllStates() {
        Search.Recent r = new Search.Recent();
        r.put(0, 5);
        assertEquals(-1, r.get(7));
    }
}

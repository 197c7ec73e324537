package org.panicscope.engine;

import java.util.HashMap;
import java.util.Map;
import org.panicscope.model.Kernel;
import org.panicscope.model.StateKey;

/**
 * The explorer's visited states: state -> id. Fingerprints (default) or exact keys. {@link #find} takes the
 * kernel's key once and remembers it, so that a new state is then recorded with {@link #addFound} without a
 * second encoding; the kernel may change afterwards without affecting either.
 */
interface Visited {
    /** The id recorded for the kernel's state now, or -1 when it is new; remembers the key for {@link #addFound}. */
    int find(Kernel k, boolean timed);

    /** Records the key of the last {@link #find} (which returned -1) under the given id. */
    void addFound(int id);

    int size();

    /** Bytes held by the table (the exact table's estimate counts its keys' arrays and the map's entries). */
    long bytes();

    static Visited create(boolean exact) {
        return exact ? new Exact() : new Fingerprints();
    }

    /** Whole encoded keys in a hash map: no collisions, about 150 bytes a state. */
    final class Exact implements Visited {
        private final Map<StateKey, Integer> map = new HashMap<>();
        private StateKey found;
        private long keyBytes;

        @Override public int find(Kernel k, boolean timed) {
            found = k.key(timed);
            Integer i = map.get(found);
            return i == null ? -1 : i;
        }

        @Override public void addFound(int id) {
            map.put(found, id);
            keyBytes += 16 + found.size() + 24 + 16 + 32 + 16; // array, key object, Integer, entry, slot
        }

        @Override public int size() { return map.size(); }
        @Override public long bytes() { return keyBytes; }
    }

    /**
     * 64-bit fingerprints in an open-addressing table (hash compaction, see StateKey), 16 bytes a slot: the
     * fingerprint and the id side by side in one long array, so that a state found again costs one cache miss, not
     * one in a key array and another in an id array (the table outgrows the caches within a few 100,000 states).
     */
    final class Fingerprints implements Visited {
        private long[] slots = new long[2 << 16]; // [2i] fingerprint (0 = empty), [2i+1] id
        private boolean hasZero;
        private int zeroVal;
        private int size;
        private long found;
        private final org.panicscope.model.KeyBuffer scratch = new org.panicscope.model.KeyBuffer();

        @Override public int find(Kernel k, boolean timed) {
            long f = found = k.fingerprint(timed, scratch);
            if (f == 0) return hasZero ? zeroVal : -1;
            long[] s = slots;
            int mask = (s.length >> 1) - 1;
            for (int i = index(f) & mask; ; i = (i + 1) & mask) {
                long at = s[2 * i];
                if (at == 0) return -1;
                if (at == f) return (int) s[2 * i + 1];
            }
        }

        @Override public void addFound(int id) {
            long f = found;
            size++;
            if (f == 0) { hasZero = true; zeroVal = id; return; }
            if (size > slots.length >> 2) grow(); // at most half the slots in use
            insert(slots, f, id);
        }

        private static int index(long f) { return (int) (f ^ (f >>> 32)); }

        private static void insert(long[] s, long f, int id) {
            int mask = (s.length >> 1) - 1;
            int i = index(f) & mask;
            while (s[2 * i] != 0) i = (i + 1) & mask;
            s[2 * i] = f;
            s[2 * i + 1] = id;
        }

        private void grow() {
            long[] old = slots, s = new long[old.length * 2];
            for (int i = 0; i < old.length; i += 2) if (old[i] != 0) insert(s, old[i], (int) old[i + 1]);
            slots = s;
        }

        @Override public int size() { return size; }
        @Override public long bytes() { return 8L * slots.length; }
    }
}

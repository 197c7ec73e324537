package org.panicscope.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.panicscope.model.Kernel;
import org.panicscope.model.StateKey;

/**
 * The explorer's visited states: state -> id. Fingerprints (default) or exact keys. A state's key is taken once,
 * when the state is reached ({@link #keyOf}); the kernel may change afterwards without affecting it.
 */
interface Visited {
    /** The state's identity now: a Long fingerprint or a {@link StateKey}. */
    Object keyOf(Kernel k, boolean timed);

    /** The id recorded for the key, or -1 when the state is new. */
    int get(Object key);

    /** Records a new state under the given id. */
    void put(Object key, int id);

    int size();

    /** Bytes held by the table (the exact table's estimate counts its keys' arrays and the map's entries). */
    long bytes();

    static Visited create(boolean exact) {
        return exact ? new Exact() : new Fingerprints();
    }

    /** Whole encoded keys in a hash map: no collisions, about 150 bytes a state. */
    final class Exact implements Visited {
        private final Map<StateKey, Integer> map = new HashMap<>();

        @Override public Object keyOf(Kernel k, boolean timed) { return k.key(timed); }

        @Override public int get(Object key) {
            Integer i = map.get((StateKey) key);
            return i == null ? -1 : i;
        }

        private long keyBytes;

        @Override public void put(Object key, int id) {
            map.put((StateKey) key, id);
            keyBytes += 16 + ((StateKey) key).size() + 24 + 16 + 32 + 16; // array, key object, Integer, entry, slot
        }

        @Override public int size() { return map.size(); }
        @Override public long bytes() { return keyBytes; }
    }

    /** 64-bit fingerprints in an open-addressing table: 12 bytes a state (hash compaction, see StateKey). */
    final class Fingerprints implements Visited {
        private long[] keys = new long[1 << 16];
        private int[] vals = new int[1 << 16];
        private boolean hasZero;
        private int zeroVal;
        private int size;

        @Override public Object keyOf(Kernel k, boolean timed) { return k.fingerprint(timed); }

        @Override public int get(Object key) {
            long f = (Long) key;
            if (f == 0) return hasZero ? zeroVal : -1;
            int mask = keys.length - 1;
            for (int i = (int) (f ^ (f >>> 32)) & mask; ; i = (i + 1) & mask) {
                if (keys[i] == 0) return -1;
                if (keys[i] == f) return vals[i];
            }
        }

        @Override public void put(Object key, int id) {
            long f = (Long) key;
            size++;
            if (f == 0) { hasZero = true; zeroVal = id; return; }
            if (size * 2 > keys.length) grow();
            insert(f, id);
        }

        private void insert(long f, int id) {
            int mask = keys.length - 1;
            int i = (int) (f ^ (f >>> 32)) & mask;
            while (keys[i] != 0) i = (i + 1) & mask;
            keys[i] = f;
            vals[i] = id;
        }

        private void grow() {
            long[] ok = keys;
            int[] ov = vals;
            keys = new long[ok.length * 2];
            vals = new int[ok.length * 2];
            for (int i = 0; i < ok.length; i++) if (ok[i] != 0) insert(ok[i], ov[i]);
        }

        @Override public int size() { return size; }
        @Override public long bytes() { return 12L * keys.length; }
    }
}

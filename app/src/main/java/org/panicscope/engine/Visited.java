package org.panicscope.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.panicscope.model.Kernel;
import org.panicscope.model.StateKey;

/** The explorer's visited states: state -> id. Fingerprints (default) or exact keys. */
interface Visited {
    /** The id of the state, or -1 when it is new. */
    int get(Kernel k);

    /** Records a new state under the next id. */
    void put(Kernel k, int id);

    int size();

    static Visited create(boolean exact) {
        return exact ? new Exact() : new Fingerprints();
    }

    /** Whole encoded keys in a hash map: no collisions, about 150 bytes a state. */
    final class Exact implements Visited {
        private final Map<StateKey, Integer> map = new HashMap<>();
        private StateKey last;
        private Kernel lastKernel;

        private StateKey key(Kernel k) {
            if (k != lastKernel) { last = k.key(); lastKernel = k; }
            return last;
        }

        @Override public int get(Kernel k) {
            Integer i = map.get(key(k));
            return i == null ? -1 : i;
        }

        @Override public void put(Kernel k, int id) { map.put(key(k), id); }
        @Override public int size() { return map.size(); }
    }

    /** 64-bit fingerprints in an open-addressing table: 12 bytes a state (hash compaction, see StateKey). */
    final class Fingerprints implements Visited {
        private long[] keys = new long[1 << 16];
        private int[] vals = new int[1 << 16];
        private boolean hasZero;
        private int zeroVal;
        private int size;
        private long lastFp;
        private Kernel lastKernel;

        private long fp(Kernel k) {
            if (k != lastKernel) { lastFp = k.fingerprint(); lastKernel = k; }
            return lastFp;
        }

        @Override public int get(Kernel k) {
            long f = fp(k);
            if (f == 0) return hasZero ? zeroVal : -1;
            int mask = keys.length - 1;
            for (int i = (int) (f ^ (f >>> 32)) & mask; ; i = (i + 1) & mask) {
                if (keys[i] == 0) return -1;
                if (keys[i] == f) return vals[i];
            }
        }

        @Override public void put(Kernel k, int id) {
            long f = fp(k);
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
            Arrays.fill(ok, 0);
        }

        @Override public int size() { return size; }
    }
}

package org.panicscope.engine;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.panicscope.model.Kernel;
import org.panicscope.model.KeyBuffer;
import org.panicscope.model.StateKey;

/**
 * The explorer's visited states: state -> id. Fingerprints (default) or exact keys. The work is split so that the
 * search can take keys on several threads ({@link Search}): {@link #key} encodes a kernel's state into a {@link Key}
 * (its own scratch space, nothing shared), {@link #get} only reads the table, on any thread, and {@link #put}, the
 * one writer, runs on the search thread. A {@code get} that runs while a {@code put} does may miss the state being
 * put (and then says -1), but never answers a wrong id.
 */
interface Visited {
    /** A state's identity as this table keeps it: a fingerprint, or (exact) the whole key. */
    final class Key {
        long fingerprint;
        StateKey exact;
        /** The fingerprint's encoding space, reused from key to key. */
        final KeyBuffer scratch = new KeyBuffer();
    }

    /** Writes the identity of the kernel's state now into {@code into} (which then outlives changes to the kernel). */
    void key(Kernel k, boolean timed, Key into);

    /**
     * The id recorded for the fingerprint {@code f} or the exact key {@code e} (whichever this table keeps), or -1
     * (on a thread other than the writer's: or one the writer is putting meanwhile).
     */
    int get(long f, StateKey e);

    /** Records a key that {@link #get} did not find under the given id. */
    void put(long f, StateKey e, int id);

    int size();

    /** Bytes held by the table (the exact table's estimate counts its keys' arrays and the map's entries). */
    long bytes();

    /**
     * Lets the table go once the search is over, for the livelock analysis that follows it: nothing is looked up,
     * put, counted or measured after it.
     */
    void release();

    static Visited create(boolean exact) {
        return exact ? new Exact() : new Fingerprints();
    }

    /** Whole encoded keys in a hash map: no collisions, about 150 bytes a state. */
    final class Exact implements Visited {
        private final Map<StateKey, Integer> map = new ConcurrentHashMap<>();
        private long keyBytes;

        @Override public void key(Kernel k, boolean timed, Key into) { into.exact = k.key(timed); }

        @Override public int get(long f, StateKey e) {
            Integer i = map.get(e);
            return i == null ? -1 : i;
        }

        @Override public void put(long f, StateKey e, int id) {
            map.put(e, id);
            keyBytes += 16 + e.size() + 24 + 16 + 32 + 16; // array, key object, Integer, entry, slot
        }

        @Override public int size() { return map.size(); }
        @Override public long bytes() { return keyBytes; }
        @Override public void release() { map.clear(); }
    }

    /**
     * 64-bit fingerprints in an open-addressing table (hash compaction, see StateKey), 16 bytes a slot: the
     * fingerprint and the id side by side in one long array, so that a state found again costs one cache miss, not
     * one in a key array and another in an id array (the table outgrows the caches within a few 100,000 states).
     *
     * <p>Readers on other threads: a slot's id is written before its fingerprint, and the fingerprint with release
     * semantics, read with acquire, so a reader that sees the fingerprint sees the id; a table that grows is filled
     * before it is published, and a reader still on the old one misses only what was put since.
     */
    final class Fingerprints implements Visited {
        private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(long[].class);
        private volatile long[] slots = new long[2 << 16]; // [2i] fingerprint (0 = empty), [2i+1] id
        /** The id of the fingerprint 0, which marks an empty slot, or -1. */
        private volatile int zeroVal = -1;
        private int size;

        @Override public void key(Kernel k, boolean timed, Key into) { into.fingerprint = k.fingerprint(timed, into.scratch); }

        @Override public int get(long f, StateKey e) {
            if (f == 0) return zeroVal;
            long[] s = slots;
            int mask = (s.length >> 1) - 1;
            for (int i = index(f) & mask; ; i = (i + 1) & mask) {
                long at = (long) SLOT.getAcquire(s, 2 * i);
                if (at == 0) return -1;
                if (at == f) return (int) s[2 * i + 1];
            }
        }

        @Override public void put(long f, StateKey e, int id) {
            size++;
            if (f == 0) { zeroVal = id; return; }
            if (size > slots.length >> 2) grow(); // at most half the slots in use
            insert(slots, f, id);
        }

        private static int index(long f) { return (int) (f ^ (f >>> 32)); }

        private static void insert(long[] s, long f, int id) {
            int mask = (s.length >> 1) - 1;
            int i = index(f) & mask;
            while (s[2 * i] != 0) i = (i + 1) & mask;
            s[2 * i + 1] = id;
            SLOT.setRelease(s, 2 * i, f);
        }

        private void grow() {
            long[] old = slots, s = new long[old.length * 2];
            for (int i = 0; i < old.length; i += 2) if (old[i] != 0) insert(s, old[i], (int) old[i + 1]);
            slots = s;
        }

        @Override public int size() { return size; }
        @Override public long bytes() { return 8L * slots.length; }
        @Override public void release() { slots = new long[2]; }
    }
}

package org.panicscope.model;

import java.util.Arrays;

/**
 * A whole kernel state packed into bytes, every field (unlike {@link StateKey}, which keeps only what decides the
 * future): what the explorer keeps for a state waiting in its queue, about 100-200 bytes instead of a copied
 * kernel's few kilobytes, and loads back into one reused kernel instead of allocating a copy per successor.
 *
 * <p>A new field of {@link Kernel}, {@link Cpu}, {@link RingBuffer} or {@link SpinLock} must be written in its
 * {@code save} and read back in the same order in its {@code load}; {@code SnapshotTest} compares every field of
 * saved and loaded kernels by reflection along random runs, so a field that is forgotten fails it.
 */
public final class Snapshot {
    private Snapshot() { }

    /** Packs {@code k}'s state (not its parameters, configuration or programs, which a kernel keeps for life). */
    public static byte[] save(Kernel k, Out scratch) { return saveInto(k, scratch).bytes(); }

    /** Packs {@code k}'s state into {@code into}, whose {@link Out#length} bytes then hold it ({@link Out#copyTo}). */
    public static Out saveInto(Kernel k, Out into) {
        into.n = 0;
        k.save(into);
        return into;
    }

    /** Loads a state saved from a kernel of the same scenario and configuration into {@code k}. */
    public static void load(Kernel k, byte[] saved) { new Loader().load(k, saved, 0, saved.length); }

    /** Loads snapshots with one reader, reused (the explorer loads one per state it expands). */
    public static final class Loader {
        private final In in = new In();

        /** {@link Snapshot#load(Kernel, byte[])} of the {@code len} bytes at {@code off} in {@code b}. */
        public void load(Kernel k, byte[] b, int off, int len) {
            in.b = b;
            in.at = off;
            k.load(in);
            if (in.at != off + len) throw new IllegalStateException("snapshot of " + len + " bytes, read " + (in.at - off));
        }
    }

    /** Zig-zag varints, reused between saves (the coding of a {@link StateKey}'s bytes too, {@link KeyBuffer#bytes}). */
    public static final class Out implements StateKey.Sink {
        private byte[] buf = new byte[256];
        private int n;

        @Override public Out put(long v) {
            long z = (v << 1) ^ (v >> 63);
            if (z >>> 7 == 0 && n < buf.length) { buf[n++] = (byte) z; return this; } // most values: one byte
            return putLong(z);
        }

        /**
         * The loop for values of two bytes or more, a method of its own so that the JIT inlines only the one-byte
         * test at each of the hundred-odd {@code put} sites of {@link Kernel#save} and leaves this as a call where
         * it is rarely taken: inlined everywhere, the loop made {@code Kernel.save} and {@code Kernel.load} the
         * most expensive methods the JIT compiled (about a second each per compilation, more than their run time in
         * a 3-million-state search).
         */
        private Out putLong(long z) {
            do {
                if (n == buf.length) buf = Arrays.copyOf(buf, n * 2);
                byte b = (byte) (z & 0x7f);
                z >>>= 7;
                buf[n++] = z != 0 ? (byte) (b | 0x80) : b;
            } while (z != 0);
            return this;
        }

        Out put(boolean b) { return put(b ? 1 : 0); }

        byte[] bytes() { return Arrays.copyOf(buf, n); }

        /** The length of what was put since the last save. */
        public int length() { return n; }

        /** Copies what was put to {@code dst} at {@code off}. */
        public void copyTo(byte[] dst, int off) { System.arraycopy(buf, 0, dst, off, n); }
    }

    static final class In {
        private byte[] b;
        private int at;

        long get() {
            byte first = b[at];
            if (first >= 0) { at++; return (first >>> 1) ^ -(first & 1); } // one byte
            return getLong();
        }

        /** Two bytes or more: out of line, as {@link Out#putLong}. */
        private long getLong() {
            long z = 0;
            int shift = 0;
            byte x;
            do {
                x = b[at++];
                z |= (long) (x & 0x7f) << shift;
                shift += 7;
            } while ((x & 0x80) != 0);
            return (z >>> 1) ^ -(z & 1);
        }

        int i() { return (int) get(); }
        boolean bool() { return get() != 0; }
    }
}

package org.panicscope.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The choice sequences of the explorer's edges (a chosen choice plus the local and forced steps run after it),
 * each stored once: most edges repeat a handful of sequences ({@code 1}, {@code 0 0}, ...), so an edge keeps an
 * int reference into one pool instead of its own copy. Layout: at a reference, the length, then the choice codes.
 */
final class ChainPool {
    /** The sequences, one after the other (search thread only; small: a few thousand distinct chains). */
    private int[] data = new int[1 << 10];
    private int size;
    private int[] table = new int[1 << 12]; // reference + 1, 0 = empty; open addressing on the content hash
    /** The hash of the sequence in each slot of {@link #table}, compared before its contents. */
    private int[] hashes = new int[1 << 12];
    private int count;

    /** The reference of the sequence {@code codes[off..off+len)}, adding it if new. */
    int intern(int[] codes, int off, int len) { return intern(codes, off, len, hash(codes, off, len)); }

    /** {@link #intern(int[], int, int)} of a sequence whose {@link #hash} is {@code h}. */
    int intern(int[] codes, int off, int len, int h) {
        int mask = table.length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            int ref = table[i] - 1;
            if (ref < 0) {
                ref = size;
                if (size + 1 + len > data.length) data = Arrays.copyOf(data, Math.max(data.length * 2, size + 1 + len));
                data[size++] = len;
                System.arraycopy(codes, off, data, size, len);
                size += len;
                table[i] = ref + 1;
                hashes[i] = h;
                if (++count * 2 > table.length) grow();
                return ref;
            }
            if (hashes[i] == h && same(ref, codes, off, len)) return ref;
        }
    }

    int length(int ref) { return data[ref]; }

    long bytes() { return 4L * (size + 2L * table.length); }
    int code(int ref, int i) { return data[ref + 1 + i]; }

    /** Bit i set when CPU i takes a step in the sequence. */
    int steppingCpus(int ref) {
        int m = 0;
        for (int i = 0; i < length(ref); i++) {
            Choice c = decode(code(ref, i));
            if (c.kind() == Choice.Kind.STEP) m |= 1 << c.cpu();
        }
        return m;
    }

    List<Choice> choices(int ref) {
        List<Choice> l = new ArrayList<>(length(ref));
        for (int i = 0; i < length(ref); i++) l.add(decode(code(ref, i)));
        return l;
    }

    private boolean same(int ref, int[] codes, int off, int len) {
        return data[ref] == len && Arrays.equals(data, ref + 1, ref + 1 + len, codes, off, off + len);
    }

    /** The hash a sequence is interned by (a thread may take it beforehand: {@link #intern(int[], int, int, int)}). */
    static int hash(int[] codes, int off, int len) {
        int h = len * 0x9E3779B9;
        for (int j = 0; j < len; j++) h = (h ^ codes[off + j]) * 0x01000193;
        return h ^ (h >>> 15);
    }

    private void grow() {
        int[] old = table, oldHashes = hashes;
        table = new int[old.length * 2];
        hashes = new int[old.length * 2];
        int mask = table.length - 1;
        for (int k = 0; k < old.length; k++) {
            if (old[k] == 0) continue;
            int i = oldHashes[k] & mask;
            while (table[i] != 0) i = (i + 1) & mask;
            table[i] = old[k];
            hashes[i] = oldHashes[k];
        }
    }

    static int code(Choice c) { return c.kind().ordinal() * 16 + c.cpu(); }

    private static final Choice.Kind[] KINDS = Choice.Kind.values();
    static Choice decode(int code) { return Choice.of(KINDS[code / 16], code % 16); }


}

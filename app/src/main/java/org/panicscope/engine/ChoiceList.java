package org.panicscope.engine;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * A run's history: its choices, one byte each (kind and CPU; a scenario has at most 8 CPUs), read as a list of the
 * shared {@link Choice} instances. A livelocked trial records tens of thousands of choices; a reference per choice
 * cost four times the memory and a garbage-collector barrier on every store.
 */
final class ChoiceList extends AbstractList<Choice> implements RandomAccess {
    private static final Choice.Kind[] KINDS = Choice.Kind.values();
    private byte[] codes;
    private int size;

    ChoiceList() { codes = new byte[64]; }

    ChoiceList(ChoiceList o) {
        codes = Arrays.copyOf(o.codes, Math.max(64, o.size));
        size = o.size;
    }

    @Override public boolean add(Choice c) {
        if (c.cpu() < 0 || c.cpu() > 15) throw new IllegalArgumentException("no CPU" + c.cpu() + " in a history");
        if (size == codes.length) codes = Arrays.copyOf(codes, size * 2);
        codes[size++] = (byte) (c.kind().ordinal() << 4 | c.cpu());
        modCount++;
        return true;
    }

    @Override public Choice get(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException("choice " + i + " of " + size);
        int b = codes[i];
        return Choice.of(KINDS[b >>> 4], b & 15);
    }

    @Override public int size() { return size; }

    @Override public void clear() {
        size = 0;
        modCount++;
    }
}

package org.panicscope.model;

/**
 * The lock-free printk ring buffer (design doc §3, §4.3), reduced to what the race needs: sequence numbers and, per
 * slot, the record's kind, CPU and state. When full, a store overwrites the oldest record ({@code first_seq++}); a
 * reader asking for a seq older than {@code first_seq} gets the oldest valid record, and the difference is a gap
 * (records dropped before the console printed them) [K-pre console_unlock gap code].
 */
public final class RingBuffer {
    private final int capacity;
    private long firstSeq;
    private long nextSeq;
    private final int[] slots;

    RingBuffer(int capacity) {
        this.capacity = capacity;
        this.slots = new int[capacity];
    }

    RingBuffer copy() {
        RingBuffer r = new RingBuffer(capacity);
        r.firstSeq = firstSeq;
        r.nextSeq = nextSeq;
        System.arraycopy(slots, 0, r.slots, 0, capacity);
        return r;
    }

    /** Takes the state of {@code o}, a ring buffer of the same capacity. */
    void restore(RingBuffer o) {
        firstSeq = o.firstSeq;
        nextSeq = o.nextSeq;
        System.arraycopy(o.slots, 0, slots, 0, capacity);
    }

    void save(Snapshot.Out o) {
        o.put(firstSeq).put(nextSeq);
        for (int v : slots) o.put(v);
    }

    void load(Snapshot.In in) {
        firstSeq = in.get();
        nextSeq = in.get();
        for (int i = 0; i < slots.length; i++) slots[i] = in.i();
    }

    public int capacity() { return capacity; }
    public long firstSeq() { return firstSeq; }
    public long nextSeq() { return nextSeq; }

    /** ST1: reserve the next seq; returns true when the oldest record had to be overwritten. */
    boolean reserve(int cpu, RecordKind kind) {
        boolean overwrote = false;
        if (nextSeq - firstSeq == capacity) {
            firstSeq++;
            overwrote = true;
        }
        slots[(int) (nextSeq % capacity)] = (kind.ordinal() << 8) | (cpu << 1);
        nextSeq++;
        return overwrote;
    }

    /** ST2: finalize the record reserved last by this CPU. */
    void finalizeLast(int cpu) {
        for (long s = nextSeq - 1; s >= firstSeq; s--) {
            int v = slots[(int) (s % capacity)];
            if ((v & 1) == 0 && ((v >> 1) & 0x7f) == cpu) {
                slots[(int) (s % capacity)] = v | 1;
                return;
            }
        }
    }

    /** RD(seq): the seq of the record a reader gets for {@code seq}, or -1 when there is none yet. */
    long read(long seq) {
        if (seq < firstSeq) seq = firstSeq;
        return seq >= nextSeq ? -1 : seq;
    }

    public boolean valid(long seq) { return seq >= firstSeq && seq < nextSeq; }
    public RecordKind kind(long seq) { return RecordKind.of(slots[(int) (seq % capacity)] >>> 8); }
    public int cpu(long seq) { return (slots[(int) (seq % capacity)] >> 1) & 0x7f; }
    public boolean finalized(long seq) { return (slots[(int) (seq % capacity)] & 1) != 0; }
}

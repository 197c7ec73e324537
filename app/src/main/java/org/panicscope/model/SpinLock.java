package org.panicscope.model;

/**
 * A raw spinlock (design doc §2.2 rule 4): one word {@code holder}; acquiring is one atomic step that spins
 * while the lock is held; a holder halted by an NMI never releases.
 *
 * <p>Queued flavour (x86 qspinlock, the default): waiters queue in FIFO order and a release hands the lock to
 * the first waiter, even when that waiter has been halted in the meantime, so a CPU halted while merely waiting
 * also blocks every later acquirer. Test-and-set flavour: a release frees the lock and whoever tries next wins.
 */
public final class SpinLock {
    public static final int NONE = -1;

    private int holder = NONE;
    private static final int[] EMPTY = new int[0];
    /** The waiters in FIFO order; never changed in place (every change makes a new array), so it may be shared. */
    private int[] queue = EMPTY;

    SpinLock copy() {
        SpinLock s = new SpinLock();
        s.holder = holder;
        s.queue = queue.length == 0 ? queue : queue.clone();
        return s;
    }

    /** Takes the state of {@code o}; the queue array is shared, as every change replaces it (copy on write). */
    void restore(SpinLock o) {
        holder = o.holder;
        queue = o.queue;
    }

    void save(Snapshot.Out o) {
        o.put(holder).put(queue.length);
        for (int q : queue) o.put(q);
    }

    void load(Snapshot.In in) {
        holder = in.i();
        int n = in.i();
        int[] q = n == 0 ? EMPTY : new int[n]; // a new array: restore() may share the old one
        for (int i = 0; i < n; i++) q[i] = in.i();
        queue = q;
    }

    public int holder() { return holder; }
    public boolean held() { return holder != NONE; }
    public int[] queue() { return queue.clone(); }

    /**
     * One acquisition attempt by {@code cpu}. Returns true when the CPU now holds the lock. With a queued lock a
     * failed attempt leaves the CPU in the queue, so its next attempt finds the lock handed over to it.
     */
    boolean tryAcquire(int cpu, boolean queued) {
        if (holder == cpu) { dequeue(cpu); return true; }
        if (holder == NONE && (!queued || queue.length == 0 || queue[0] == cpu)) {
            holder = cpu;
            dequeue(cpu);
            return true;
        }
        if (queued && indexOf(cpu) < 0) {
            int[] q = java.util.Arrays.copyOf(queue, queue.length + 1);
            q[queue.length] = cpu;
            queue = q;
        }
        return false;
    }

    /** A single try that never queues (spin_trylock, FX-TRYLOCK's DT1'). */
    boolean tryOnce(int cpu) {
        if (holder == NONE && queue.length == 0) { holder = cpu; return true; }
        return false;
    }

    void release(boolean queued) {
        if (queued && queue.length > 0) {
            holder = queue[0];
            queue = java.util.Arrays.copyOfRange(queue, 1, queue.length);
        } else {
            holder = NONE;
        }
    }

    /** Re-initialise the lock as free (V0's PN8b, FX-ZAP, sema_init): forgets holder and queue. */
    void reinit() {
        holder = NONE;
        queue = EMPTY;
    }

    /** Removes a CPU that stopped waiting (it was halted: the queue node stays in a qspinlock, so only TAS). */
    private void dequeue(int cpu) {
        int i = indexOf(cpu);
        if (i < 0) return;
        int[] q = new int[queue.length - 1];
        System.arraycopy(queue, 0, q, 0, i);
        System.arraycopy(queue, i + 1, q, i, queue.length - i - 1);
        queue = q;
    }

    private int indexOf(int cpu) {
        for (int i = 0; i < queue.length; i++) if (queue[i] == cpu) return i;
        return -1;
    }

    void encode(StateKey.Sink w) {
        w.put(holder).put(queue.length);
        for (int q : queue) w.put(q);
    }

    @Override public String toString() {
        if (holder == NONE && queue.length == 0) return "free";
        StringBuilder b = new StringBuilder(holder == NONE ? "free" : "CPU" + holder);
        if (queue.length > 0) {
            b.append(" (queue:");
            for (int q : queue) b.append(" CPU").append(q);
            b.append(')');
        }
        return b.toString();
    }
}

package org.panicscope.model;

import java.util.Arrays;

/**
 * A state's identity, compactly encoded: every variable that can influence what happens next, as zig-zag varints
 * in a byte array (typically 60-120 bytes for two CPUs), with a precomputed hash.
 *
 * <p>Normalisation: sequence numbers relative to first_seq (untimed: to next_seq - C, as if the buffer were full,
 * with no count of the records stored; {@link Clocks#firstSeq}), panic_console_dropped saturated just past the patch-3
 * threshold, and the writer's line count dropped when it writes forever. Clocks are written by a {@link Clocks}
 * view, one per timing semantics: timed, relative to the earliest running CPU once absolute times no longer matter;
 * untimed, saturated at the only thresholds an untimed run compares them with (docs/exploration.md, "Untimed
 * abstraction"). Two states with the same key behave the same from then on (same enabled choices, successors with
 * the same keys), which is what makes livelock cycles finite and visible. Left out on purpose: counters kept only
 * for display (records printed) and the run's history.
 *
 * <p><b>Adding a state field.</b> A new variable of the model that a step reads belongs in the key, or two states
 * that differ in it would be merged and the search would lose behaviour. Write it in {@link #write} (a shared
 * variable of {@link Kernel}) or in {@code Cpu.encode} (a per-CPU one), as one {@code put} of a small integer
 * (booleans: one bit of an existing flag word, or a new word), and also copy it in {@code Kernel.copy} /
 * {@code Cpu.copy}. Saturate counters whose exact value stops mattering (as panic_console_dropped) so that cycles
 * close; write nothing for a field that is only displayed. A field that a switch adds is written whatever the
 * configuration (its initial value costs one byte) so that the encoding has one layout. Clock-like fields (times,
 * stamps) go through {@link Clocks}, never raw. {@code ExplorerTest.exactKeysAndFingerprintsAgree} and
 * {@code UntimedAbstractionTest} check the key against the engine.
 */
public final class StateKey {
    private static final Kernel.Degradation[] DEGRADATIONS = Kernel.Degradation.values();
    private final byte[] bytes;
    private final int hash;

    private StateKey(byte[] bytes) {
        this.bytes = bytes;
        int h = 1;
        for (byte b : bytes) h = 31 * h + b;
        this.hash = h ^ (h >>> 16);
    }

    static StateKey of(Kernel k, Clocks clocks) {
        KeyBuffer w = new KeyBuffer();
        write(k, clocks, w);
        return new StateKey(w.bytes());
    }

    /**
     * A 64-bit hash of the same values ({@link KeyBuffer#fingerprint}), put into {@code scratch} and not kept (hash compaction, as in SPIN):
     * two different states share a fingerprint with probability about 2^-64 per pair, so among n states the
     * chance of any collision is at most n^2 / 2^65 (below 3e-8 for a million states). The explorer's default;
     * {@code --exact} stores whole keys instead.
     */
    static long fingerprint(Kernel k, Clocks clocks, KeyBuffer scratch) {
        scratch.reset();
        write(k, clocks, scratch);
        return scratch.fingerprint();
    }

    /** Where an encoding goes. */
    interface Sink {
        Sink put(long v);
    }

    /**
     * How a running CPU's clock and the stamps of its pending interrupts enter the key. These are the only
     * unbounded variables of the model, so the choice decides whether a search can be complete.
     */
    interface Clocks {
        void put(Sink w, Cpu c);

        /**
         * The first_seq every sequence number of the key is written relative to (console_seq, nbcon_seq, a flush's
         * stop_seq, the target CU4 holds): the ring buffer's own.
         */
        default long firstSeq(Kernel k) { return k.rb.firstSeq(); }

        /**
         * The number of valid records as the key holds it. Which CPU wrote a record and what it says never changes
         * what any step does (readers take whatever record is there, RESERVED or not, as design doc §4.3 with the
         * extension off), so the slots stay out of the state's identity.
         */
        default long records(Kernel k) { return k.rb.nextSeq() - k.rb.firstSeq(); }

        /** console_seq - first_seq as the key holds it. */
        default long consoleLag(Kernel k) { return k.consoleSeq - firstSeq(k); }

        /** nbcon_seq - first_seq as the key holds it: exact from first_seq on, -1 behind it. */
        default long nbconSeq(Kernel k) { return Math.max(k.nbcon.seq - firstSeq(k), -1); }

        /** console_dropped as the key holds it. */
        default long consoleDropped(Kernel k) { return Math.min(k.consoleDropped, 1 << 16); }

        /** The {@code count} local of a frame whose step is {@code at}. */
        default void count(Sink w, Step at, int count) { w.put(count); }

        /**
         * Timed: clocks and stamps relative to {@code base} (0 while the scenario's absolute times still matter),
         * so a state that repeats later in time is recognised; the time differences between CPUs stay exact, as
         * they decide which CPU may step.
         */
        static Clocks relative(long base) { return new Relative().at(base); }

        /**
         * Untimed: a clock is its CPU's step count, compared only with the scenario's absolute thresholds (the
         * panic window for the trigger CPU before it panics, lhStart for a lock holder) and, through the stamp of a
         * pending interrupt, with the latency bound D_irq counted in the target's own steps. So a clock is kept up
         * to the largest threshold it can still be compared with (beyond it every comparison has the same answer),
         * and an interrupt only as its latency so far, saturated at D_irq (at D_irq it is overdue either way).
         */
        static Clocks saturated(Kernel k) { return new Untimed(k); }
    }

    /**
     * The timed view ({@link Clocks#relative}); a {@link KeyBuffer} keeps one and sets its base before each key,
     * instead of a view allocated per key.
     */
    static final class Relative implements Clocks {
        private long base;

        Relative at(long base) {
            this.base = base;
            return this;
        }

        @Override public void put(Sink w, Cpu c) {
            w.put(c.clock - base);
            if (c.pendingNmi != Cpu.NmiKind.NONE) w.put(c.nmiSent - base);
            if (c.pendingIpi) w.put(c.ipiSent - base);
        }
    }

    /**
     * The untimed view (see {@link Clocks#saturated}). Untimed, a writer may also run any number of steps while
     * the console owner waits between two of its steps, so the console's lag behind the ring buffer is unbounded
     * too; it is read only as "behind first_seq or not" (RD(seq) then returns first_seq; printk's overwrite test
     * compares first_seq >= console_seq), so it is kept saturated ({@link #floor}: at -1, one further per pending
     * CU6 increment). The gap that CU3 leaves for CU4 in the frame's count is read only as "positive or not" and
     * through the console_seq that CU4 sets from it, so it is kept as those two, the second saturated like the lag;
     * where the frame word is dead ({@link ConsoleUnlock#SLOT_A_DEAD}) it is written as 0. console_dropped is only
     * displayed (CU4 adds to it, CU9 clears it): left out.
     */
    private record Untimed(Kernel k) implements Clocks {
        @Override public void put(Sink w, Cpu c) {
            Params p = k.params;
            long bound = 0;
            if (c.id == k.triggerCpu && !c.panicked) bound = (long) p.panicAt + p.panicWindow;
            if (c.program == Cpu.Program.LOCK_HOLDER) bound = Math.max(bound, p.lhStart);
            w.put(Math.min(c.clock, bound));
            if (c.pendingNmi != Cpu.NmiKind.NONE) w.put(Math.min(c.clock - c.nmiSent, p.D_irq));
            if (c.pendingIpi) w.put(Math.min(c.clock - c.ipiSent, p.D_irq));
        }

        /**
         * first_seq as if the buffer were full: next_seq - C. Before the buffer first fills, first_seq is 0 and
         * every sequence number a step reads (console_seq, nbcon_seq, stop_seq) is at or past it, so no read is
         * behind and no store overwrites; written relative to next_seq - C, each of them is then at least
         * C - records + 1 ahead of it, so a state with the same key whose buffer is full reads none behind and
         * loses no record either, and a store moves both alike (docs/exploration.md, "The ring buffer before it
         * first fills"). So the number of records stored stays out of the key: only how far each reader is
         * from the newest record counts.
         */
        @Override public long firstSeq(Kernel k) { return k.rb.nextSeq() - k.rb.capacity(); }
        @Override public long records(Kernel k) { return k.rb.capacity(); }
        @Override public long consoleLag(Kernel k) { return Math.max(Clocks.super.consoleLag(k), floor()); }
        @Override public long consoleDropped(Kernel k) { return 0; }

        /**
         * Without NBCON nothing reads nbcon_seq (it stays 0): written as -1, where it would stand once first_seq
         * has moved, instead of a value that would count the records stored.
         */
        @Override public long nbconSeq(Kernel k) {
            return k.has(Switch.NBCON) ? Clocks.super.nbconSeq(k) : -1;
        }

        /**
         * How far behind first_seq console_seq is kept: -1 ("behind", all that CU3, CU14 and printk's overwrite test
         * read), one further per console_unlock() frame waiting at CU6, whose console_seq++ may come before the
         * next read. Saturated at -1 alone, a console one record behind and one two behind shared a key at CU6,
         * and CU6 brings the first up to date and leaves the second behind (a drop at the next CU3, or not).
         */
        private long floor() {
            long f = -1;
            for (Cpu c : k.cpus) if (c.inStep(Step.CU6)) f--;
            return f;
        }

        @Override public void count(Sink w, Step at, int count) {
            if (ConsoleUnlock.SLOT_A_DEAD.contains(at)) { w.put(0); return; }
            if (at != Step.CU4) { w.put(count); return; }
            // the console_seq CU4 sets, which CU6 then increments: one floor further down
            w.put(count > 0 ? 1 : 0).put(Math.max(k.consoleSeq + count - firstSeq(k), floor() - 1));
        }
    }

    private static void write(Kernel k, Clocks clocks, Sink w) {
        w.put(clocks.records(k));
        w.put(clocks.consoleLag(k)).put(clocks.consoleDropped(k)).put(k.semCount).put(k.semHolder);
        k.semLock.encode(w); k.ownerLock.encode(w); k.portLock.encode(w); k.gsmiLock.encode(w); k.dumpLock.encode(w);
        w.put(k.consoleOwner);
        w.put((k.consoleWaiter ? 1 : 0) | (k.consoleLocked ? 2 : 0) | (k.suppressPrintk ? 4 : 0)
                | (k.suppressPanicPrintk ? 8 : 0) | (k.cpusStopped ? 16 : 0) | (k.gsmiLogged ? 32 : 0));
        w.put(k.panicCpu).put(Math.min(k.panicConsoleDropped, k.params.T_drop + 2)).put(k.oopsInProgress);
        w.put(k.stoppingCpu).put(k.crashingCpu).put(k.waitingForCrashIpi).put(k.kexecLock);
        int d = 0;
        for (Kernel.Degradation g : DEGRADATIONS) if (k.degradations.contains(g)) d |= 1 << g.ordinal(); // no iterator per key
        w.put(d);
        // NBCON: the nbcon console's ownership word and nbcon_seq (relative to first_seq), legacy_allow_panic_sync;
        // encoded under every configuration (untouched without NBCON) so that only the configuration can differ
        k.nbcon.encode(w, clocks.nbconSeq(k));
        w.put(k.legacyAllowPanicSync ? 1 : 0);
        boolean lines = k.params.writerLines >= 0;
        for (Cpu c : k.cpus) c.encode(w, clocks, lines, k);
    }

    /**
     * The stop_seq of an nbcon flush frame (NF1-NF4), which NF3 compares with nbcon_seq. It is written like every
     * other sequence number, relative to first_seq and clamped (here at 0: a stop_seq behind first_seq is below
     * every nbcon_seq at or past first_seq), with the comparison itself as one more bit for when nbcon_seq is
     * behind first_seq too. It was once written raw while nbcon_seq was relative, so two states with one key could
     * be a record apart from the end of the flush.
     */
    static void stopSeq(Sink w, Kernel k, Clocks clocks, long stop) {
        w.put(Math.max(stop - clocks.firstSeq(k), 0)).put(k.nbcon.seq >= stop ? 1 : 0);
    }

    /**
     * In an emit frame between NE1 and NE3, whether NE3's {@code nbcon_seq_try_update(ctxt, pmsg.seq + 1)} lands
     * exactly on first_seq: with nbcon_seq one behind (the record in flight was overwritten while it was printed)
     * the console is then up to date; further behind it stays behind and the next NE1 reports a gap. The key's -1
     * for "behind" alone merged the two, and an untimed search closed a cycle no run takes (a "livelock" of
     * owner-halted under NBCON whose witness, replayed, printed on and reached kexec).
     */
    static void landing(Sink w, Kernel k, Clocks clocks) {
        w.put(k.nbcon.seq == clocks.firstSeq(k) - 1 ? 1 : 0);
    }

    public int size() { return bytes.length; }

    @Override public int hashCode() { return hash; }

    @Override public boolean equals(Object o) {
        return o instanceof StateKey s && s.hash == hash && Arrays.equals(s.bytes, bytes);
    }
}

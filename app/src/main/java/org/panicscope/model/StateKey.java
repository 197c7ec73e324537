package org.panicscope.model;

import java.util.Arrays;

/**
 * A state's identity, compactly encoded: every variable that can influence what happens next, as zig-zag varints
 * in a byte array (typically 60-120 bytes for two CPUs), with a precomputed hash.
 *
 * <p>Normalisation: clocks are relative to the earliest running CPU (once absolute times no longer matter),
 * sequence numbers relative to first_seq, panic_console_dropped saturated just past the patch-3 threshold, and the
 * writer's line count dropped when it writes forever. Two states with the same key behave the same from then on,
 * which is what makes livelock cycles finite and visible. Left out on purpose: counters kept only for display
 * (records printed) and the run's history.
 */
public final class StateKey {
    private final byte[] bytes;
    private final int hash;

    private StateKey(byte[] bytes) {
        this.bytes = bytes;
        int h = 1;
        for (byte b : bytes) h = 31 * h + b;
        this.hash = h ^ (h >>> 16);
    }

    static StateKey of(Kernel k, long timeBase) {
        Writer w = new Writer();
        write(k, timeBase, w);
        return new StateKey(w.bytes());
    }

    /**
     * A 64-bit fingerprint of the same encoding, without building it (hash compaction, as in SPIN): two different
     * states share a fingerprint with probability about 2^-64 per pair, so among n states the chance of any
     * collision is at most n^2 / 2^65 (below 3e-8 for a million states). The explorer's default; {@code --exact}
     * stores whole keys instead.
     */
    static long fingerprint(Kernel k, long timeBase) {
        Fingerprint f = new Fingerprint();
        write(k, timeBase, f);
        return f.value();
    }

    /** Where an encoding goes. */
    interface Sink {
        Sink put(long v);
    }

    private static void write(Kernel k, long timeBase, Sink w) {
        long sb = k.rb.firstSeq();
        k.rb.encode(w);
        w.put(k.consoleSeq - sb).put(Math.min(k.consoleDropped, 1 << 16)).put(k.semCount).put(k.semHolder);
        k.semLock.encode(w); k.ownerLock.encode(w); k.portLock.encode(w); k.gsmiLock.encode(w); k.dumpLock.encode(w);
        w.put(k.consoleOwner);
        w.put((k.consoleWaiter ? 1 : 0) | (k.consoleLocked ? 2 : 0) | (k.suppressPrintk ? 4 : 0)
                | (k.suppressPanicPrintk ? 8 : 0) | (k.cpusStopped ? 16 : 0) | (k.gsmiLogged ? 32 : 0));
        w.put(k.panicCpu).put(Math.min(k.panicConsoleDropped, k.params.T_drop + 2)).put(k.oopsInProgress);
        w.put(k.stoppingCpu).put(k.crashingCpu).put(k.waitingForCrashIpi).put(k.kexecLock);
        int d = 0;
        for (Kernel.Degradation g : k.degradations) d |= 1 << g.ordinal();
        w.put(d);
        // NBCON: the nbcon console's ownership word and nbcon_seq (relative to first_seq), legacy_allow_panic_sync;
        // encoded under every configuration (untouched without NBCON) so that only the configuration can differ
        k.nbcon.encode(w, sb);
        w.put(k.legacyAllowPanicSync ? 1 : 0);
        boolean lines = k.params.writerLines >= 0;
        for (Cpu c : k.cpus) c.encode(w, timeBase, lines);
    }

    public int size() { return bytes.length; }

    @Override public int hashCode() { return hash; }

    @Override public boolean equals(Object o) {
        return o instanceof StateKey s && s.hash == hash && Arrays.equals(s.bytes, bytes);
    }

    /** Mixes each value into a 64-bit state (murmur3-style rounds, fmix64 at the end). */
    static final class Fingerprint implements Sink {
        private long h = 0x243F6A8885A308D3L;
        private int n;

        @Override public Fingerprint put(long v) {
            long k = v * 0x87c37b91114253d5L;
            k = Long.rotateLeft(k, 31) * 0x4cf5ad432745937fL;
            h ^= k;
            h = Long.rotateLeft(h, 27) * 5 + 0x52dce729;
            n++;
            return this;
        }

        long value() {
            long x = h ^ n;
            x ^= x >>> 33;
            x *= 0xff51afd7ed558ccdL;
            x ^= x >>> 33;
            x *= 0xc4ceb9fe1a85ec53L;
            x ^= x >>> 33;
            return x;
        }
    }

    /** Appends zig-zag varints. */
    static final class Writer implements Sink {
        private byte[] buf = new byte[128];
        private int n;

        @Override public Writer put(long v) {
            long z = (v << 1) ^ (v >> 63);
            do {
                if (n == buf.length) buf = Arrays.copyOf(buf, n * 2);
                byte b = (byte) (z & 0x7f);
                z >>>= 7;
                buf[n++] = z != 0 ? (byte) (b | 0x80) : b;
            } while (z != 0);
            return this;
        }

        byte[] bytes() { return Arrays.copyOf(buf, n); }
    }
}

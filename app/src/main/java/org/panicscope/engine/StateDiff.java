package org.panicscope.engine;

import org.panicscope.model.Cpu;
import org.panicscope.model.Kernel;

/**
 * What one choice changed, as the trace's last column: {@code name old->new} for each shared variable of the kernel
 * ({@link Kernel#sharedValues()}) that changed, then the chosen CPU's status, spin target and IRQ
 * state. The one rule for a run's trace and for the recording's effect of each choice, on which a comparison of two
 * runs decides whether a step did the same in both.
 */
public final class StateDiff {
    private StateDiff() { }

    /** The CPU part of a state: status, what it spins on, IRQs. */
    public static String cpuState(Cpu c) {
        return c.status() + (c.spinOn() != null ? "(" + c.spinOn().label() + ")" : "") + (c.irqsOn() ? " irqs-on" : " irqs-off");
    }

    /** The changes from ({@code a}, {@code ca}) to ({@code b}, {@code cb}), in the order of the kernel's variables. */
    public static String of(String[] a, String[] b, String ca, String cb) {
        StringBuilder s = new StringBuilder();
        walk(a, b, ca, cb, s::append);
        return s.toString();
    }

    /**
     * A 64-bit fingerprint of {@link #of}'s text (FNV-1a over its characters, made without the text), 0 when
     * nothing changed: two choices with equal fingerprints made the same changes, up to a chance of 2^-64 a pair.
     */
    public static long fingerprint(String[] a, String[] b, String ca, String cb) {
        long[] h = {0xcbf29ce484222325L};
        boolean[] any = {false};
        walk(a, b, ca, cb, x -> {
            any[0] = true;
            for (int i = 0; i < x.length(); i++) { h[0] ^= x.charAt(i); h[0] *= 0x100000001b3L; }
        });
        return !any[0] ? 0 : h[0] == 0 ? 1 : h[0];
    }

    /** The pieces of the text, in order, to {@code out}. */
    private static void walk(String[] a, String[] b, String ca, String cb, java.util.function.Consumer<String> out) {
        boolean first = true;
        for (int i = 0; i < b.length; i++) {
            String old = i < a.length ? a[i] : null;
            if (b[i].equals(old)) continue;
            if (!first) out.accept(", ");
            first = false;
            out.accept(Kernel.SHARED_NAMES.get(i));
            out.accept(" ");
            out.accept(String.valueOf(old));
            out.accept("->");
            out.accept(b[i]);
        }
        if (!ca.equals(cb)) {
            if (!first) out.accept(", ");
            out.accept("cpu ");
            out.accept(ca);
            out.accept("->");
            out.accept(cb);
        }
    }
}

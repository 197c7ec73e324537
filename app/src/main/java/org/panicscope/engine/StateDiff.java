package org.panicscope.engine;

import java.util.Map;
import org.panicscope.model.Cpu;

/**
 * What one choice changed, as the trace's last column: {@code name old->new} for each shared variable of the kernel
 * ({@link org.panicscope.model.Kernel#sharedVars()}) that changed, then the chosen CPU's status, spin target and IRQ
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
    public static String of(Map<String, String> a, Map<String, String> b, String ca, String cb) {
        StringBuilder s = new StringBuilder();
        for (Map.Entry<String, String> e : b.entrySet()) {
            String old = a.get(e.getKey());
            if (!e.getValue().equals(old)) s.append(s.isEmpty() ? "" : ", ").append(e.getKey()).append(' ').append(old).append("->").append(e.getValue());
        }
        if (!ca.equals(cb)) s.append(s.isEmpty() ? "" : ", ").append("cpu ").append(ca).append("->").append(cb);
        return s.toString();
    }
}

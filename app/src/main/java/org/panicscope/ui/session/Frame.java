package org.panicscope.ui.session;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.panicscope.engine.Outcome;
import org.panicscope.model.Cpu;
import org.panicscope.model.Kernel;
import org.panicscope.recording.WaitFor;

/**
 * The state the panels show at one position: the kernel after {@code position} choices (a copy the views may keep),
 * the state one choice earlier, the names of what the last choice changed, the verdict if the run is over, and
 * what may happen next.
 */
public record Frame(int position, Kernel kernel, Kernel previous, Set<String> changed, Outcome outcome,
                    List<ChoiceOption> options, List<WaitFor> waits, String lastStep) {

    /** Every shared variable (the model's names) and per-CPU field ("cpu1.irqs") of a state. */
    public static Map<String, String> vars(Kernel k) {
        Map<String, String> m = new LinkedHashMap<>(k.sharedVars());
        for (int i = 0; i < k.cpuCount(); i++) {
            Cpu c = k.cpu(i);
            String p = "cpu" + i + ".";
            m.put(p + "status", c.status() + (c.spinOn() != null ? "(" + c.spinOn().label() + ")" : ""));
            m.put(p + "irqs", c.irqsOn() ? "on" : "off");
            m.put(p + "nmi", c.inNmi() ? "in NMI" : "-");
            m.put(p + "pending", (c.pendingNmi() != Cpu.NmiKind.NONE ? "NMI " : "") + (c.pendingIpi() ? "IPI" : ""));
            m.put(p + "pc", c.pc().id());
            m.put(p + "printk_safe", Integer.toString(c.printkSafe()));
        }
        return m;
    }

    /** The names whose value differs between two states. */
    public static Set<String> diff(Kernel before, Kernel after) {
        Set<String> s = new TreeSet<>();
        if (before == null) return s;
        Map<String, String> a = vars(before), b = vars(after);
        for (Map.Entry<String, String> e : b.entrySet()) if (!e.getValue().equals(a.get(e.getKey()))) s.add(e.getKey());
        return s;
    }

    public boolean changed(String name) { return changed.contains(name); }
    public boolean finished() { return outcome != null; }
}

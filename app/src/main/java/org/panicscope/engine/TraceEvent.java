package org.panicscope.engine;

/**
 * One line of a trace: when (the CPU's time before the step), which CPU, which step (or NMI/IPI/panic entry),
 * and what changed, as "name old->new" pairs of the shared state and of the CPU.
 */
public record TraceEvent(int index, long time, int cpu, Choice choice, String step, String function, String changes) {
    public String line() {
        return String.format("%6d  t=%-6d CPU%d  %-6s %-40s %s", index, time, cpu, step,
                function.length() > 40 ? function.substring(0, 40) : function, changes);
    }
}

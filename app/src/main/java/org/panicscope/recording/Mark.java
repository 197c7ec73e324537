package org.panicscope.recording;

/**
 * An instant on one CPU lane, with a sentence for a tooltip or a trace event: the panic starts, an NMI or REBOOT
 * IPI is sent or lands, a CPU is halted, kdump or panic() completes, a record is lost, P3 suppresses printk.
 *
 * @param t     model time: the CPU's clock before the choice (after it for HALT, KDUMP and DONE)
 * @param index the 1-based choice number (the trace's first column); a send is marked at the sending choice
 */
public record Mark(Kind kind, int cpu, long t, int index, String text) {

    public enum Kind { PANIC, NMI_SENT, NMI, IPI_SENT, IPI, HALT, KDUMP, DONE, DROP, SUPPRESS }
}

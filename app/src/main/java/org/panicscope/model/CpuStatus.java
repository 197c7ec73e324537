package org.panicscope.model;

/** What a CPU is doing, design doc §2.1. */
public enum CpuStatus {
    RUN, SPIN, HALTED, SELF_STOPPED, KDUMP, DONE;

    /** A CPU in this status can still take steps. */
    public boolean runnable() { return this == RUN || this == SPIN; }

    /** A CPU in this status will never release anything it holds. */
    public boolean stopped() { return this == HALTED || this == SELF_STOPPED; }
}

package org.panicscope.model;

/** What a CPU is doing, design doc §2.1. */
public enum CpuStatus {
    RUN(true), SPIN(true), HALTED(false), SELF_STOPPED(false), KDUMP(false), DONE(false);

    /** Asked for every CPU before every choice: a field, not two comparisons. */
    private final boolean runnable;

    CpuStatus(boolean runnable) { this.runnable = runnable; }

    /** A CPU in this status can still take steps. */
    public boolean runnable() { return runnable; }

    /** A CPU in this status will never release anything it holds. */
    public boolean stopped() { return this == HALTED || this == SELF_STOPPED; }
}

package org.panicscope.ui.state;

import org.panicscope.model.Kernel;
import org.panicscope.ui.session.Frame;

/** panic() bookkeeping (design doc §3): panic_cpu, oops_in_progress, suppress_printk, the CPU stop. */
public final class PanicCard extends StateCard {
    private final VarRow panicCpu = new VarRow("panic_cpu");
    private final VarRow oops = new VarRow("oops_in_progress");
    private final VarRow suppress = new VarRow("suppress_printk");
    private final VarRow stopped = new VarRow("cpus_stopped");
    private final VarRow waiting = new VarRow("waiting_for_crash_ipi");

    public PanicCard() {
        super("panic_cpu", "panic", "panic_cpu is claimed by cmpxchg at PN2; bust_spinlocks(1) raises oops_in_progress");
        getChildren().addAll(panicCpu, oops, suppress, stopped, waiting);
    }

    @Override public void show(Frame f) {
        Kernel k = f.kernel();
        panicCpu.show(k.panicCpu() < 0 ? "INVALID" : "CPU" + k.panicCpu(), k.panicCpu() >= 0 ? "panic in progress" : "",
                f.changed("panic_cpu"), false);
        oops.show(Integer.toString(k.oopsInProgress()), k.oopsInProgress() > 0 ? "serial drivers only try port_lock" : "",
                f.changed("oops_in_progress"), false);
        suppress.show(Boolean.toString(k.suppressPrintk()), "", f.changed("suppress_printk"), false);
        stopped.show(Boolean.toString(k.cpusStopped()), k.cpusStopped() ? "crash_smp_send_stop() done" : "", f.changed("cpus_stopped"), false);
        waiting.show(Integer.toString(k.waitingForCrashIpi()), "", f.changed("waiting_for_crash_ipi"), false);
    }
}

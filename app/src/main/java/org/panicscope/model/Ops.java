package org.panicscope.model;

/** Small helpers shared by the step functions: moving on, spinning, raw-spinlock acquisition, printk calls. */
final class Ops {
    private Ops() { }

    /** Moves to another step of the same function (a fresh phase). */
    static void goTo(Cpu c, Step next) {
        c.pc = next;
        c.phase(0);
        running(c);
    }

    static void running(Cpu c) {
        c.status = CpuStatus.RUN;
        c.spinOn = null;
    }

    /** Spin step (design doc §2.2 rule 2): the CPU stays on the same step; spinning takes time. */
    static void spin(Cpu c, Resource r) {
        c.status = CpuStatus.SPIN;
        c.spinOn = r;
        c.cost = 1;
    }

    /** One atomic test-and-set (or queued) attempt; on failure the CPU spins on the same step. */
    static boolean acquire(Kernel k, Cpu c, Resource r) {
        if (k.lock(r).tryAcquire(c.id, k.queued())) {
            running(c);
            return true;
        }
        spin(c, r);
        return false;
    }

    /** Calls printk() for a record of the given kind; the calling step resumes when it returns. */
    static void printk(Cpu c, RecordKind kind) {
        c.call(Step.PK1);
        c.set(Local.RECORD_KIND, kind.ordinal());
    }

    static boolean otherCpuInPanic(Kernel k, Cpu c) {
        return k.panicCpu != Kernel.INVALID && k.panicCpu != c.id;
    }
}

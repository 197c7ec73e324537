package org.panicscope.engine;

import org.panicscope.model.Cpu;
import org.panicscope.model.Kernel;
import org.panicscope.model.Resource;
import org.panicscope.model.SpinLock;
import org.panicscope.model.Step;

/**
 * Who ends a spinning CPU's wait (design doc §2.4: every spin records waiting_for = (resource, holder)). The one
 * rule behind the deadlock verdict ({@link Verdicts}), the app's wait-for arrows and the exported pictures, so a
 * picture never says "nobody holds it" where the verdict blames a CPU.
 */
public final class Releaser {
    /** The spin ends at the CPU's next step: the lock is free, or it was already handed to this CPU. */
    public static final int FREE = -2;
    /** Nobody can end it: console_waiter is set and no CPU owns the console or is about to hand it over. */
    public static final int NOBODY = -1;

    private Releaser() { }

    /** The CPU whose progress ends {@code c}'s spin, or {@link #FREE} or {@link #NOBODY}; FREE when it does not spin. */
    public static int of(Kernel k, Cpu c) {
        Resource r = c.spinOn();
        if (r == null) return FREE;
        if (r == Resource.CONSOLE_WAITER) {
            if (!k.consoleWaiter()) return FREE; // already handed over: the spinner leaves at its next step
            if (k.consoleOwner() != Kernel.INVALID) return k.consoleOwner();
            // SD2 cleared console_owner; the owner clears console_waiter at SD5 (console_lock_spinning_disable_and_check)
            for (int i = 0; i < k.cpuCount(); i++) {
                Step s = k.cpu(i).pc();
                if (s == Step.SD3 || s == Step.SD5) return i;
            }
            return NOBODY;
        }
        if (r == Resource.KEXEC_LOCK) {
            int h = k.kexecLockHolder();
            return h >= 0 && h != c.id ? h : FREE;
        }
        SpinLock l = k.lock(r);
        if (l == null) return FREE;
        // free, or already handed to this CPU by the queue: it leaves the spin at its next step
        return l.held() && l.holder() != c.id ? l.holder() : FREE;
    }
}

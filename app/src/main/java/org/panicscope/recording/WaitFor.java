package org.panicscope.recording;

import java.util.ArrayList;
import java.util.List;
import org.panicscope.model.Cpu;
import org.panicscope.model.CpuStatus;
import org.panicscope.model.Kernel;
import org.panicscope.model.Resource;
import org.panicscope.model.SpinLock;

/**
 * A spinning CPU and the CPU that holds what it spins on (design doc §2.4: every spin records waiting_for =
 * (resource, holder)). Read straight from the state: a raw spinlock's holder, console_owner for a spin on
 * console_waiter, the kexec lock's holder.
 */
public record WaitFor(int spinner, Resource resource, int holder, boolean holderStopped) {

    /** The CPU holding {@code r}, or -1 when nobody does (or nobody can be named). */
    public static int holderOf(Kernel k, Resource r) {
        if (r == null) return -1;
        if (r == Resource.CONSOLE_WAITER) return k.consoleOwner();
        if (r == Resource.KEXEC_LOCK) return k.kexecLockHolder();
        SpinLock l = k.lock(r);
        return l == null ? -1 : l.holder();
    }

    /** Every spinning CPU of the state with the holder it waits for. */
    public static List<WaitFor> of(Kernel k) {
        List<WaitFor> l = new ArrayList<>();
        for (int i = 0; i < k.cpuCount(); i++) {
            Cpu c = k.cpu(i);
            if (c.status() != CpuStatus.SPIN) continue;
            int h = holderOf(k, c.spinOn());
            l.add(new WaitFor(i, c.spinOn(), h, h >= 0 && k.cpu(h).status().stopped()));
        }
        return l;
    }

    public String text() {
        String who = holder < 0 ? "nobody holds it" : holder == spinner ? "handed to it" : "held by CPU" + holder + (holderStopped ? ", which is halted" : "");
        return "CPU" + spinner + " spins on " + resource.label() + ": " + who;
    }
}

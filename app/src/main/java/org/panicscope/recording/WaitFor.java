package org.panicscope.recording;

import java.util.ArrayList;
import java.util.List;
import org.panicscope.engine.Releaser;
import org.panicscope.model.Cpu;
import org.panicscope.model.CpuStatus;
import org.panicscope.model.Kernel;
import org.panicscope.model.Resource;

/**
 * A spinning CPU and the CPU that holds what it spins on (design doc §2.4: every spin records waiting_for =
 * (resource, holder)), by the engine's one rule ({@link Releaser}): a raw spinlock's holder; for console_waiter
 * the console owner, or between SD2 and SD5 the CPU about to hand over.
 *
 * @param holder a CPU, or {@link Releaser#FREE} or {@link Releaser#NOBODY}
 */
public record WaitFor(int spinner, Resource resource, int holder, boolean holderStopped) {

    /** Every spinning CPU of the state with the holder it waits for. */
    public static List<WaitFor> of(Kernel k) {
        List<WaitFor> l = new ArrayList<>();
        for (int i = 0; i < k.cpuCount(); i++) {
            Cpu c = k.cpu(i);
            if (c.status() != CpuStatus.SPIN) continue;
            int h = Releaser.of(k, c);
            l.add(new WaitFor(i, c.spinOn(), h, h >= 0 && k.cpu(h).status().stopped()));
        }
        return l;
    }

    public String text() {
        String who = holder == Releaser.FREE ? "free: it leaves the spin at its next step"
                : holder == Releaser.NOBODY ? "nobody holds it" : "held by CPU" + holder + (holderStopped ? ", which is halted" : "");
        return "CPU" + spinner + " spins on " + resource.label() + ": " + who;
    }
}

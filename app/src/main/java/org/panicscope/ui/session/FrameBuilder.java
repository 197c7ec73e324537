package org.panicscope.ui.session;

import java.util.ArrayList;
import java.util.List;
import org.panicscope.engine.Choice;
import org.panicscope.engine.Run;
import org.panicscope.model.Cpu;
import org.panicscope.model.Kernel;
import org.panicscope.recording.WaitFor;
import org.panicscope.recording.Tape;

/** Builds the {@link Frame} of a position from the run at that position and the state one choice earlier. */
final class FrameBuilder {
    private FrameBuilder() { }

    static Frame build(Tape tape, int position, Run at, Kernel previous) {
        Kernel k = at.kernel().copy();
        Choice planned = position < tape.size() ? tape.choice(position) : null;
        String last = position > 0 ? tape.log().describe(position - 1) : "start";
        return new Frame(position, k, previous, Frame.diff(previous, k), at.outcome(), options(at, planned),
                WaitFor.of(k), last);
    }

    /** Every step, pending interrupt and panic trigger, enabled or with the engine's reason why not. */
    static List<ChoiceOption> options(Run run, Choice planned) {
        List<ChoiceOption> l = new ArrayList<>();
        if (run.finished()) return l;
        Kernel k = run.kernel();
        for (int i = 0; i < k.cpuCount(); i++) {
            Cpu c = k.cpu(i);
            if (c.pendingNmi() != Cpu.NmiKind.NONE) add(l, run, Choice.nmi(i), "NMI lands on CPU" + i, planned);
            if (c.pendingIpi()) add(l, run, Choice.ipi(i), "REBOOT IPI lands on CPU" + i, planned);
        }
        int t = k.triggerCpu;
        if (!k.cpu(t).panicked() && k.cpu(t).status().runnable()) add(l, run, Choice.panic(t), "CPU" + t + " enters panic()", planned);
        for (int i = 0; i < k.cpuCount(); i++) {
            Cpu c = k.cpu(i);
            String what = c.status().runnable() ? c.pc().id() + " " + c.pc().function() : c.status().name().toLowerCase().replace('_', '-');
            add(l, run, Choice.step(i), "CPU" + i + ": " + what, planned);
        }
        if (k.params.vcpuStall > 0) for (int i = 0; i < k.cpuCount(); i++)
            if (k.cpu(i).status().runnable()) add(l, run, Choice.stall(i), "CPU" + i + " loses one time unit (vCPU stall)", planned);
        return l;
    }

    private static void add(List<ChoiceOption> l, Run run, Choice c, String label, Choice planned) {
        boolean on = run.isEnabled(c);
        l.add(new ChoiceOption(c, on, label, on ? "" : run.whyNot(c), c.equals(planned)));
    }
}

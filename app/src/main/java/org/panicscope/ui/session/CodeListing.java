package org.panicscope.ui.session;

import java.util.ArrayList;
import java.util.List;
import org.panicscope.model.Config;
import org.panicscope.model.Cpu;
import org.panicscope.model.CpuStatus;
import org.panicscope.model.Step;
import org.panicscope.model.Switch;

/**
 * The code panel of one CPU: the step list of the function it is in, in the design doc's order and with its step
 * ids, the current step, and the lines a patch adds or changes with the patch's name (and whether that patch is on
 * in the current configuration).
 */
public final class CodeListing {
    private CodeListing() { }

    /** One line of the listing. */
    public record Line(Step step, String text, String patch, boolean patchOn, boolean current) { }

    /** The listing of CPU {@code c}'s current function. */
    public static List<Line> of(Cpu c, Config config) {
        return of(c.pc(), config);
    }

    public static List<Line> of(Step pc, Config config) {
        List<Line> l = new ArrayList<>();
        for (Step s : Step.values()) {
            if (!s.function().equals(pc.function())) continue;
            l.add(new Line(s, s.text(), s.patch(), patchOn(s.patch(), config), s == pc));
        }
        return l;
    }

    /** True when one of the switches named in a step's patch label ("P2/VP/VS") is on in the configuration. */
    public static boolean patchOn(String patch, Config config) {
        if (patch == null) return false;
        for (String id : patch.split("/")) {
            try {
                if (config.has(Switch.byId(id.trim()))) return true;
            } catch (IllegalArgumentException unknown) {
                // a label that names no switch (documentation only)
            }
        }
        return false;
    }

    /** The call stack as kernel functions, outermost first, without repeats ("panic > printk > vprintk_emit"). */
    public static List<String> stack(Cpu c) {
        List<String> l = new ArrayList<>();
        for (Step s : c.stack()) {
            String f = s.function();
            if (l.isEmpty() || !l.getLast().equals(f)) l.add(f);
        }
        return l;
    }

    /** The headline of a CPU's panel: what it is doing right now. */
    public static String headline(Cpu c) {
        String st = switch (c.status()) {
            case RUN -> "running";
            case SPIN -> "spinning on " + c.spinOn().label();
            case HALTED -> "HALTED";
            case SELF_STOPPED -> "self-stopped";
            case KDUMP -> "in the kdump kernel";
            case DONE -> "panic() done";
        };
        return "CPU" + c.id + " · " + c.program.name().toLowerCase().replace('_', '-') + " · " + st
                + (c.status() == CpuStatus.HALTED || c.status() == CpuStatus.SELF_STOPPED ? " at " + c.pc().id() : "");
    }
}

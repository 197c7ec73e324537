package org.panicscope.picture;

/** The lane headers on the left: the CPU, its program, and what it is doing at the position. */
public final class HeaderPainter {
    private HeaderPainter() { }

    static void paint(TimelineSnapshot s, Viewport v, Painter p) {
        p.fillRect(0, 0, v.header(), v.height(), Tone.BACKGROUND);
        double base1 = v.ruler() * 0.42, base2 = v.ruler() * 0.80;
        // what x counts, always said (issue 11): the ruler's first row is in these units, its second row the other's
        p.text(6, base1, p.fit(v.axis().label(), TextStyle.SMALL, v.header() - 10), Tone.TEXT, TextStyle.SMALL, Painter.Align.LEFT);
        p.text(6, base2, v.timeAxis() ? "choice" : "time (10 ms)", Tone.TEXT_MUTED, TextStyle.SMALL, Painter.Align.LEFT);
        for (int c = 0; c < v.lanes(); c++) {
            double top = v.laneTop(c), h = v.laneHeight();
            p.fillRect(0, top, v.header() - 6, h, c % 2 == 0 ? Tone.LANE : Tone.LANE_ALT);
            String state = s.state(c);
            Tone st = stateTone(state);
            p.fillRect(0, top, 6, h, st);
            double fs = p.fontSize();
            double y1 = top + h / 2 - fs * 0.55, y2 = y1 + fs * 1.35, y3 = y2 + fs * 1.2;
            double avail = v.header() - 8 - 14;
            p.text(14, y1, s.title(c), Tone.TEXT, TextStyle.HEADING, Painter.Align.LEFT);
            double tw = p.textWidth(s.title(c), TextStyle.HEADING);
            p.text(14 + tw + 8, y1, p.fit(s.subtitle(c), TextStyle.SMALL, avail - tw - 8), Tone.TEXT_MUTED, TextStyle.SMALL, Painter.Align.LEFT);
            String main = state, extra = "";
            int dot = state.indexOf(" · ");
            if (dot > 0) { main = state.substring(0, dot); extra = state.substring(dot + 3); }
            p.text(14, y2, p.fit(main, TextStyle.BOLD, avail), st == Tone.ACT_WORKLOAD ? Tone.TEXT_MUTED : st == Tone.ACT_HALTED ? Tone.TEXT : st,
                    TextStyle.BOLD, Painter.Align.LEFT);
            if (!extra.isEmpty()) p.text(14, y3, p.fit(extra, TextStyle.SMALL, avail), Tone.TEXT_MUTED, TextStyle.SMALL, Painter.Align.LEFT);
        }
    }

    /** Colour of the state word: spinning, halted, done stand out; running is neutral. */
    static Tone stateTone(String state) {
        if (state.startsWith("SPIN")) return Tone.ACT_SPIN;
        if (state.startsWith("HALTED") || state.startsWith("SELF")) return Tone.ACT_HALTED;
        if (state.startsWith("KDUMP") || state.startsWith("DONE")) return Tone.ACT_FINISHED;
        if (state.startsWith("IN NMI")) return Tone.ACT_NMI;
        return Tone.ACT_WORKLOAD;
    }

    /**
     * What a CPU runs, under its number in the lane header ("writer", "lock-holder gsmi_lock · panics"): the app's
     * header and the exported picture share these words.
     */
    public static String programWords(org.panicscope.scenario.Scenario s, org.panicscope.model.Kernel k, int cpu) {
        org.panicscope.scenario.Scenario.CpuSpec spec = cpu < s.cpus().size() ? s.cpus().get(cpu) : null;
        return spec == null ? "" : spec.program().name().toLowerCase().replace('_', '-')
                + (spec.lock() != null ? " " + spec.lock().label() : "") + (cpu == k.triggerCpu ? " · panics" : "");
    }

    /** What a CPU is doing, in the lane header's words (the app's header and the exported picture share them). */
    public static String stateWords(org.panicscope.model.Cpu c) {
        String s = switch (c.status()) {
            case RUN -> c.inNmi() ? "IN NMI" : "RUN";
            case SPIN -> "SPIN " + c.spinOn().label();
            case HALTED -> "HALTED at " + c.pc().id();
            case SELF_STOPPED -> "SELF-STOPPED";
            case KDUMP -> "KDUMP kernel";
            case DONE -> "DONE";
        };
        return s + (c.status().runnable() ? (c.irqsOn() ? "" : " · IRQs off") : "");
    }
}

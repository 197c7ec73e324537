package org.panicscope.picture;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.panicscope.engine.Choice;
import org.panicscope.engine.Verdict;
import org.panicscope.model.CpuStatus;
import org.panicscope.model.Step;
import org.panicscope.recording.Arrow;
import org.panicscope.recording.Entry;
import org.panicscope.recording.Mark;
import org.panicscope.recording.Tape;

/**
 * What each CPU lane shows, as data (no drawing): segments coloured by what the CPU does, the intervals it runs
 * with IRQs off, and the marks and arrows of the recording, up to a cut-off (a replay frame). The app can use the
 * same lanes for hit-testing ({@link #segmentAt}) that the exports use for drawing.
 *
 * <p>Consecutive steps of one function on one CPU merge into one segment ({@code DRV2} ten times is one record
 * written to the serial console); a spin is its own segment. A step that costs no time has no width. After a
 * CPU stops, one segment runs to the end: halted, kdump kernel, or panic() done. At the end of a deadlock the
 * spinning CPU's last segment runs to the right edge: it would spin forever.
 */
public final class Lanes {

    public enum Kind { RUN, SPIN, STALL, HALTED, KDUMP, DONE }

    /**
     * @param forever the segment does not end: a halted CPU, or the final spin of a deadlock
     * @param steps   the distinct step ids in the segment, in order
     */
    public record Segment(int cpu, long t0, long t1, Kind kind, Tone tone, String function, String label,
                          String shortLabel, String tooltip, int firstIndex, int lastIndex, List<Step> steps,
                          boolean forever) { }

    /** Where a replay frame stops: choices up to {@code maxIndex} (1-based), time clipped at {@code maxTime}. */
    public record Cutoff(int maxIndex, long maxTime) {
        public static final Cutoff NONE = new Cutoff(Integer.MAX_VALUE, Long.MAX_VALUE);

        public boolean none() { return maxIndex == Integer.MAX_VALUE && maxTime == Long.MAX_VALUE; }

        /** The state at time {@code t}: every choice made before it. */
        public static Cutoff atTime(Tape r, long t) {
            int idx = 0;
            for (Entry e : r.entries()) { if (e.t0() < t) idx = e.index(); else if (e.t0() > t) break; }
            return new Cutoff(idx, t);
        }

        /** The state after choice {@code index}. */
        public static Cutoff afterChoice(Tape r, int index) {
            long t = 0;
            for (Entry e : r.entries()) { if (e.index() > index) break; t = Math.max(t, e.t1()); }
            return new Cutoff(index, t);
        }
    }

    public record Interval(int cpu, long t0, long t1) { }

    private final Tape rec;
    private final Cutoff cut;
    private final long end;
    private final List<List<Segment>> segments = new ArrayList<>();
    private final List<List<Interval>> irqOff = new ArrayList<>();

    /**
     * @param end the time the picture ends at (segments that never end are drawn to it)
     */
    public Lanes(Tape rec, Cutoff cut, long end) {
        this.rec = rec;
        this.cut = cut;
        this.end = end;
        for (int c = 0; c < rec.cpuCount(); c++) build(c);
    }

    public Tape recording() { return rec; }
    public List<Segment> segments(int cpu) { return segments.get(cpu); }
    public List<Interval> irqOff(int cpu) { return irqOff.get(cpu); }

    public List<Mark> marks() {
        return rec.marks().stream().filter(m -> m.index() <= cut.maxIndex() && m.t() <= cut.maxTime()).toList();
    }

    /** The arrows whose end is within the cut-off. */
    public List<Arrow> links() {
        return rec.arrows().stream().filter(l -> l.toIndex() + 1 <= cut.maxIndex() && rec.log().timeBefore(l.toIndex()) <= cut.maxTime()).toList();
    }

    /** The segment of CPU {@code cpu} covering time {@code t}, or null. */
    public Segment segmentAt(int cpu, double t) {
        for (Segment s : segments.get(cpu)) if (t >= s.t0() && t < s.t1()) return s;
        return null;
    }

    private void build(int cpu) {
        List<Segment> out = new ArrayList<>();
        List<Interval> irq = new ArrayList<>();
        Entry last = null;
        Seg cur = null;
        for (Entry e : rec.entries()) {
            if (e.index() > cut.maxIndex()) break;
            if (e.cpu() != cpu) continue;
            if (e.t0() > cut.maxTime()) break;
            last = e;
            if (e.choice().kind() != Choice.Kind.STEP && e.choice().kind() != Choice.Kind.STALL) continue;
            long t1 = Math.min(e.t1(), cut.maxTime());
            Kind k = e.choice().kind() == Choice.Kind.STALL ? Kind.STALL : e.statusAfter() == CpuStatus.SPIN ? Kind.SPIN : Kind.RUN;
            String key = k == Kind.RUN ? e.function() : k == Kind.SPIN ? e.spinOn().label() : "stall";
            if (cur != null && cur.kind == k && cur.key.equals(key) && cur.t1 == e.t0()) {
                cur.t1 = t1;
                cur.lastIndex = e.index();
                cur.steps.add(e.step());
            } else {
                if (cur != null) out.add(cur.segment(cpu, false));
                cur = new Seg(k, key, e, t1);
            }
            if (e.irqsOffAfter() && t1 > e.t0()) {
                if (!irq.isEmpty() && irq.getLast().t1() == e.t0()) irq.set(irq.size() - 1, new Interval(cpu, irq.getLast().t0(), t1));
                else irq.add(new Interval(cpu, e.t0(), t1));
            }
        }
        boolean whole = cut.none();
        long stopAt = whole ? end : cut.maxTime();
        if (cur != null) {
            boolean forever = whole && cur.kind == Kind.SPIN && rec.outcome() != null && rec.outcome().verdict() == Verdict.DL
                    && rec.finalStatus(cpu) == CpuStatus.SPIN;
            if (forever) {
                cur.t1 = Math.max(cur.t1, end);
                cur.why = " forever";
                for (Arrow l : rec.arrows())
                    if (l.kind() == Arrow.Kind.WAIT_FOR && l.fromCpu() == cpu && l.severe()) cur.why = " forever: CPU" + l.toCpu() + " is halted";
            }
            out.add(cur.segment(cpu, forever));
        }
        if (last != null && last.statusAfter() != CpuStatus.RUN && last.statusAfter() != CpuStatus.SPIN) {
            long t = last.t1();
            Kind k = switch (last.statusAfter()) { case KDUMP -> Kind.KDUMP; case DONE -> Kind.DONE; default -> Kind.HALTED; };
            String label = switch (k) {
                case KDUMP -> "kdump kernel";
                case DONE -> "panic() done";
                default -> (last.statusAfter() == CpuStatus.SELF_STOPPED ? "self-stopped" : "halted") + " at " + haltedAt(last);
            };
            Tone tone = k == Kind.HALTED ? Tone.ACT_HALTED : k == Kind.KDUMP ? Tone.ACT_FINISHED : Tone.ACT_FINISHED;
            if (stopAt > t) out.add(new Segment(cpu, t, stopAt, k, tone, "", label, k == Kind.HALTED ? "halted" : k == Kind.KDUMP ? "kdump" : "done",
                    "CPU" + cpu + ": " + label + " from t=" + t + " (" + Tape.ms(t) + ")", last.index(), last.index(), List.of(), whole));
        }
        segments.add(out);
        irqOff.add(irq);
    }

    /** Where a CPU was when it stopped: the step it was interrupted at, from the frames of its last entry. */
    private String haltedAt(Entry e) {
        Step at = e.choice().kind() == Choice.Kind.STEP || e.stack().isEmpty() ? e.step() : e.stack().getLast();
        return at.id() + " (" + at.function() + ")";
    }

    /** A segment being built. */
    private static final class Seg {
        final Kind kind;
        final String key;
        final Entry first;
        final Set<Step> steps = new LinkedHashSet<>();
        long t1;
        int lastIndex;
        String why = "";

        Seg(Kind kind, String key, Entry first, long t1) {
            this.kind = kind;
            this.key = key;
            this.first = first;
            this.t1 = t1;
            this.lastIndex = first.index();
            steps.add(first.step());
        }

        Segment segment(int cpu, boolean forever) {
            String fn = first.function();
            String label, shortLabel;
            Tone tone;
            switch (kind) {
                case SPIN -> { label = "spins on " + key + why; shortLabel = forever ? "spins forever" : "spin"; tone = Tone.ACT_SPIN; }
                case STALL -> { label = "vCPU descheduled"; shortLabel = "stall"; tone = Tone.ACT_STALL; }
                default -> { label = fn; shortLabel = shortName(fn); tone = Tone.ofFunction(fn); }
            }
            StringBuilder tip = new StringBuilder();
            for (Step s : steps) {
                if (tip.length() > 300) { tip.append(" …"); break; }
                tip.append(tip.isEmpty() ? "" : "; ").append(s.id()).append(' ').append(s.text());
            }
            StringBuilder stack = new StringBuilder();
            for (String f : first.functions()) stack.append(stack.isEmpty() ? "" : " > ").append(f);
            String tooltip = "CPU" + cpu + " " + label + ", t=" + first.t0() + "–" + t1
                    + " (" + Tape.ms(first.t0()) + "–" + Tape.ms(t1) + "), choices " + first.index() + "–" + lastIndex
                    + "\n" + tip + "\nin: " + stack;
            return new Segment(cpu, first.t0(), t1, kind, tone, fn, label, shortLabel, tooltip, first.index(), lastIndex,
                    List.copyOf(steps), forever);
        }
    }

    /** A few words for a narrow segment. */
    static String shortName(String function) {
        return switch (function) {
            case "kmsg writer" -> "echo";
            case "panic trigger" -> "sysrq";
            case "lock holder" -> "hold";
            case "vprintk_store" -> "store";
            case "serial console write" -> "write";
            case "call_console_drivers" -> "write";
            case "nmi_shootdown_cpus", "native_stop_other_cpus", "crash_smp_send_stop" -> "stop";
            case "gsmi_shutdown_reason" -> "gsmi";
            case "kmsg_dump", "pstore_dump" -> "dump";
            default -> function.length() > 8 ? function.substring(0, 7) + "…" : function;
        };
    }
}

package org.panicscope.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.panicscope.engine.Choice;
import org.panicscope.model.CpuStatus;
import org.panicscope.model.Step;
import org.panicscope.recording.Arrow;
import org.panicscope.recording.Entry;
import org.panicscope.recording.Mark;
import org.panicscope.recording.StepLog;
import org.panicscope.recording.Tape;
import org.panicscope.picture.Tone;
import org.panicscope.picture.TimelinePicture;

/**
 * Chrome trace-event JSON (the "JSON Array/Object Format" read by Perfetto UI and chrome://tracing): one process
 * per run, one thread per CPU ({@code tid} = CPU number + 1, named by {@code thread_name} metadata), complete
 * ({@code "X"}) slices for the kernel functions nested as the CPU's call stack (consecutive steps in one frame are
 * one slice; the step ids are in its args), instant ({@code "i"}) events for panic entry, NMIs and IPIs sent and
 * delivered, halts, dropped records and patch 3's suppression, and flow events ({@code "s"}/{@code "f"}) for the
 * console hand-over (SD5 to CTS9), the wait-for (spinner to holder) and NMI/IPI delivery.
 *
 * <p>Time: one model time unit is 10 ms (design doc §2.3), so a unit is 10000 µs of {@code ts}. Most steps cost
 * no model time; so that every step is still a visible, clickable slice when zoomed in, the steps a CPU takes at
 * one instant are spread over the start of that unit in the order they were made, 10 µs each (less when more
 * than 500 share an instant, so they always stay within the first half of the unit). The exact model time is in each slice's args ({@code t}).
 */
public final class TraceEvents {
    static final long UNIT_US = 10_000;
    private static final double STEP_US = 10;

    private final List<Map<String, Object>> events = new ArrayList<>();
    private int flowId;

    private TraceEvents() { }

    /** The trace object for one or more runs (a comparison gives two processes). */
    public static Map<String, Object> of(List<Tape> runs) {
        TraceEvents t = new TraceEvents();
        for (int k = 0; k < runs.size(); k++) t.run(runs.get(k), k + 1);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("traceEvents", t.events);
        root.put("displayTimeUnit", "ms");
        Map<String, Object> other = new LinkedHashMap<>();
        Tape first = runs.getFirst();
        other.put("generator", "PanicScope");
        other.put("scenario", first.scenario().id());
        other.put("timeUnit", "1 model time unit = 10 ms = 10000 us of ts; zero-cost steps are spread 10 us apart");
        for (int k = 0; k < runs.size(); k++) {
            Tape r = runs.get(k);
            other.put("run" + (k + 1), r.config().name() + ": " + TimelinePicture.verdictLine(r) + "; schedule " + r.schedule());
        }
        root.put("otherData", other);
        return root;
    }

    private void run(Tape r, int pid) {
        meta(pid, 0, "process_name", "name", r.scenario().id() + " under " + r.config().name()
                + (r.outcome() != null ? " (" + r.outcome().verdict().id() + ")" : ""));
        meta(pid, 0, "process_sort_index", "sort_index", pid);
        if (r.outcome() != null) meta(pid, 0, "process_labels", "labels", r.outcome().verdict().id() + ": " + r.outcome().reason());
        double[] ts = timestamps(r);
        double endTs = 0;
        for (int c = 0; c < r.cpuCount(); c++) {
            meta(pid, c + 1, "thread_name", "name", r.cpuLabel(c));
            meta(pid, c + 1, "thread_sort_index", "sort_index", c);
        }
        for (double v : ts) endTs = Math.max(endTs, v);
        endTs = Math.max(endTs, r.end() * UNIT_US) + UNIT_US;
        for (int c = 0; c < r.cpuCount(); c++) slices(r, pid, c, ts, endTs);
        for (Mark m : r.marks()) {
            Map<String, Object> e = event("i", pid, m.cpu() + 1, ts[m.index() - 1], label(m.kind()), "mark-" + m.kind().name().toLowerCase().replace('_', '-'));
            e.put("s", "t");
            e.put("args", args("text", m.text(), "t", m.t(), "choice", m.index()));
            events.add(e);
        }
        for (Arrow l : r.arrows()) {
            String name = switch (l.kind()) {
                case HANDOVER -> "console hand-over"; case WAIT_FOR -> "waits for"; case NMI -> "NMI"; case IPI -> "REBOOT IPI";
            };
            String cat = "flow-" + l.kind().name().toLowerCase().replace('_', '-');
            int id = ++flowId;
            Map<String, Object> s = event("s", pid, l.fromCpu() + 1, ts[l.fromIndex()], name, cat);
            s.put("id", id);
            s.put("args", Map.of("text", l.text()));
            Map<String, Object> f = event("f", pid, l.toCpu() + 1, ts[l.toIndex()], name, cat);
            f.put("id", id);
            f.put("bp", "e");
            events.add(s);
            events.add(f);
        }
    }

    /**
     * The ts (µs) of every entry: its model time, spread within the instant in the order the choices were made
     * (over all CPUs), so a flow from one CPU to another never points back in time and each CPU's steps follow
     * each other.
     */
    static double[] timestamps(Tape r) {
        StepLog l = r.log();
        double[] ts = new double[l.size()];
        Map<Long, List<Integer>> byTime = new LinkedHashMap<>();
        for (int i = 0; i < l.size(); i++) byTime.computeIfAbsent(l.timeBefore(i), k -> new ArrayList<>()).add(i);
        for (Map.Entry<Long, List<Integer>> g : byTime.entrySet()) {
            double step = Math.min(STEP_US, UNIT_US / 2.0 / g.getValue().size());
            for (int k = 0; k < g.getValue().size(); k++) ts[g.getValue().get(k)] = g.getKey() * UNIT_US + k * step;
        }
        return ts;
    }

    /** Nested X slices for one CPU: one per frame of its call stack, plus one for what it is after it stops. */
    private void slices(Tape r, int pid, int cpu, double[] ts, double endTs) {
        List<Entry> l = r.entries();
        List<Frame> open = new ArrayList<>();
        Entry last = null;
        int lastI = -1;
        for (int i = 0; i < l.size(); i++) {
            Entry e = l.get(i);
            if (e.cpu() != cpu) continue;
            List<String> fns = new ArrayList<>(e.functions());
            List<Step> steps = new ArrayList<>(e.stack());
            if (e.choice().kind() != Choice.Kind.STEP) { fns.add(e.function()); steps.add(e.step()); }
            int keep = 0;
            while (keep < open.size() && keep < fns.size() && open.get(keep).function.equals(fns.get(keep))
                    && (keep < fns.size() - 1 || e.choice().kind() == Choice.Kind.STEP)) keep++;
            // an interrupt or panic entry is never merged with what came before: it is its own slice
            if (e.choice().kind() != Choice.Kind.STEP && keep == fns.size()) keep--;
            close(open, keep, ts[i], pid, cpu);
            for (int d = keep; d < fns.size(); d++) open.add(new Frame(fns.get(d), ts[i], e));
            Frame inner = open.getLast();
            inner.steps.add(steps.getLast().id());
            inner.last = e;
            last = e;
            lastI = i;
        }
        if (last == null) return;
        CpuStatus st = last.statusAfter();
        double stopTs = last.t1() > last.t0() ? last.t1() * UNIT_US : ts[lastI] + STEP_US;
        if (st == CpuStatus.RUN || st == CpuStatus.SPIN) {
            close(open, 0, endTs, pid, cpu); // still running (or spinning forever) when the run ended
        } else {
            close(open, 0, stopTs, pid, cpu);
            String name = switch (st) {
                case KDUMP -> "kdump kernel (machine_kexec)";
                case DONE -> "panic() done";
                case SELF_STOPPED -> "self-stopped (panic_smp_self_stop)";
                default -> "halted";
            };
            Map<String, Object> x = event("X", pid, cpu + 1, stopTs, name, st == CpuStatus.KDUMP || st == CpuStatus.DONE ? Tone.ACT_FINISHED.cssClass() : Tone.ACT_HALTED.cssClass());
            x.put("dur", Math.max(endTs - stopTs, STEP_US));
            x.put("args", args("t", last.t1(), "status", st.name()));
            events.add(x);
        }
    }

    private void close(List<Frame> open, int keep, double at, int pid, int cpu) {
        while (open.size() > keep) {
            Frame f = open.removeLast();
            Map<String, Object> x = event("X", pid, cpu + 1, f.ts, f.function, Tone.ofFunction(f.function).cssClass());
            x.put("dur", Math.max(at - f.ts, 0.001));
            Map<String, Object> args = new LinkedHashMap<>();
            args.put("t", f.first.t0() == f.last.t1() ? String.valueOf(f.first.t0()) : f.first.t0() + "-" + f.last.t1());
            args.put("time", Tape.ms(f.first.t0()) + (f.last.t1() > f.first.t0() ? " - " + Tape.ms(f.last.t1()) : ""));
            args.put("choices", f.first.index() == f.last.index() ? String.valueOf(f.first.index()) : f.first.index() + "-" + f.last.index());
            if (!f.steps.isEmpty()) args.put("steps", compress(f.steps));
            Step s = Step.byId(f.steps.isEmpty() ? "" : f.steps.getFirst());
            if (s != null && s.function().equals(f.function)) args.put("first step", s.id() + ": " + s.text());
            if (f.last.statusAfter() == CpuStatus.SPIN && f.last.spinOn() != null) args.put("spins on", f.last.spinOn().label());
            x.put("args", args);
            events.add(x);
        }
    }

    /** "CTS8 CTS8 CTS8" -> "CTS8 x3". */
    private static String compress(List<String> steps) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < steps.size(); ) {
            int j = i;
            while (j < steps.size() && steps.get(j).equals(steps.get(i))) j++;
            if (b.length() > 600) { b.append(" …"); break; }
            b.append(b.isEmpty() ? "" : " ").append(steps.get(i)).append(j - i > 1 ? " x" + (j - i) : "");
            i = j;
        }
        return b.toString();
    }

    private static String label(Mark.Kind k) {
        return switch (k) {
            case PANIC -> "panic()"; case NMI_SENT -> "NMI sent"; case NMI -> "NMI"; case IPI_SENT -> "REBOOT IPI sent";
            case IPI -> "REBOOT IPI"; case HALT -> "halted"; case KDUMP -> "kdump"; case DONE -> "panic() done";
            case DROP -> "record dropped"; case SUPPRESS -> "suppress_panic_printk = 1";
        };
    }

    /** Arguments in the order written: Map.of iterates in an order that changes from one JVM run to the next. */
    private static Map<String, Object> args(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    private void meta(int pid, int tid, String name, String key, Object value) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("ph", "M");
        e.put("pid", pid);
        e.put("tid", tid);
        e.put("name", name);
        e.put("args", Map.of(key, value));
        events.add(e);
    }

    private static Map<String, Object> event(String ph, int pid, int tid, double ts, String name, String cat) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("ph", ph);
        e.put("pid", pid);
        e.put("tid", tid);
        e.put("ts", Math.round(ts * 1000) / 1000.0);
        e.put("name", name);
        e.put("cat", cat);
        return e;
    }

    private static final class Frame {
        final String function;
        final double ts;
        final Entry first;
        Entry last;
        final List<String> steps = new ArrayList<>();

        Frame(String function, double ts, Entry first) {
            this.function = function;
            this.ts = ts;
            this.first = first;
            this.last = first;
        }
    }
}

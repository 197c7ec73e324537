package org.panicscope.recording;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.panicscope.engine.Choice;
import org.panicscope.engine.Schedule;
import org.panicscope.model.Config;
import org.panicscope.model.CpuStatus;
import org.panicscope.model.Step;
import org.panicscope.model.Switch;
import org.panicscope.scenario.Scenario;

/**
 * The same scenario and schedule under two configurations, and the first point where the runs part ways, in words
 * (issue 6: "from here CPU0 returns at CTS2 instead of spinning").
 *
 * <p>Both runs are recorded exactly as {@code panicscope run} would make them, then walked side by side, choice by
 * choice. Equal entries (same choice, same step, same changes, same time) advance both. A step that one
 * configuration adds and that changes nothing (P3's VE2 check before the panic, for example) is stepped over when
 * the same CPU then goes on exactly where the other run is: it is an inserted no-op, not a divergence. The first
 * remaining difference is one of: the same choice runs a different step ({@link Kind#STEP}); the same step has a
 * different effect ({@link Kind#EFFECT}); a different choice is taken, because it is enabled in one run and not in
 * the other ({@link Kind#CHOICE}); or one run has ended while the other goes on ({@link Kind#END}).
 */
public final class Comparison {

    public enum Kind { NONE, STEP, EFFECT, CHOICE, END }

    /**
     * What one side does from the divergence on: the steps its CPU runs (repeats collapsed) and where that leads
     * ("spins at CTS8 on console_waiter", "returns to VE4 (vprintk_emit)").
     *
     * @param index the 1-based choice number of the diverging entry in this run (the trace's first column), or the
     *              run's last choice + 1 when it has ended
     */
    public record Side(Config config, int index, long time, Step step, String function, List<Step> path,
                       String outcome, String phrase) { }

    /**
     * The first divergence. {@code cpu} is the CPU the explanation follows, {@code time} the model time (the
     * earlier of the two sides), {@code context} the frames the CPU is in and the last step both runs share.
     */
    public record Divergence(Kind kind, int cpu, long time, String context, Side a, Side b, String headline,
                             String switchNote) { }

    private final Tape a;
    private final Tape b;
    private final Divergence divergence;
    private final List<Entry> noOpA = new ArrayList<>();
    private final List<Entry> noOpB = new ArrayList<>();

    private Comparison(Tape a, Tape b) {
        this.a = a;
        this.b = b;
        this.divergence = walk();
    }

    /** Records both runs (each from its own schedule: the same string unless the scenario overrides one) and compares. */
    public static Comparison of(Scenario s, Config ca, Config cb, Schedule sa, Schedule sb, boolean timed) {
        return new Comparison(Tape.replay(s, ca, sa, timed), Tape.replay(s, cb, sb, timed));
    }

    public static Comparison of(Tape a, Tape b) { return new Comparison(a, b); }

    public Tape a() { return a; }
    public Tape b() { return b; }
    public Divergence divergence() { return divergence; }
    /** Steps of A's extra switches that ran with no effect before the divergence (stepped over). */
    public List<Entry> noOpA() { return noOpA; }
    public List<Entry> noOpB() { return noOpB; }

    // ---- the walk ----------------------------------------------------------------------------------------------

    private Divergence walk() {
        List<Entry> ea = a.entries(), eb = b.entries();
        int i = 0, j = 0;
        boolean timed = a.timed() && b.timed(); // untimed, every step costs one unit: times are step counts
        while (i < ea.size() && j < eb.size()) {
            Entry x = ea.get(i), y = eb.get(j);
            if (same(x, y, timed)) { i++; j++; continue; }
            if (inserted(ea, i, y, timed)) { noOpA.add(x); i++; continue; }
            if (inserted(eb, j, x, timed)) { noOpB.add(y); j++; continue; }
            return diverge(i, j);
        }
        if (i >= ea.size() && j >= eb.size()) return null;
        return diverge(i, j);
    }

    private static boolean same(Entry x, Entry y, boolean timed) {
        return x.choice().equals(y.choice()) && x.step() == y.step() && x.sameEffect(y)
                && (!timed || (x.t0() == y.t0() && x.t1() == y.t1()));
    }

    /** {@code l[i]} is a no-op step of a patch, after which its CPU goes on with the step {@code other} runs. */
    private static boolean inserted(List<Entry> l, int i, Entry other, boolean timed) {
        Entry x = l.get(i);
        if (x.choice().kind() != Choice.Kind.STEP || x.step().patch() == null || !x.changedNothing() || (timed && x.t1() != x.t0())) return false;
        if (other.cpu() != x.cpu() || other.choice().kind() != Choice.Kind.STEP || other.step() == x.step()) return false;
        for (int k = i + 1; k < l.size(); k++) {
            if (l.get(k).cpu() == x.cpu()) return l.get(k).step() == other.step() && l.get(k).choice().kind() == Choice.Kind.STEP;
        }
        return false;
    }

    private Divergence diverge(int i, int j) {
        List<Entry> ea = a.entries(), eb = b.entries();
        Entry x = i < ea.size() ? ea.get(i) : null, y = j < eb.size() ? eb.get(j) : null;
        Kind kind;
        if (x == null || y == null) kind = Kind.END;
        else if (!x.choice().equals(y.choice())) kind = Kind.CHOICE;
        else if (x.step() != y.step()) kind = Kind.STEP;
        else kind = Kind.EFFECT;
        int cpu = x != null && y != null ? (kind == Kind.CHOICE ? choiceCpu(x, y) : x.cpu()) : (x != null ? x.cpu() : y.cpu());
        Side sa = side(a, i, cpu), sb = side(b, j, cpu);
        long time = Math.min(sa.time(), sb.time());
        String context = context(ea, i, cpu);
        String headline = switch (kind) {
            case STEP -> "From here " + "CPU" + cpu + " " + sa.phrase() + " under " + a.config().name() + "; under "
                    + b.config().name() + " it " + sb.phrase() + ".";
            case EFFECT -> "CPU" + cpu + " runs " + x.step() + " (" + x.function() + ") in both, with different effects: under "
                    + a.config().name() + " " + effect(x) + "; under " + b.config().name() + " " + effect(y) + ". From here CPU" + cpu
                    + " " + sa.phrase() + " under " + a.config().name() + "; under " + b.config().name() + " it " + sb.phrase() + ".";
            case CHOICE -> choiceHeadline(x, y, i, j);
            case END -> endHeadline(x, y);
            case NONE -> "";
        };
        return new Divergence(kind, cpu, time, context, sa, sb, headline, switchNote(x, y, previous(ea, i, cpu)));
    }

    /** The verdict a recording ends in; a run the app cut at its length cap has none. */
    private static String verdict(Tape r) { return r.outcome() == null ? "no verdict yet" : r.outcome().verdict().toString(); }

    /** For a different choice, the CPU of the choice that is special (an interrupt or panic entry) or A's. */
    private static int choiceCpu(Entry x, Entry y) {
        if (x.choice().kind() != Choice.Kind.STEP) return x.cpu();
        if (y.choice().kind() != Choice.Kind.STEP) return y.cpu();
        return x.cpu();
    }

    private String choiceHeadline(Entry x, Entry y, int i, int j) {
        String na = a.config().name(), nb = b.config().name();
        StringBuilder s = new StringBuilder("The next choice differs: under ").append(na).append(' ').append(describe(x))
                .append("; under ").append(nb).append(' ').append(describe(y)).append('.');
        if (!y.enabledBefore().contains(x.choice())) s.append(" Under ").append(nb).append(", ").append(x.choice().token())
                .append(" is not possible here: ").append(whyNot(b, j, x.choice())).append('.');
        if (!x.enabledBefore().contains(y.choice())) s.append(" Under ").append(na).append(", ").append(y.choice().token())
                .append(" is not possible here: ").append(whyNot(a, i, y.choice())).append('.');
        return s.toString();
    }

    private String endHeadline(Entry x, Entry y) {
        Tape ended = x == null ? a : b, goes = x == null ? b : a;
        Entry next = x == null ? y : x;
        return "Under " + ended.config().name() + " the run ends here (" + verdict(ended) + "); under "
                + goes.config().name() + " it goes on: " + describe(next) + ".";
    }

    private static String describe(Entry e) {
        return switch (e.choice().kind()) {
            case STEP -> "CPU" + e.cpu() + " runs " + e.step() + " (" + e.function() + ")";
            case NMI -> "the NMI lands on CPU" + e.cpu() + " (" + e.function() + ")";
            case IPI -> "the REBOOT IPI lands on CPU" + e.cpu();
            case PANIC -> "CPU" + e.cpu() + " enters panic()";
            case STALL -> "CPU" + e.cpu() + "'s vCPU is descheduled for one time unit";
        };
    }

    private static String effect(Entry e) {
        return e.changes().isEmpty() ? "nothing changes" : e.changes() + (e.t1() != e.t0() ? " (t=" + e.t0() + ")" : "");
    }

    /** Why a choice cannot be applied at entry {@code at} of a recording, from the engine (replays the prefix). */
    private static String whyNot(Tape r, int at, Choice c) {
        return r.runAt(at).whyNot(c);
    }

    /** The frames CPU {@code cpu} is in at the divergence, and the last step it ran before it (shared by both runs). */
    private static String context(List<Entry> l, int i, int cpu) {
        Entry at = null, prev = null;
        for (int k = Math.min(i, l.size() - 1); k >= 0; k--) {
            Entry e = l.get(k);
            if (e.cpu() != cpu) continue;
            if (k == i && at == null) { at = e; continue; }
            if (e.choice().kind() == Choice.Kind.STEP) { prev = e; break; }
        }
        Entry frames = at != null ? at : prev;
        if (frames == null) return "CPU" + cpu + " at the start";
        StringBuilder s = new StringBuilder("CPU").append(cpu).append(" in ");
        List<Step> st = frames.stack();
        for (int k = 0; k < st.size(); k++) {
            Step f = st.get(k);
            if (k > 0) s.append(" > ");
            s.append(f.function());
            if (k < st.size() - 1) s.append(" (").append(f.id()).append(')');
        }
        if (prev != null && at != null) s.append(", after ").append(prev.step()).append(prev.changes().isEmpty() ? "" : " (" + prev.changes() + ")");
        return s.toString();
    }

    /** Follows CPU {@code cpu} from entry {@code from} until it spins, leaves the function, stops, or the run ends. */
    private static Side side(Tape r, int from, int cpu) {
        List<Entry> l = r.entries();
        if (from >= l.size()) {
            String o = r.outcome() == null ? "the recording ends here, without a verdict"
                    : "the run has ended: " + r.outcome().verdict() + " (" + r.outcome().reason() + ")";
            return new Side(r.config(), l.size() + 1, r.end(), null, "", List.of(), o, "stops: " + o);
        }
        Entry first = l.get(from);
        int depth = first.stack().size();
        List<Step> path = new ArrayList<>();
        String outcome = null;
        for (int k = from; k < l.size() && outcome == null; k++) {
            Entry e = l.get(k);
            if (e.cpu() != cpu) continue;
            if (e.choice().kind() != Choice.Kind.STEP && k != from) { outcome = "then " + describe(e); break; }
            if (k != from && e.stack().size() < depth) { outcome = "returns to " + e.step() + " (" + e.function() + ")"; break; }
            if (path.isEmpty() || path.getLast() != e.step()) path.add(e.step());
            if (e.statusAfter() == CpuStatus.SPIN) outcome = "spins at " + e.step() + " on " + e.spinOn().label() + waitingFor(r, e);
            else if (e.statusAfter().stopped()) outcome = "is halted (" + e.function() + ")";
            else if (e.statusAfter() == CpuStatus.KDUMP) outcome = "jumps into the kdump kernel";
            else if (e.statusAfter() == CpuStatus.DONE) outcome = "completes panic()";
            else if (path.size() >= 12) outcome = "goes on";
        }
        if (outcome == null) outcome = "runs until the run ends (" + verdict(r) + ")";
        String phrase = (path.isEmpty() ? "" : "runs " + path.getFirst() + (path.size() > 1 ? " … " + path.getLast() : "") + " and ")
                + outcome;
        if (first.choice().kind() != Choice.Kind.STEP) phrase = describe(first).replaceFirst("^CPU\\d+ ", "") + ", then " + outcome;
        return new Side(r.config(), first.index(), first.t0(), first.step(), first.function(), List.copyOf(path), outcome, phrase);
    }

    private static String waitingFor(Tape r, Entry e) {
        for (Arrow k : r.arrows()) {
            if (k.kind() == Arrow.Kind.WAIT_FOR && k.fromCpu() == e.cpu() && k.fromIndex() + 1 == e.index())
                return " (waiting for CPU" + k.toCpu() + (k.severe() ? ", which is halted" : "") + ")";
        }
        return "";
    }

    /** The last step CPU {@code cpu} ran before entry {@code i} (shared by both runs), or null. */
    private static Entry previous(List<Entry> l, int i, int cpu) {
        for (int k = Math.min(i, l.size()) - 1; k >= 0; k--) {
            if (l.get(k).cpu() == cpu && l.get(k).choice().kind() == Choice.Kind.STEP) return l.get(k);
        }
        return null;
    }

    /**
     * Which switch makes the difference: one that adds or changes a differing step, else one that changes the step
     * just before it (whose outcome sent the CPU different ways, e.g. K23's FP1).
     */
    private String switchNote(Entry x, Entry y, Entry before) {
        Set<String> notes = new java.util.LinkedHashSet<>();
        for (Entry e : new Entry[] {x, y}) notes.addAll(switchNotes(e, "is switched on by"));
        if (notes.isEmpty()) notes.addAll(switchNotes(before, "ran just before and is changed by"));
        return String.join("; ", notes);
    }

    private List<String> switchNotes(Entry e, String verb) {
        List<String> notes = new ArrayList<>();
        if (e == null || e.choice().kind() != Choice.Kind.STEP || e.step().patch() == null) return notes;
        for (String id : e.step().patch().split("/")) {
            Switch sw;
            try { sw = Switch.byId(id); } catch (IllegalArgumentException ex) { continue; }
            boolean inA = a.config().has(sw), inB = b.config().has(sw);
            if (inA != inB) notes.add(e.step() + " (" + e.step().text() + ") " + verb + " " + sw.id() + ", which "
                    + (inA ? a.config().name() : b.config().name()) + " has and " + (inA ? b.config().name() : a.config().name()) + " has not");
        }
        return notes;
    }

    // ---- output ------------------------------------------------------------------------------------------------

    /** Switches only A has, and only B has. */
    public List<List<String>> switchDifference() {
        Set<String> onlyA = new TreeSet<>(), onlyB = new TreeSet<>();
        for (Switch s : a.config().switches()) if (!b.config().has(s)) onlyA.add(s.id());
        for (Switch s : b.config().switches()) if (!a.config().has(s)) onlyB.add(s.id());
        return List.of(List.copyOf(onlyA), List.copyOf(onlyB));
    }

    /** The text the command line prints: the divergence in words and both verdicts side by side. */
    public List<String> lines() {
        String na = a.config().name(), nb = b.config().name();
        int w = Math.max(na.length(), nb.length());
        List<String> out = new ArrayList<>();
        out.add(a.scenario().id() + ": " + na + " vs " + nb + " (" + (a.timed() ? "timed" : "untimed") + ")");
        String sa = scheduleText(a), sb = scheduleText(b);
        out.add(sa.equals(sb) ? "schedule: " + sa : "schedules: " + na + " \"" + sa + "\", " + nb + " \"" + sb + "\" (the scenario gives each its own)");
        List<List<String>> d = switchDifference();
        out.add("switches: " + (d.get(0).isEmpty() ? "" : na + " adds " + String.join(", ", d.get(0)) + (d.get(1).isEmpty() ? "" : "; "))
                + (d.get(1).isEmpty() ? "" : nb + " adds " + String.join(", ", d.get(1))) + (d.get(0).isEmpty() && d.get(1).isEmpty() ? "the same" : ""));
        Divergence v = divergence;
        if (v == null) {
            out.add("no divergence: both runs take the same steps with the same effects"
                    + (noOpA.size() + noOpB.size() > 0 ? " (apart from " + (noOpA.size() + noOpB.size()) + " steps of a switch that changed nothing)" : ""));
        } else {
            out.add("first divergence: choice " + v.a().index() + " under " + na + ", " + v.b().index() + " under " + nb
                    + ", t=" + v.time() + (a.timed() ? " (" + Tape.ms(v.time()) + ")" : "") + ", CPU" + v.cpu()
                    + " (" + v.kind().name().toLowerCase() + ")");
            out.add("  where: " + v.context());
            out.add("  " + pad(na, w) + ": " + sideLine(v.a()));
            out.add("  " + pad(nb, w) + ": " + sideLine(v.b()));
            if (!v.switchNote().isEmpty()) out.add("  why:   " + v.switchNote());
            out.add("  " + v.headline());
            if (!noOpA.isEmpty()) out.add("  (stepped over before it: " + noOps(noOpA) + " under " + na + ", no effect)");
            if (!noOpB.isEmpty()) out.add("  (stepped over before it: " + noOps(noOpB) + " under " + nb + ", no effect)");
        }
        out.add("verdicts:");
        out.add("  " + pad(na, w) + ": " + pad(a.outcome().verdict().id(), 4) + " - " + a.outcome().reason());
        out.add("  " + pad(nb, w) + ": " + pad(b.outcome().verdict().id(), 4) + " - " + b.outcome().reason());
        return out;
    }

    private static String sideLine(Side s) {
        if (s.step() == null) return s.outcome();
        StringBuilder p = new StringBuilder();
        for (Step st : s.path()) p.append(p.isEmpty() ? "" : " -> ").append(st.id());
        return p + ": " + s.outcome();
    }

    private static String noOps(List<Entry> l) {
        Map<Step, Integer> n = new LinkedHashMap<>();
        for (Entry e : l) n.merge(e.step(), 1, Integer::sum);
        List<String> parts = new ArrayList<>();
        n.forEach((s, c) -> parts.add(s.id() + " (" + s.patch() + ")" + (c > 1 ? " x" + c : "")));
        return String.join(", ", parts);
    }

    private static String scheduleText(Tape r) {
        String s = r.plan().toString();
        return s.isEmpty() ? "(default policy)" : s;
    }

    private static String pad(String s, int w) { return s.length() >= w ? s : s + " ".repeat(w - s.length()); }

    /** One JSON object (maps and lists) for {@code compare --json} and for the app. */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", a.scenario().id());
        m.put("configs", List.of(a.config().name(), b.config().name()));
        m.put("timed", a.timed());
        m.put("schedules", List.of(a.plan().toString(), b.plan().toString()));
        List<List<String>> d = switchDifference();
        m.put("switchesOnlyIn", List.of(d.get(0), d.get(1)));
        if (divergence == null) {
            m.put("divergence", null);
        } else {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("kind", divergence.kind().name().toLowerCase());
            v.put("cpu", divergence.cpu());
            v.put("time", divergence.time());
            v.put("context", divergence.context());
            v.put("headline", divergence.headline());
            v.put("why", divergence.switchNote());
            v.put("sides", List.of(sideJson(divergence.a()), sideJson(divergence.b())));
            v.put("steppedOver", List.of(noOpA.stream().map(e -> e.index()).toList(), noOpB.stream().map(e -> e.index()).toList()));
            m.put("divergence", v);
        }
        m.put("verdicts", List.of(verdictJson(a), verdictJson(b)));
        return m;
    }

    private static Map<String, Object> sideJson(Side s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("config", s.config().name());
        m.put("choice", s.index());
        m.put("time", s.time());
        m.put("step", s.step() == null ? null : s.step().id());
        m.put("function", s.function());
        m.put("path", s.path().stream().map(Step::id).toList());
        m.put("outcome", s.outcome());
        return m;
    }

    private static Map<String, Object> verdictJson(Tape r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("config", r.config().name());
        m.put("verdict", r.outcome().verdict().id());
        m.put("reason", r.outcome().reason());
        m.put("cause", r.outcome().cause());
        m.put("schedule", r.schedule().toString());
        m.put("stepCount", r.entries().size());
        m.put("time", r.end());
        return m;
    }
}

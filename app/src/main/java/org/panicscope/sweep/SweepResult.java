package org.panicscope.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.panicscope.engine.Explorer;
import org.panicscope.engine.Verdict;

/**
 * What a sweep found: per outcome (a verdict, and for a hang its window: {@code DL(d)}), the points where it is
 * reachable, those where it is not, those where a capped exploration leaves it open, and the flips: two points
 * next to each other on one axis (the nearest larger value there, the other axes equal) where it is reachable at
 * one and not at the other.
 */
public record SweepResult(String scenario, String config, boolean timed, List<Axis> axes, List<Sweep.Point> points, long millis) {

    /** Reachable at every point, at some, or at none (of the points whose exploration settles it). */
    public enum Reach {
        ALL("all"), SOME("some"), NONE("no");
        private final String word;
        Reach(String word) { this.word = word; }
        /** "all", "some", "no": as in "reachable at some points". */
        public String word() { return word; }
    }

    /** Two neighbouring points on {@code axis} where the outcome is reachable at exactly one of them. */
    public record Flip(String axis, Sweep.Point from, Sweep.Point to, boolean reachableAtFrom) {
        /** {@code K_dump 0 -> 1: reachable -> not}. */
        public String text() {
            return axis + " " + from.values().get(axis) + " -> " + to.values().get(axis) + (from.values().size() > 1 ? " (at " + others(from) + ")" : "")
                    + ": " + (reachableAtFrom ? "reachable -> not" : "not -> reachable");
        }

        private String others(Sweep.Point p) {
            StringBuilder b = new StringBuilder();
            p.values().forEach((k, v) -> { if (!k.equals(axis)) b.append(b.isEmpty() ? "" : ", ").append(k).append('=').append(v); });
            return b.toString();
        }
    }

    /** One outcome over the grid; {@code witness} is the shortest witness at the first point that reaches it. */
    public record OutcomeSweep(String outcome, Verdict verdict, String window, Reach reach, List<Sweep.Point> reachable,
                               List<Sweep.Point> unreachable, List<Sweep.Point> unknown, List<Flip> flips,
                               Sweep.Point witnessAt, Explorer.Witness witness) {
        /** True when the outcome is reachable at every point or at none, and no point is left open. */
        public boolean robust() { return reach != Reach.SOME && unknown.isEmpty(); }
    }

    /** The outcome key of a result's witnesses: {@code OK-K}, or {@code DL(d)} for a hang in window (d). */
    static String key(Explorer.Witness w) {
        if (!w.verdict().hang()) return w.verdict().id();
        String win = w.window();
        int close = win == null ? -1 : win.indexOf(')');
        return w.verdict().id() + "(" + (win != null && win.startsWith("(") && close > 0 ? win.substring(1, close) : win) + ")";
    }

    /** The outcomes a point reaches, by key, each with its witness. */
    static Map<String, Explorer.Witness> reached(Explorer.Result r) {
        Map<String, Explorer.Witness> m = new TreeMap<>();
        for (Map.Entry<Verdict, Explorer.Witness> e : r.outcomes().entrySet()) if (!e.getKey().hang()) m.put(key(e.getValue()), e.getValue());
        for (Explorer.Witness h : r.hangs()) m.putIfAbsent(key(h), h);
        return m;
    }

    /** The outcome keys one point reaches, in key order. */
    public static List<String> keysAt(Sweep.Point p) { return List.copyOf(reached(p.result()).keySet()); }

    /** Every outcome reached at some point, in verdict order (DL, LL, OK-K, ...), then by window. */
    public List<OutcomeSweep> outcomes() {
        Map<String, Explorer.Witness> all = new TreeMap<>((a, b) -> {
            int c = Integer.compare(verdictOf(a).ordinal(), verdictOf(b).ordinal());
            return c != 0 ? c : a.compareTo(b);
        });
        for (Sweep.Point p : points) reached(p.result()).forEach(all::putIfAbsent);
        List<OutcomeSweep> out = new ArrayList<>();
        for (Map.Entry<String, Explorer.Witness> e : all.entrySet()) out.add(summarise(e.getKey(), e.getValue()));
        return out;
    }

    /** The summary of one outcome key (also for a key reached nowhere: then NONE). */
    public OutcomeSweep outcome(String key) {
        for (OutcomeSweep o : outcomes()) if (o.outcome().equals(key)) return o;
        return summarise(key, null);
    }

    private static Verdict verdictOf(String key) {
        int p = key.indexOf('(');
        return Verdict.byId(p < 0 ? key : key.substring(0, p));
    }

    private OutcomeSweep summarise(String key, Explorer.Witness any) {
        List<Sweep.Point> yes = new ArrayList<>(), no = new ArrayList<>(), open = new ArrayList<>();
        Sweep.Point witnessAt = null;
        Explorer.Witness witness = null;
        for (Sweep.Point p : points) {
            Explorer.Witness w = reached(p.result()).get(key);
            if (w != null) {
                yes.add(p);
                if (witnessAt == null) { witnessAt = p; witness = w; }
            } else if (p.result().complete()) {
                no.add(p);
            } else {
                open.add(p);
            }
        }
        Reach reach = !yes.isEmpty() && no.isEmpty() ? Reach.ALL : yes.isEmpty() ? Reach.NONE : Reach.SOME;
        return new OutcomeSweep(key, verdictOf(key), any == null ? null : any.window(), reach, yes, no, open, flips(yes, no), witnessAt, witness);
    }

    private List<Flip> flips(List<Sweep.Point> yes, List<Sweep.Point> no) {
        List<Flip> flips = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Sweep.Point p = points.get(i);
            for (Axis a : axes) {
                Sweep.Point q = neighbour(p, a);
                if (q == null) continue;
                boolean py = yes.contains(p), qy = yes.contains(q), pn = no.contains(p), qn = no.contains(q);
                if ((py && qn) || (pn && qy)) flips.add(new Flip(a.name(), p, q, py));
            }
        }
        return flips;
    }

    /** The point with the next larger value on axis {@code a} and the same values elsewhere, or null. */
    private Sweep.Point neighbour(Sweep.Point p, Axis a) {
        int v = p.values().get(a.name());
        Sweep.Point best = null;
        for (Sweep.Point q : points) {
            int w = q.values().get(a.name());
            if (w <= v || (best != null && w >= best.values().get(a.name()))) continue;
            boolean same = true;
            for (Axis b : axes) if (b != a && !q.values().get(b.name()).equals(p.values().get(b.name()))) { same = false; break; }
            if (same) best = q;
        }
        return best;
    }

    public long states() { return points.stream().mapToLong(p -> p.result().states()).sum(); }

    public boolean complete() { return points.stream().allMatch(p -> p.result().complete()); }
}

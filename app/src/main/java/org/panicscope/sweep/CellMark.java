package org.panicscope.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.panicscope.engine.Verdict;

/**
 * What the app's matrix says about one cell (a configuration and a verdict) after a sweep: robust (every outcome
 * with that verdict is reachable at every point of the sweep or at none) or parameter-dependent, with the words for
 * the cell's tooltip: the grid, and per dependent outcome where it is reachable and where it flips.
 */
public record CellMark(boolean robust, String text) {

    /** The mark of verdict {@code v}'s cell; points are named by what differs from the sweep's first point. */
    public static CellMark of(SweepResult r, Verdict v) {
        List<SweepResult.OutcomeSweep> os = r.outcomes().stream().filter(o -> o.verdict() == v).toList();
        Map<String, Integer> own = r.points().getFirst().values();
        String grid = r.points().size() + " points around the scenario's values (" + axes(r) + ")";
        boolean robust = os.stream().allMatch(SweepResult.OutcomeSweep::robust);
        List<String> lines = new ArrayList<>();
        if (os.isEmpty()) {
            lines.add("Robust: " + v.id() + " is reachable at none of the " + grid + ".");
        } else if (robust) {
            lines.add("Robust: the same at all " + grid + ".");
            for (SweepResult.OutcomeSweep o : os) lines.add(o.outcome() + " reachable at " + (o.reach() == SweepResult.Reach.ALL ? "every point" : "none"));
        } else {
            lines.add("Depends on parameters, over " + grid + ":");
            for (SweepResult.OutcomeSweep o : os) {
                if (o.robust()) { lines.add(o.outcome() + " reachable at " + (o.reach() == SweepResult.Reach.ALL ? "every point" : "none")); continue; }
                lines.add(o.outcome() + " reachable at " + named(o.reachable(), own) + "; not at " + named(o.unreachable(), own)
                        + (o.unknown().isEmpty() ? "" : "; open (capped) at " + named(o.unknown(), own)));
                for (SweepResult.Flip f : o.flips())
                    lines.add("   flips: " + f.axis() + " " + f.from().values().get(f.axis()) + " -> " + f.to().values().get(f.axis())
                            + ": " + (f.reachableAtFrom() ? "reachable -> not" : "not -> reachable"));
            }
        }
        return new CellMark(robust, String.join("\n", lines));
    }

    /** Each point by what differs from {@code own}: "the scenario's values, K_dump=0, P=0". */
    static String named(List<Sweep.Point> ps, Map<String, Integer> own) {
        if (ps.isEmpty()) return "none";
        List<String> l = new ArrayList<>();
        for (Sweep.Point p : ps) {
            List<String> d = new ArrayList<>();
            p.values().forEach((k, x) -> { if (!x.equals(own.get(k))) d.add(k + "=" + x); });
            l.add(d.isEmpty() ? "the scenario's values" : String.join(" ", d));
        }
        return String.join(", ", l);
    }

    private static String axes(SweepResult r) {
        List<String> l = new ArrayList<>();
        for (Axis a : r.axes()) {
            List<Integer> vs = r.points().stream().map(p -> p.values().get(a.name())).distinct().sorted().toList();
            l.add(a.name() + " " + vs.stream().map(String::valueOf).reduce((x, y) -> x + "," + y).orElse(""));
        }
        return String.join("; ", l);
    }
}

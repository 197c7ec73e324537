package org.panicscope.sweep;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A sweep in words, the same for the command line and the app's tooltips: "reachable at K_dump=0; not at
 * K_dump=1..5", with the flips.
 */
public final class SweepText {
    /** Most points or flips listed by name before "and N more". */
    static final int LIST = 8;

    private SweepText() { }

    /** The points as text: ranges on a one-axis sweep ({@code K_dump=0..2, 4}), labels otherwise. */
    public static String points(List<Sweep.Point> ps) {
        if (ps.isEmpty()) return "none";
        if (ps.getFirst().values().size() == 1) {
            String name = ps.getFirst().values().keySet().iterator().next();
            List<String> runs = new ArrayList<>();
            int start = Integer.MIN_VALUE, prev = Integer.MIN_VALUE;
            for (Sweep.Point p : ps) {
                int v = p.values().get(name);
                if (v != prev + 1) {
                    if (start != Integer.MIN_VALUE) runs.add(range(start, prev));
                    start = v;
                }
                prev = v;
            }
            runs.add(range(start, prev));
            return name + "=" + String.join(", ", runs);
        }
        List<String> l = new ArrayList<>();
        for (int i = 0; i < Math.min(LIST, ps.size()); i++) l.add("{" + ps.get(i).label() + "}");
        return String.join(" ", l) + (ps.size() > LIST ? " and " + (ps.size() - LIST) + " more" : "");
    }

    private static String range(int a, int b) { return a == b ? Integer.toString(a) : a + ".." + b; }

    /** One line: "reachable at some points (2 of 6): K_dump=0..1; not at K_dump=2..5". */
    public static String reach(SweepResult.OutcomeSweep o) {
        int n = o.reachable().size() + o.unreachable().size() + o.unknown().size();
        String s = switch (o.reach()) {
            case ALL -> "reachable at all " + o.reachable().size() + " points";
            case NONE -> "reachable at no point";
            case SOME -> "reachable at some points (" + o.reachable().size() + " of " + n + "): " + points(o.reachable())
                    + "; not at " + points(o.unreachable());
        };
        if (!o.unknown().isEmpty()) s += "; left open by a capped exploration at " + points(o.unknown());
        return s;
    }

    /** The flips, "K_dump 0 -> 1: reachable -> not", at most {@link #LIST}. */
    public static List<String> flips(SweepResult.OutcomeSweep o) {
        List<String> l = new ArrayList<>();
        for (int i = 0; i < Math.min(LIST, o.flips().size()); i++) l.add(o.flips().get(i).text());
        if (o.flips().size() > LIST) l.add("and " + (o.flips().size() - LIST) + " more");
        return l;
    }

    /** The whole sweep, as {@code explore --sweep} prints it. */
    public static void print(PrintWriter out, SweepResult r) {
        out.printf("%s under %s (%s), sweep %s: %d points, %d states, %d ms%s%n", r.scenario(), r.config(),
                r.timed() ? "timed" : "untimed", String.join(",", r.axes().stream().map(Axis::toString).toList()),
                r.points().size(), r.states(), r.millis(), r.complete() ? "" : " - some explorations capped");
        for (SweepResult.OutcomeSweep o : r.outcomes()) {
            out.printf("  %-8s %s%n", o.outcome(), reach(o));
            for (String f : flips(o)) out.printf("           flips: %s%n", f);
            if (o.witness() != null && o.reach() != SweepResult.Reach.ALL)
                out.printf("           witness at %s (%d choices): %s%n", o.witnessAt().label(), o.witness().choices(), o.witness().schedule());
        }
    }
}

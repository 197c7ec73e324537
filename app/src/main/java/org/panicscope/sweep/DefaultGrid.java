package org.panicscope.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.panicscope.model.Params;
import org.panicscope.scenario.Scenario;

/**
 * The small grid the app's matrix probes each verdict on, around the scenario's own values (docs/exploration.md,
 * "Sweeps"): one parameter at a time, the others at the scenario's values: {@code K_dump} at 0 and one either side,
 * {@code K_notif} at 0 and one above, {@code P}, {@code U} and {@code W} one either side, each within its valid
 * range. The timing parameters are those the timed verdicts hang on (the writer's speed against the console, doc
 * §2.3's timing note); the printk counts are what decides whether a non-panic CPU is still printing at the stop.
 */
public final class DefaultGrid {
    private DefaultGrid() { }

    /** The axes of the grid, each spanning the values it takes. */
    public static List<Axis> axes(Scenario s) {
        List<Axis> l = new ArrayList<>();
        for (Map.Entry<String, TreeSet<Integer>> e : values(s).entrySet()) l.add(new Axis(e.getKey(), e.getValue().first(), e.getValue().last()));
        return l;
    }

    /** The points: the scenario's own, then each parameter moved alone. */
    public static List<Map<String, Integer>> points(Scenario s) {
        Map<String, Integer> own = new LinkedHashMap<>();
        for (String n : values(s).keySet()) own.put(n, Axis.own(s, n));
        List<Map<String, Integer>> pts = new ArrayList<>();
        pts.add(own);
        values(s).forEach((n, vs) -> {
            for (int v : vs) {
                if (v == own.get(n)) continue;
                Map<String, Integer> p = new LinkedHashMap<>(own);
                p.put(n, v);
                pts.add(p);
            }
        });
        return pts;
    }

    private static Map<String, TreeSet<Integer>> values(Scenario s) {
        Map<String, TreeSet<Integer>> m = new LinkedHashMap<>();
        int kDump = Axis.own(s, "K_dump"), kNotif = Axis.own(s, "K_notif");
        put(m, "K_dump", kDump, 0, kDump - 1, kDump + 1);
        put(m, "K_notif", kNotif, 0, kNotif + 1);
        for (String n : List.of("P", "U", "W")) {
            int own = Axis.own(s, n);
            put(m, n, own, own - 1, own + 1);
        }
        return m;
    }

    /** The scenario's own value and the other candidates that lie in the parameter's valid range. */
    private static void put(Map<String, TreeSet<Integer>> m, String name, int own, int... others) {
        Params.IntSpec spec = Params.INTS.get(name);
        TreeSet<Integer> vs = new TreeSet<>();
        vs.add(own);
        for (int v : others) if (v >= spec.min() && v <= spec.max()) vs.add(v);
        m.put(name, vs);
    }
}

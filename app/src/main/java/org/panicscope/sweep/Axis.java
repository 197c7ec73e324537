package org.panicscope.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.panicscope.model.Params;
import org.panicscope.scenario.Scenario;

/**
 * One axis of a parameter sweep: a scenario parameter and the whole numbers from {@code from} to {@code to}. The
 * names are those of a scenario file's {@code params} (design doc §2.3 and {@link Params#INTS}), the boolean ones
 * swept as 0..1, and {@code writers}, the number of kmsg-writer CPUs.
 */
public record Axis(String name, int from, int to) {

    /** The sweepable names besides the integer parameters: booleans as 0 (false) and 1 (true), and writers. */
    static final List<String> BOOLEANS = List.of(Params.BOOLEAN_NAMES.split(", "));
    public static final String WRITERS = "writers";

    public Axis {
        if (from > to) throw new IllegalArgumentException("sweep range " + name + "=" + from + ".." + to + " runs backwards");
    }

    public List<Integer> values() {
        List<Integer> v = new ArrayList<>();
        for (int i = from; i <= to; i++) v.add(i);
        return v;
    }

    public int size() { return to - from + 1; }

    @Override public String toString() { return from == to ? name + "=" + from : name + "=" + from + ".." + to; }

    /** Every name {@code --sweep} accepts. */
    public static String validNames() {
        return String.join(", ", Params.INTS.keySet()) + ", " + String.join(", ", BOOLEANS) + " (0..1), " + WRITERS;
    }

    /**
     * Parses {@code NAME=LO..HI[,NAME=LO..HI...]} (a single {@code NAME=V} is the range V..V).
     *
     * @throws IllegalArgumentException naming the bad item and the valid names or range
     */
    public static List<Axis> parseAll(String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("empty --sweep; write NAME=LO..HI, e.g. K_dump=0..5; valid names: " + validNames());
        Map<String, Axis> axes = new LinkedHashMap<>();
        for (String item : text.split(",", -1)) {
            Axis a = parse(item.strip());
            if (axes.put(a.name(), a) != null) throw new IllegalArgumentException("--sweep names " + a.name() + " twice");
        }
        return List.copyOf(axes.values());
    }

    static Axis parse(String item) {
        int eq = item.indexOf('=');
        if (eq <= 0) throw new IllegalArgumentException("bad --sweep item '" + item + "': write NAME=LO..HI, e.g. K_dump=0..5; valid names: " + validNames());
        String name = item.substring(0, eq).strip();
        String range = item.substring(eq + 1).strip();
        int[] bounds = bounds(name);
        if (bounds == null) throw new IllegalArgumentException("unknown sweep parameter '" + name + "'; valid names: " + validNames());
        int dots = range.indexOf("..");
        int lo, hi;
        try {
            lo = Integer.parseInt(dots < 0 ? range : range.substring(0, dots).strip());
            hi = dots < 0 ? lo : Integer.parseInt(range.substring(dots + 2).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad sweep range '" + item + "': write " + name + "=LO..HI with whole numbers in " + bounds[0] + ".." + bounds[1]);
        }
        if (lo > hi) throw new IllegalArgumentException("bad sweep range '" + item + "': " + lo + " is above " + hi);
        if (lo < bounds[0] || hi > bounds[1])
            throw new IllegalArgumentException("sweep range '" + item + "' leaves " + name + "'s range " + bounds[0] + ".." + bounds[1]);
        return new Axis(name, lo, hi);
    }

    /** The valid range of a sweepable name, or null if it is none. */
    static int[] bounds(String name) {
        Params.IntSpec spec = Params.INTS.get(name);
        if (spec != null) return new int[] {spec.min(), spec.max()};
        if (BOOLEANS.contains(name)) return new int[] {0, 1};
        if (name.equals(WRITERS)) return new int[] {0, org.panicscope.scenario.ScenarioLoader.MAX_CPUS - 1};
        return null;
    }

    /** The scenario with this axis's parameter set to {@code value}. */
    Scenario apply(Scenario s, int value) {
        if (name.equals(WRITERS)) return Writers.with(s, value);
        return s.withParam(name, BOOLEANS.contains(name) ? (Object) (value != 0) : (Object) value);
    }

    /** The scenario's own value of a sweepable name. */
    static int own(Scenario s, String name) {
        if (name.equals(WRITERS)) return Writers.count(s);
        Object v = s.params().asMap().get(name);
        return v instanceof Boolean b ? (b ? 1 : 0) : (Integer) v;
    }
}

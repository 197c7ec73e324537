package org.panicscope.scenario;

import java.util.List;
import java.util.Map;
import org.panicscope.model.Config;
import org.panicscope.model.Params;

/**
 * The checks of {@code params} and of configuration names: a parameter's JSON type here (whole number, true/false,
 * one of a few lower-case names), its range in {@link Params}, and configurations by {@link Config}'s grammar,
 * with "did you mean" hints for near misses.
 */
public final class ParamChecks {
    private ParamChecks() { }

    static Params params(Checks c, Json.Obj o, Map<String, Object> settings) {
        Params p = Params.defaults();
        Json.Node n = o.members().get("params");
        if (n == null) return p;
        if (!(n instanceof Json.Obj po)) { c.problem(n, "field `params` must be an object of parameter -> value, not " + n.describe()); return null; }
        List<String> names = List.of(Params.allNames().split(", "));
        boolean ok = true;
        for (Map.Entry<String, Json.Node> e : po.members().entrySet()) {
            String key = e.getKey();
            Json.Node v = e.getValue();
            if (!names.contains(key)) {
                String h = Hints.closest(key, names);
                c.problemAtKey(po, key, "unknown parameter " + Json.quote(key)
                        + (h != null ? "; did you mean `" + h + "`?" : "; valid parameters: " + Params.allNames()));
                ok = false;
                continue;
            }
            Params.IntSpec spec = Params.INTS.get(key);
            String bad = paramTypeProblem(key, spec, v);
            if (bad != null) {
                c.problem(v, bad);
                ok = false;
                continue;
            }
            Object value = switch (v) {
                case Json.Num num -> num.value().intValue();
                case Json.Bool b -> b.value();
                case Json.Str s -> s.value();
                default -> throw new IllegalStateException("checked above");
            };
            try {
                p = p.with(key, value);
                settings.put(key, value);
            } catch (IllegalArgumentException ex) {
                c.problem(v, ex.getMessage()); // out of range, with the range and the meaning
                ok = false;
            }
        }
        return ok ? p : null;
    }

    /** The values of the parameters that take a name (design doc §2.2, §6.1b, §6.5), as a file writes them. */
    static final Map<String, List<String>> ENUM_PARAMS = Map.of(
            "dumpPolicy", List.of("spin", "try", "bust"),
            "lockKind", List.of("queued", "tas"),
            "panicVia", List.of("sysrq", "nmi"));

    /** Null when the JSON type fits the parameter (its range is Params' to check), else the message. */
    private static String paramTypeProblem(String key, Params.IntSpec spec, Json.Node v) {
        if (spec != null) {
            if (v instanceof Json.Num num && num.integral()) {
                if (num.value() != null && num.value() >= Integer.MIN_VALUE && num.value() <= Integer.MAX_VALUE) return null;
                return "parameter " + key + " = " + Json.clip(num.text(), 40) + " is out of range " + spec.min() + ".." + spec.max() + " (" + spec.meaning() + ")";
            }
            return "parameter " + key + " must be a whole number from " + spec.min() + " to " + spec.max() + ", not " + v.describe();
        }
        List<String> names = ENUM_PARAMS.get(key);
        if (names == null) return v instanceof Json.Bool ? null : "parameter " + key + " must be true or false, not " + v.describe();
        if (!(v instanceof Json.Str s)) return "parameter " + key + " must be one of " + String.join(", ", names) + ", not " + v.describe();
        if (names.contains(s.value())) return null; // exactly as written: the schema and the docs list lower case
        return "parameter " + key + " = " + Json.quote(s.value()) + " is not one of " + String.join(", ", names) + Checks.hint(s.value(), names);
    }

    static String config(Checks c, Json.Obj o) {
        Json.Node n = o.members().get("config");
        if (n == null) return null;
        if (!(n instanceof Json.Str s)) { c.problem(n, "field `config` must be a string such as \"FINAL\" or \"FINAL+FX-TRYLOCK\", not " + n.describe()); return null; }
        String msg = configProblem(s.value());
        if (msg != null) { c.problem(n, msg); return null; }
        return s.value();
    }

    /** Null when {@code c} is a configuration written as it must be, else the message (with a hint). */
    public static String configProblem(String c) {
        try {
            Config parsed = Config.parse(c);
            if (!parsed.name().equals(c)) return "configuration " + Json.quote(c) + " has blanks around it; write `" + parsed.name() + "`";
            return null;
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            if (m.startsWith("unknown switch '")) {
                String sw = m.substring("unknown switch '".length(), m.indexOf('\'', "unknown switch '".length()));
                List<String> ids = java.util.Arrays.stream(org.panicscope.model.Switch.values()).map(org.panicscope.model.Switch::id).toList();
                String h = Hints.closest(sw, ids);
                return "unknown switch " + Json.quote(sw) + " in configuration " + Json.quote(c)
                        + (h != null ? "; did you mean `" + h + "`?" : "; valid switches: " + String.join(", ", ids));
            }
            String head = c.trim().split("[+-]", 2)[0];
            String h = Hints.closest(head, Config.namedIds());
            return "unknown configuration " + Json.quote(c.isBlank() ? c : head)
                    + (h != null ? "; did you mean `" + h + "`?" : "; valid configurations: " + String.join(", ", Config.namedIds()));
        }
    }
}

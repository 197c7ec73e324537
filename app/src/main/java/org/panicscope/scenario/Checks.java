package org.panicscope.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What every check of a file the app reads shares (scenarios, lessons, talks): the problems found so far, and the
 * messages for common mistakes.
 */
public class Checks {
    protected final List<Problem> problems = new ArrayList<>();

    public List<Problem> problems() { return problems; }

    public void problem(Json.Node at, String msg) { problems.add(new Problem(at.line(), at.col(), msg)); }
    public void problemAtKey(Json.Obj o, String key, String msg) {
        int[] at = o.keys().get(key);
        problems.add(new Problem(at[0], at[1], msg));
    }

    public void unknownFields(Json.Obj o, Set<String> valid, String where) {
        for (String k : o.keys().keySet()) {
            if (valid.contains(k)) continue;
            String hint = Hints.closest(k, valid);
            problemAtKey(o, k, "unknown field " + Json.quote(k) + where
                    + (hint != null ? "; did you mean `" + hint + "`?" : "; valid fields: " + String.join(", ", new TreeSet<>(valid))));
        }
    }

    /** A string field; {@code required} fields that are missing are reported at the object's opening brace. */
    public String text(Json.Obj o, String field, boolean required) {
        Json.Node n = o.members().get(field);
        if (n == null) {
            if (required) problem(o, "missing field `" + field + "`");
            return null;
        }
        if (!(n instanceof Json.Str s)) {
            problem(n, "field `" + field + "` must be a string, not " + n.describe());
            return null;
        }
        if (required && s.value().isBlank()) problem(n, "field `" + field + "` is empty");
        if (s.value().length() > ScenarioLoader.MAX_TEXT)
            problem(n, "field `" + field + "` is " + s.value().length() + " characters long; at most " + ScenarioLoader.MAX_TEXT);
        return s.value();
    }

    public static String hintOrList(String bad, List<String> valid, String what) {
        String h = hint(bad, valid);
        return h.isEmpty() ? "; valid " + what + ": " + String.join(", ", valid) : h;
    }

    public static String hint(String bad, java.util.Collection<String> valid) {
        String h = Hints.closest(bad, valid);
        return h == null || h.equals(bad) ? "" : "; did you mean `" + h + "`?";
    }
}

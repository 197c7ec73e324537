package org.panicscope.scenario;

import java.util.Arrays;
import java.util.List;
import org.panicscope.engine.Schedule;
import org.panicscope.model.Step;

/**
 * Checks a schedule string inside a scenario file and points each problem at the exact column of the bad token
 * in the file (the string's own position, plus its opening quote and the raw width of any escapes before the
 * token). After a bad token it resumes at the next blank or comma, so one string with several bad tokens gets
 * one line for each (at most {@link #MAX_PER_STRING}); inside a final cycle {@code (...)*} it stops at the first.
 */
public final class ScheduleText {
    static final int MAX_PER_STRING = 10;
    private static final List<String> STEP_IDS = Arrays.stream(Step.values()).map(Step::id).toList();

    private ScheduleText() { }

    /**
     * Problems of one schedule string are added to {@code out}; returns the parsed schedule, or null if bad.
     * {@code where} is appended to messages (empty for the main schedule, " (schedule for FINAL)" for overrides).
     */
    public static Schedule check(String text, Json.Str node, String where, List<Problem> out) {
        String v = node.value();
        if (v.length() > ScenarioLoader.MAX_SCHEDULE) {
            out.add(new Problem(node.line(), node.col(), "the schedule" + where + " is " + v.length()
                    + " characters long; at most " + ScenarioLoader.MAX_SCHEDULE));
            return null;
        }
        Schedule result = null;
        int from = 0, found = 0;
        while (true) {
            try {
                Schedule s = Schedule.parse(v.substring(from));
                if (found == 0) result = s;
                break;
            } catch (Schedule.SyntaxError e) {
                int at = Math.min(v.length(), from + e.column() - 1);
                out.add(new Problem(node.line(), Json.columnInside(text, node, at), message(v, at, e.reason(), where)));
                if (++found >= MAX_PER_STRING || v.lastIndexOf('(', at - 1) >= 0) break;
                int next = at;
                while (next < v.length() && !separator(v.charAt(next))) next++;
                if (next >= v.length()) break;
                from = next;
            }
        }
        return result;
    }

    /** The 1-based file column of schedule item {@code item} (as numbered by the replay engine) in the string. */
    static int itemColumn(String text, Json.Str node, int item) {
        try {
            List<Integer> starts = Schedule.itemOffsets(node.value());
            return item >= 0 && item < starts.size() ? Json.columnInside(text, node, starts.get(item)) : node.col();
        } catch (IllegalArgumentException e) {
            return node.col();
        }
    }

    private static String message(String v, int at, String reason, String where) {
        String token = token(v, at);
        if (reason.startsWith("unknown step id")) {
            String id = reason.substring(reason.indexOf('\'') + 1, reason.lastIndexOf('\''));
            String hint = Hints.closest(id, STEP_IDS);
            return "unknown step id " + Json.quote(id) + " in schedule token " + Json.quote(token) + where
                    + (hint != null ? "; did you mean `" + hint + "`?" : "; step ids are those of the code panels and `panicscope run --trace` (e.g. CU9, PN8, DT2)");
        }
        if (token.isEmpty()) return "bad schedule" + where + ": " + reason;
        return "bad schedule token " + Json.quote(token) + where + ": " + reason;
    }

    /** The whole token around position {@code at}: up to the blanks, commas or parentheses on either side. */
    private static String token(String v, int at) {
        int a = Math.min(at, v.length()), b = a;
        while (a > 0 && !boundary(v.charAt(a - 1))) a--;
        while (b < v.length() && !boundary(v.charAt(b))) b++;
        return v.substring(a, b);
    }

    private static boolean separator(char c) { return Character.isWhitespace(c) || c == ','; }
    private static boolean boundary(char c) { return separator(c) || c == '(' || c == ')'; }
}

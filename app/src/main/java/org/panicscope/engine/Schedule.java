package org.panicscope.engine;

import java.util.ArrayList;
import java.util.List;
import org.panicscope.model.Step;

/**
 * A schedule string, parsed (grammar in docs/schedule.md):
 * <pre>
 *   schedule := item*            items separated by blanks or commas (optional between tokens)
 *   item     := token ['*' N]    token repeated N times
 *             | D '@' STEP       CPU D steps until it is about to run STEP (e.g. 1@CU9)
 *             | '(' item* ')*'   the last item only: repeat forever (a livelock witness's cycle)
 *   token    := D | 'n' D | 'i' D | 'p' D | 's' D   step / NMI lands / REBOOT IPI lands / panic() entered /
 *                                                  vCPU descheduled for one time unit, on CPU D
 * </pre>
 * After the last item the engine goes on with its default policy (docs/schedule.md) until a verdict.
 * A leading {@code untimed:} says the run uses pure interleaving instead of the timed semantics (see {@link Run}),
 * so that a witness found without time costs replays exactly from its string alone.
 */
public record Schedule(List<Item> items, List<Item> cycle, boolean untimed) {

    /** One item: a choice repeated, or "run CPU until it reaches a step". */
    public record Item(Choice choice, int repeat, Step until) {
        public String text() {
            if (until != null) return choice.cpu() + "@" + until.id();
            return repeat == 1 ? choice.token() : choice.token() + "*" + repeat;
        }
    }

    public static final Schedule EMPTY = new Schedule(List.of(), List.of(), false);
    public static final String UNTIMED = "untimed:";

    public Schedule(List<Item> items, List<Item> cycle) { this(items, cycle, false); }

    /** The same schedule, marked timed or untimed. */
    public Schedule withUntimed(boolean u) { return new Schedule(items, cycle, u); }

    public Schedule {
        items = List.copyOf(items);
        cycle = List.copyOf(cycle);
    }

    public boolean isEmpty() { return items.isEmpty() && cycle.isEmpty(); }

    /** Parses a schedule; a malformed one throws {@link SyntaxError} naming the column and the bad text. */
    public static Schedule parse(String text) {
        if (text == null) return EMPTY;
        Parser p = new Parser(text);
        return p.schedule();
    }

    /**
     * Where each item of a well-formed schedule starts in {@code text} (0-based), the items first and then the
     * cycle's, in the order of {@link #items()} and {@link #cycle()}: lets a scenario file point at a token.
     */
    public static List<Integer> itemOffsets(String text) {
        Parser p = new Parser(text);
        p.schedule();
        return List.copyOf(p.starts);
    }

    /** A malformed schedule: {@code column} is 1-based within the schedule string, {@code reason} says what is wrong. */
    public static final class SyntaxError extends IllegalArgumentException {
        private final int column;
        private final String reason;

        SyntaxError(String text, int column, String reason) {
            super("bad schedule at column " + column + ": " + reason + " in \"" + Echo.around(text, column - 1) + "\"");
            this.column = column;
            this.reason = reason;
        }

        public int column() { return column; }
        public String reason() { return reason; }
    }

    /** Compresses a list of choices into a schedule (runs of the same token become {@code t*N}). */
    public static Schedule of(List<Choice> choices) {
        return of(choices, List.of());
    }

    public static Schedule of(List<Choice> choices, List<Choice> cycle) {
        return new Schedule(compress(choices), compress(cycle));
    }

    private static List<Item> compress(List<Choice> choices) {
        List<Item> out = new ArrayList<>();
        for (Choice c : choices) {
            if (!out.isEmpty() && out.getLast().choice.equals(c) && out.getLast().until == null) {
                out.set(out.size() - 1, new Item(c, out.getLast().repeat + 1, null));
            } else {
                out.add(new Item(c, 1, null));
            }
        }
        return out;
    }

    @Override public String toString() {
        StringBuilder b = new StringBuilder();
        for (Item i : items) b.append(b.isEmpty() ? "" : " ").append(i.text());
        if (!cycle.isEmpty()) {
            b.append(b.isEmpty() ? "(" : " (");
            for (int i = 0; i < cycle.size(); i++) b.append(i == 0 ? "" : " ").append(cycle.get(i).text());
            b.append(")*");
        }
        return untimed ? (b.isEmpty() ? UNTIMED : UNTIMED + " " + b) : b.toString();
    }

    private static final class Parser {
        private final String s;
        private final List<Integer> starts = new ArrayList<>();
        private int i;

        Parser(String s) { this.s = s; }

        Schedule schedule() {
            List<Item> items = new ArrayList<>();
            List<Item> cycle = List.of();
            skip();
            boolean untimed = s.startsWith(UNTIMED, i);
            if (untimed) { i += UNTIMED.length(); skip(); }
            while (i < s.length()) {
                if (s.charAt(i) == '(') {
                    int open = i++;
                    List<Item> body = new ArrayList<>();
                    skip();
                    while (i < s.length() && s.charAt(i) != ')') { body.add(item()); skip(); }
                    if (i >= s.length()) throw error(open, "'(' is never closed: a cycle is written (...)*");
                    i++;
                    if (i >= s.length() || s.charAt(i) != '*') throw error(i, "a cycle must end with ')*'");
                    i++;
                    skip();
                    if (body.isEmpty()) throw error(open, "the cycle is empty");
                    if (i < s.length()) throw error(i, "nothing may follow the cycle (...)*");
                    cycle = body;
                    break;
                }
                items.add(item());
                skip();
            }
            return new Schedule(items, cycle, untimed);
        }

        private Item item() {
            int start = i;
            starts.add(start);
            char ch = s.charAt(i);
            Choice.Kind kind = switch (ch) {
                case 'n' -> Choice.Kind.NMI;
                case 'i' -> Choice.Kind.IPI;
                case 'p' -> Choice.Kind.PANIC;
                case 's' -> Choice.Kind.STALL;
                default -> Choice.Kind.STEP;
            };
            if (kind != Choice.Kind.STEP) i++;
            if (i >= s.length() || !Echo.asciiDigit(s.charAt(i)))
                throw error(start, "expected a CPU digit 0-9" + (kind == Choice.Kind.STEP ? " or n/i/p/s followed by one" : " after '" + Echo.character(ch) + "'")
                        + ", found " + (i < s.length() ? "'" + Echo.character(s.codePointAt(i)) + "'" : "the end"));
            int cpu = s.charAt(i++) - '0';
            Choice c = new Choice(kind, cpu);
            if (i < s.length() && s.charAt(i) == '@') {
                if (kind != Choice.Kind.STEP) throw error(start, "only a plain CPU step can run until a step id (write " + cpu + "@STEP)");
                i++;
                int idStart = i;
                while (i < s.length() && asciiLetterOrDigit(s.charAt(i))) i++;
                String id = s.substring(idStart, i);
                if (id.isEmpty()) throw error(idStart, "expected a step id after '@' (e.g. " + cpu + "@CU9)");
                Step step = Step.byId(id);
                if (step == null) throw error(idStart, "unknown step id '" + Echo.of(id) + "'");
                return new Item(c, 1, step);
            }
            int repeat = 1;
            if (i < s.length() && s.charAt(i) == '*' && (i + 1 >= s.length() || s.charAt(i + 1) != ')')) {
                i++;
                int numStart = i;
                while (i < s.length() && Echo.asciiDigit(s.charAt(i))) i++;
                if (numStart == i) throw error(numStart, "expected a repeat count 1-9999999 after '*'");
                int significant = numStart;
                while (significant < i - 1 && s.charAt(significant) == '0') significant++; // 0*007 is 7
                if (i - significant > 7) throw error(numStart, "repeat count too large (at most 9999999)");
                repeat = Integer.parseInt(s, significant, i, 10);
                if (repeat < 1) throw error(numStart, "repeat count must be at least 1");
            }
            return new Item(c, repeat, null);
        }

        private static boolean asciiLetterOrDigit(char c) {
            return Echo.asciiDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        }

        private void skip() {
            while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == ',')) i++;
        }

        private SyntaxError error(int col, String msg) {
            return new SyntaxError(s, col + 1, msg);
        }
    }
}

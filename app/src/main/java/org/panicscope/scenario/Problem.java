package org.panicscope.scenario;

/**
 * One problem in a scenario file, at a line and column (1-based; columns count characters as an editor does).
 * A message is always one line: control and invisible characters from the file are shown escaped, and a very
 * long message is cut in the middle.
 */
public record Problem(int line, int col, String message) {
    static final int MAX_MESSAGE = 600;

    public Problem {
        message = oneLine(message);
    }

    public String format(String file) { return file + ":" + line + ":" + col + ": " + message; }

    private static String oneLine(String m) {
        String s = Json.clip(m, Integer.MAX_VALUE);
        if (s.length() <= MAX_MESSAGE) return s;
        return s.substring(0, MAX_MESSAGE / 2) + " … " + s.substring(s.length() - MAX_MESSAGE / 2);
    }
}

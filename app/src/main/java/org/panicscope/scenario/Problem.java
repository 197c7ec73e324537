package org.panicscope.scenario;

/** One problem in a scenario file, at a line and column (1-based). */
public record Problem(int line, int col, String message) {
    public String format(String file) { return file + ":" + line + ":" + col + ": " + message; }
}

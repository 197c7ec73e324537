package org.panicscope.engine;

/**
 * Input echoed in a message, made safe to print: control characters (a terminal escape, a newline, a tab, a
 * Unicode direction override) are written as {@code \n}, {@code \t} or {@code \u001b}, and long input is cut to a
 * readable excerpt around the place the message is about, marked with "…". A message keeps naming the column in
 * the user's own input; the excerpt only shows what is there.
 */
public final class Echo {
    /** The most characters of input a message shows. */
    public static final int MAX = 60;

    private Echo() { }

    /** The start of {@code s}, escaped, at most {@value #MAX} characters of it. */
    public static String of(String s) {
        return around(s, 0);
    }

    /** An excerpt of {@code s} around the 0-based offset {@code at}, escaped. */
    public static String around(String s, int at) {
        if (s == null) return "";
        int from = 0, to = s.length();
        if (to > MAX) {
            from = Math.max(0, Math.min(at - MAX / 3, s.length() - MAX));
            to = Math.min(s.length(), from + MAX);
        }
        if (from > 0 && Character.isLowSurrogate(s.charAt(from))) from++;
        if (to < s.length() && to > 0 && Character.isHighSurrogate(s.charAt(to - 1))) to--;
        StringBuilder b = new StringBuilder(to - from + 8);
        if (from > 0) b.append('…');
        escape(s, from, to, b);
        if (to < s.length()) b.append('…');
        return b.toString();
    }

    /**
     * A whole message made safe to print: control characters escaped, line breaks kept (a scenario file's problems
     * are one per line). The last line of defence where messages are printed; the parts of a message that echo
     * input are cut with {@link #around} where they are made.
     */
    public static String message(String m) {
        if (m == null) return "";
        StringBuilder b = new StringBuilder(m.length());
        int start = 0;
        for (int nl; (nl = m.indexOf('\n', start)) >= 0; start = nl + 1) {
            escape(m, start, nl, b);
            b.append('\n');
        }
        escape(m, start, m.length(), b);
        return b.toString();
    }

    /** One character (a code point) as a message shows it: itself, or its escape. */
    public static String character(int cp) {
        StringBuilder b = new StringBuilder();
        String s = new String(Character.toChars(cp));
        escape(s, 0, s.length(), b);
        return b.toString();
    }

    private static void escape(String s, int from, int to, StringBuilder b) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\n') b.append("\\n");
            else if (c == '\r') b.append("\\r");
            else if (c == '\t') b.append("\\t");
            else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || invisible(c)) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
    }

    /** Format characters (direction overrides, zero-width joiners) and line separators change how text reads. */
    private static boolean invisible(char c) {
        int t = Character.getType(c);
        return t == Character.FORMAT || t == Character.LINE_SEPARATOR || t == Character.PARAGRAPH_SEPARATOR;
    }

    /** Whether {@code c} is one of the ASCII digits 0-9 (Character.isDigit also takes ٣ and ３). */
    public static boolean asciiDigit(int c) {
        return c >= '0' && c <= '9';
    }
}

package org.panicscope.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * A JSON tree that remembers where each value stood (line and column), read with Jackson's streaming parser so
 * that every error in a scenario file can name its place. Nothing in the input chooses a Java type (no data
 * binding, no polymorphic typing); Jackson's read constraints bound the nesting, the sizes of strings, names and
 * numbers, the document length and the token count, so a hostile file costs at most linear time.
 */
public final class Json {
    private Json() { }

    /** A value with its position (1-based line and column of its first character). */
    public sealed interface Node permits Obj, Arr, Str, Num, Bool, Null {
        int line();
        int col();

        /** What kind of value this is, for "must be X, not Y" messages. */
        default String type() {
            return switch (this) {
                case Obj o -> "an object";
                case Arr a -> "an array";
                case Str s -> "a string";
                case Num n -> "a number";
                case Bool b -> "true/false";
                case Null n -> "null";
            };
        }

        /** The value itself as a message shows it: {@code the number 2.5}, {@code the string "x"}, {@code an object}. */
        default String describe() {
            return switch (this) {
                case Obj o -> o.members().isEmpty() ? "an empty object {}" : "an object";
                case Arr a -> a.items().isEmpty() ? "an empty array []" : "an array";
                case Str s -> "the string " + quote(s.value());
                case Num n -> "the number " + clip(n.text(), 40);
                case Bool b -> String.valueOf(b.value());
                case Null n -> "null";
            };
        }
    }

    /** An object; {@code keys} keeps each member name's own position. */
    public record Obj(Map<String, Node> members, Map<String, int[]> keys, int line, int col) implements Node { }
    public record Arr(List<Node> items, int line, int col) implements Node { }
    /** A string; {@code offset} is the character offset of its opening quote in the text (for columns inside it). */
    public record Str(String value, int line, int col, long offset) implements Node { }
    /** A number; {@code integral} is false for fractions and exponents, {@code value} is null when out of long range. */
    public record Num(Long value, boolean integral, String text, int line, int col) implements Node { }
    public record Bool(boolean value, int line, int col) implements Node { }
    public record Null(int line, int col) implements Node { }

    /** A syntax error or a broken read limit, with its position. */
    public static final class SyntaxError extends Exception {
        public final int line;
        public final int col;
        public SyntaxError(String msg, int line, int col) {
            super(msg);
            this.line = line;
            this.col = col;
        }
    }

    public static final int MAX_DEPTH = 32;
    public static final int MAX_STRING = 100_000;
    public static final int MAX_NAME = 200;
    public static final int MAX_NUMBER_DIGITS = 40;
    public static final int MAX_TOKENS = 200_000;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING)
                    .maxNumberLength(MAX_NUMBER_DIGITS)
                    .maxNameLength(MAX_NAME)
                    .maxDocumentLength(ScenarioLoader.MAX_BYTES)
                    .maxTokenCount(MAX_TOKENS)
                    .build())
            .build();

    /** Parses one JSON value that fills the whole text. */
    public static Node parse(String text) throws SyntaxError {
        JsonParser p = FACTORY.createParser(text);
        try (p) {
            JsonToken t = p.nextToken();
            if (t == null) throw new SyntaxError("the file is empty; a scenario is one JSON object", 1, 1);
            Node n = read(p, t);
            JsonToken extra = p.nextToken();
            if (extra != null) {
                TokenStreamLocation l = p.currentTokenLocation();
                throw new SyntaxError("unexpected text after the end of the JSON value", line(l), col(l));
            }
            return n;
        } catch (StreamConstraintsException e) {
            // a broken limit carries no location: point at the token that broke it (a long name: where the parser stopped)
            boolean name = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Name length");
            TokenStreamLocation l = name ? p.currentLocation() : p.currentTokenLocation();
            if (name && l != null) { // the parser stops past the name (even past its line): point at its opening quote
                int q = nameStart(text, (int) Math.min(l.getCharOffset(), text.length() - 1));
                throw new SyntaxError(limitMessage(e.getOriginalMessage()), lineAt(text, q), colAt(text, q));
            }
            throw new SyntaxError(limitMessage(e.getOriginalMessage()), l == null ? 1 : line(l), l == null ? 1 : col(l));
        } catch (JacksonException e) {
            TokenStreamLocation l = e.getLocation() != null ? e.getLocation() : p.currentLocation();
            throw new SyntaxError("JSON syntax: " + syntaxMessage(e.getOriginalMessage()), l == null ? 1 : line(l), l == null ? 1 : col(l));
        }
    }

    /** Jackson names its Java API in limit messages; a scenario author needs the limit in words. */
    private static String limitMessage(String m) {
        String s = m == null ? "" : m;
        if (s.startsWith("Document nesting depth")) return "the JSON nests deeper than " + MAX_DEPTH + " levels";
        if (s.startsWith("String value length")) return "a string is longer than " + MAX_STRING + " characters";
        if (s.startsWith("Name length")) return "a field name is longer than " + MAX_NAME + " characters";
        if (s.startsWith("Number value length")) return "a number has more than " + MAX_NUMBER_DIGITS + " digits";
        if (s.startsWith("Document length")) return "the file is longer than " + ScenarioLoader.MAX_BYTES + " characters";
        if (s.startsWith("Token count")) return "the file has more than " + MAX_TOKENS + " JSON values";
        int cut = s.indexOf(" (from");
        return "JSON read limit: " + (cut > 0 ? s.substring(0, cut) : s);
    }

    /** Jackson's message, without the parts that speak to a Java programmer (feature names, source dumps). */
    private static String syntaxMessage(String m) {
        String s = m == null ? "unreadable JSON" : m;
        if (s.contains("maybe a (non-standard) comment")) return "comments are not allowed in JSON";
        if (s.startsWith("Unexpected character ('}'") && s.contains("start property name"))
            return "a comma before '}': JSON allows no comma after the last field";
        if (s.startsWith("Unexpected character (']'") && s.contains("expected a value"))
            return "a comma before ']': JSON allows no comma after the last item";
        for (String cutAt : new String[] {"\n", " (start marker at", ": enable `", " (not recognized as one since", " (for Object starting at"}) {
            int cut = s.indexOf(cutAt);
            if (cut > 0) s = s.substring(0, cut);
        }
        return s;
    }

    /** The opening quote of the field name at or before offset {@code from}: a quote after '{' or ','. */
    private static int nameStart(String text, int from) {
        for (int i = Math.max(0, from); i >= 0; i--) {
            if (text.charAt(i) != '"') continue;
            int j = i - 1;
            while (j >= 0 && Character.isWhitespace(text.charAt(j))) j--;
            if (j < 0 || text.charAt(j) == '{' || text.charAt(j) == ',') return i;
        }
        return 0;
    }

    private static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) if (text.charAt(i) == '\n') line++;
        return line;
    }

    private static int colAt(String text, int offset) {
        return offset - text.lastIndexOf('\n', offset - 1);
    }

    private static int line(TokenStreamLocation l) { return Math.max(1, l.getLineNr()); }
    private static int col(TokenStreamLocation l) { return Math.max(1, l.getColumnNr()); }

    private static Node read(JsonParser p, JsonToken t) throws SyntaxError {
        TokenStreamLocation l = p.currentTokenLocation();
        int line = line(l), col = col(l);
        switch (t) {
            case START_OBJECT -> {
                Map<String, Node> m = new LinkedHashMap<>();
                Map<String, int[]> keys = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = p.currentName();
                    TokenStreamLocation kl = p.currentTokenLocation();
                    if (m.containsKey(name)) throw new SyntaxError("field " + quote(name) + " appears twice in this object", line(kl), col(kl));
                    keys.put(name, new int[] {line(kl), col(kl)});
                    m.put(name, read(p, p.nextToken()));
                }
                return new Obj(m, keys, line, col);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                JsonToken n;
                while ((n = p.nextToken()) != JsonToken.END_ARRAY) items.add(read(p, n));
                return new Arr(items, line, col);
            }
            case VALUE_STRING -> { return new Str(p.getString(), line, col, l.getCharOffset()); }
            case VALUE_NUMBER_INT -> {
                String text = p.getString();
                Long v;
                try { v = Long.parseLong(text); } catch (NumberFormatException e) { v = null; }
                return new Num(v, true, text, line, col);
            }
            case VALUE_NUMBER_FLOAT -> { return new Num(null, false, p.getString(), line, col); }
            case VALUE_TRUE -> { return new Bool(true, line, col); }
            case VALUE_FALSE -> { return new Bool(false, line, col); }
            case VALUE_NULL -> { return new Null(line, col); }
            default -> throw new SyntaxError("unexpected " + t, line, col);
        }
    }

    /**
     * The 1-based column of character {@code index} of a string's value, counted in the file: the opening quote
     * and every escape ({@code \n}, {@code \"}, {@code \u00e9}) take their raw width, so a column inside a
     * schedule string points at the same character the author sees in the editor.
     */
    public static int columnInside(String text, Str s, int index) {
        int raw = (int) s.offset() + 1;
        if (s.offset() < 0 || raw > text.length() || text.charAt(raw - 1) != '"') return s.col();
        for (int k = 0; k < index && raw < text.length(); k++) {
            if (text.charAt(raw) == '\\' && raw + 1 < text.length()) raw += text.charAt(raw + 1) == 'u' ? 6 : 2;
            else raw++;
        }
        return s.col() + (raw - (int) s.offset());
    }

    /** A user's text as a message shows it: in backquotes, control and invisible characters escaped, long text cut. */
    public static String quote(String s) {
        return "`" + clip(s, 60) + "`";
    }

    static String clip(String s, int max) {
        StringBuilder b = new StringBuilder();
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (n++ >= max) { b.append('…'); break; }
            char c = s.charAt(i);
            int type = Character.getType(c);
            if (c < 0x20 || c == 0x7f || type == Character.FORMAT || type == Character.SURROGATE || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.UNASSIGNED || type == Character.PRIVATE_USE) {
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                        && Character.isDefined(s.codePointAt(i)) && Character.getType(s.codePointAt(i)) != Character.FORMAT) {
                    b.append(c).append(s.charAt(++i));
                } else {
                    b.append(String.format("\\u%04x", (int) c));
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}

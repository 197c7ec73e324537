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
import tools.jackson.core.json.JsonFactory;

/**
 * A JSON tree that remembers where each value stood (line and column), read with Jackson's streaming parser so
 * that every error in a scenario file can name its place. No polymorphic typing, no binding to classes chosen by
 * the input; Jackson's read constraints bound nesting, string and number sizes.
 */
public final class Json {
    private Json() { }

    /** A value with its position (1-based line and column). */
    public sealed interface Node permits Obj, Arr, Str, Num, Bool, Null {
        int line();
        int col();
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
    }

    /** An object; {@code keys} keeps each member name's own position. */
    public record Obj(Map<String, Node> members, Map<String, int[]> keys, int line, int col) implements Node { }
    public record Arr(List<Node> items, int line, int col) implements Node { }
    public record Str(String value, int line, int col) implements Node { }
    /** A number; {@code integral} is false for fractions and exponents, {@code value} is null when out of long range. */
    public record Num(Long value, boolean integral, String text, int line, int col) implements Node { }
    public record Bool(boolean value, int line, int col) implements Node { }
    public record Null(int line, int col) implements Node { }

    /** A syntax error with its position. */
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

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(200_000)
                    .maxNumberLength(40)
                    .maxNameLength(1_000)
                    .maxDocumentLength(2_000_000)
                    .build())
            .build();

    public static Node parse(String text) throws SyntaxError {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) throw new SyntaxError("the file is empty; a scenario is one JSON object", 1, 1);
            Node n = read(p, t);
            JsonToken extra = p.nextToken();
            if (extra != null) {
                TokenStreamLocation l = p.currentTokenLocation();
                throw new SyntaxError("unexpected text after the end of the JSON object", line(l), col(l));
            }
            return n;
        } catch (JacksonException e) {
            TokenStreamLocation l = e.getLocation();
            String msg = e.getOriginalMessage();
            int cut = msg.indexOf('\n');
            if (cut > 0) msg = msg.substring(0, cut);
            throw new SyntaxError("JSON syntax: " + msg, l == null ? 1 : line(l), l == null ? 1 : col(l));
        }
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
                JsonToken n;
                while ((n = p.nextToken()) == JsonToken.PROPERTY_NAME) {
                    String name = p.currentName();
                    TokenStreamLocation kl = p.currentTokenLocation();
                    if (m.containsKey(name)) throw new SyntaxError("field `" + name + "` appears twice", line(kl), col(kl));
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
            case VALUE_STRING -> { return new Str(p.getText(), line, col); }
            case VALUE_NUMBER_INT -> {
                Long v;
                try { v = p.getValueAsLong(); if (!Long.toString(v).equals(p.getText().replaceFirst("^-0$", "0"))) v = null; }
                catch (RuntimeException e) { v = null; }
                return new Num(v, true, p.getText(), line, col);
            }
            case VALUE_NUMBER_FLOAT -> { return new Num(null, false, p.getText(), line, col); }
            case VALUE_TRUE -> { return new Bool(true, line, col); }
            case VALUE_FALSE -> { return new Bool(false, line, col); }
            case VALUE_NULL -> { return new Null(line, col); }
            default -> throw new SyntaxError("unexpected " + t, line, col);
        }
    }
}

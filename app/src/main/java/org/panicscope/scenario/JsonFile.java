package org.panicscope.scenario;

import java.nio.file.Path;
import java.util.List;

/**
 * The reading half of {@link ScenarioLoader}, shared by every JSON file the app reads (scenarios, lessons, talks):
 * the same size limit before reading, strict UTF-8, Jackson's read constraints ({@link Json}) and the same
 * {@code file:line:column: message} failures, so a lesson or a talk is as safe to open as a scenario.
 */
public final class JsonFile {
    private JsonFile() { }

    /** The text of a file, at most {@link ScenarioLoader#MAX_BYTES} bytes of UTF-8. */
    public static String read(Path file) throws ScenarioException {
        return ScenarioLoader.decode(file.toString(), ScenarioLoader.readFile(file));
    }

    /** The text of a bundled resource (same limits). */
    public static String resource(String path, String name) throws ScenarioException {
        try (java.io.InputStream in = JsonFile.class.getResourceAsStream(path)) {
            if (in == null) throw failure(name, List.of(new Problem(1, 1, "no such bundled file")));
            return ScenarioLoader.decode(name, ScenarioLoader.read(in, name));
        } catch (java.io.IOException e) {
            throw failure(name, List.of(new Problem(1, 1, "cannot read: " + e.getMessage())));
        }
    }

    /** The JSON tree of a text; a syntax error or a broken limit is added to {@code into}, and null returned. */
    public static Json.Node parse(String text, String what, Checks into) {
        if (text.length() > ScenarioLoader.MAX_BYTES) {
            into.problems.add(new Problem(1, 1, "the text is " + text.length() + " characters; at most " + ScenarioLoader.MAX_BYTES));
            return null;
        }
        try {
            return Json.parse(text, what);
        } catch (Json.SyntaxError e) {
            into.problems.add(new Problem(e.line, e.col, e.getMessage()));
            return null;
        }
    }

    /**
     * Checks each item of a file's top-level array {@code field} (a lesson's steps, a talk's slides) against the
     * engine: {@code why} gives the disagreement or null, and each one is reported at its item's position as
     * "{@code noun} N: why". {@code text} has already been parsed into {@code items}, one per array element.
     */
    public static <T> void checkItems(String text, String name, String field, String noun, List<T> items,
                                      java.util.function.Function<T, String> why) throws ScenarioException {
        List<Json.Node> nodes;
        try {
            nodes = ((Json.Arr) ((Json.Obj) Json.parse(text)).members().get(field)).items();
        } catch (Json.SyntaxError e) {
            throw new IllegalStateException(e); // cannot happen: the text has parsed
        }
        List<Problem> problems = new java.util.ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String w = why.apply(items.get(i));
            if (w != null) problems.add(new Problem(nodes.get(i).line(), nodes.get(i).col(), noun + " " + (i + 1) + ": " + w));
        }
        if (!problems.isEmpty()) throw failure(name, problems);
    }

    /** The problems sorted by position and capped, as one exception. */
    public static ScenarioException failure(String name, List<Problem> problems) {
        return ScenarioLoader.failure(name, problems);
    }

    /**
     * The top-level {@code "kind"} of a JSON file ("lesson", "talk"), or null when it has none (a scenario). Read
     * with the same parser, so a file that is not JSON is reported where it breaks.
     */
    public static String kind(String text) {
        try {
            return Json.parse(text) instanceof Json.Obj o && o.members().get("kind") instanceof Json.Str s ? s.value() : null;
        } catch (Json.SyntaxError e) {
            return null;
        }
    }
}

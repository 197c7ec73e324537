package org.panicscope.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.panicscope.model.Params;
import org.panicscope.model.Step;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fuzz run of the scenario loader (its own command: {@code mvn -B -o -Pfuzz test -pl app}). Over 100,000
 * generated inputs (mutated bundled files, structure-aware mutations, random JSON, random bytes, deep nesting,
 * huge numbers, odd Unicode) the loader may only return a scenario or throw the documented
 * {@link ScenarioException}, whose every problem is one line with a position. An accepted input must also
 * survive the writer: saved and read again, it is the same scenario. A smaller share goes through
 * {@link ScenarioLoader#validate}, which runs the model. The figures are printed at the end and written to
 * {@code target/fuzz-report.txt}.
 */
@Tag("fuzz")
class LoaderFuzzTest {
    static final JsonMapper MAPPER = JsonMapper.builder().build();
    static final List<String> BUNDLED = new ArrayList<>();
    static final AtomicLong INPUTS = new AtomicLong(), ACCEPTED = new AtomicLong(), VALIDATED = new AtomicLong(), NANOS = new AtomicLong();
    static final Set<String> MESSAGES = ConcurrentHashMap.newKeySet(), KINDS = ConcurrentHashMap.newKeySet();
    static final Map<String, AtomicLong> PER_SOURCE = new ConcurrentHashMap<>();
    static final List<String> UNEXPECTED = java.util.Collections.synchronizedList(new ArrayList<>());
    static long started;

    static final List<String> WORDS = new ArrayList<>(List.of("{", "}", "[", "]", ",", ":", "\"", "\\", "null", "true", "false",
            "-0", "1e999", "-1", "0", "2147483648", "9223372036854775808", "1.5", "1E-400", "99999999999999999999999999999999999999999999",
            "\"\\u0000\"", "\"\\ud800\"", "\"\\udc00\\ud800\"", "\u202e", "\ufeff", "\u0000", "é", "𝄞", "\uFFFE", "\u200b", "\r\n", "\t",
            "(", ")*", "@", "*", "n1", "i0", "p0", "s1", "untimed:", "0*9999999", "1@", "BASE", "FINAL+FX-TRYLOCK", "K24-P4", "DL", "OK-K"));

    static {
        WORDS.addAll(ScenarioLoader.TOP);
        WORDS.addAll(ScenarioLoader.CPU);
        WORDS.addAll(ScenarioLoader.NOTE);
        WORDS.addAll(ScenarioLoader.PROGRAMS);
        WORDS.addAll(ScenarioLoader.POINTS);
        WORDS.addAll(List.of(Params.allNames().split(", ")));
        for (Step s : Step.values()) WORDS.add(s.id());
    }

    @BeforeContainer static void start() throws IOException {
        for (String id : Scenarios.IDS) BUNDLED.add(Files.readString(Path.of("../scenarios/" + id + ".json")));
        BUNDLED.add(Files.readString(Path.of("src/test/resources/canonical.json")));
        started = System.nanoTime();
    }

    @AfterContainer static void report() throws IOException {
        double secs = (System.nanoTime() - started) / 1e9;
        String r = String.format("scenario loader fuzz: %d inputs (%s) in %.1f s (loader time %.1f s); %d accepted, %d through validate;"
                        + " %d distinct messages, %d distinct kinds of message; %d unexpected exceptions%n",
                INPUTS.get(), new java.util.TreeMap<>(PER_SOURCE), secs, NANOS.get() / 1e9, ACCEPTED.get(), VALIDATED.get(),
                MESSAGES.size(), KINDS.size(), UNEXPECTED.size());
        System.out.print(r);
        Files.createDirectories(Path.of("target"));
        StringBuilder kinds = new StringBuilder(r).append("\nkinds of message:\n");
        new java.util.TreeSet<>(KINDS).forEach(k -> kinds.append(k).append('\n'));
        UNEXPECTED.forEach(u -> kinds.append("UNEXPECTED ").append(u).append('\n'));
        Files.writeString(Path.of("target/fuzz-report.txt"), kinds);
        assertTrue(INPUTS.get() >= 100_000 || System.getProperty("fuzz.small") != null, "at least 100,000 inputs: " + INPUTS.get());
        assertEquals(List.of(), UNEXPECTED);
    }

    /**
     * One input through the loader: a scenario, or a ScenarioException with well-formed problems, and nothing else.
     * A wrong answer fails the property at this input (jqwik then shrinks it), and is kept for the report.
     */
    static void feed(String source, byte[] bytes, boolean validate) {
        INPUTS.incrementAndGet();
        PER_SOURCE.computeIfAbsent(source, k -> new AtomicLong()).incrementAndGet();
        long t0 = System.nanoTime();
        List<String> wrong = new ArrayList<>();
        try {
            String text = ScenarioLoader.decode("fuzz.json", bytes);
            Scenario s = validate ? ScenarioLoader.validate(text, "fuzz.json", "fuzz") : ScenarioLoader.parse(text, "fuzz.json", "fuzz");
            ACCEPTED.incrementAndGet();
            if (validate) VALIDATED.incrementAndGet();
            String saved = ScenarioWriter.toJson(s);
            String again = ScenarioWriter.toJson(ScenarioLoader.parse(saved, "saved.json", "fuzz"));
            if (!saved.equals(again)) wrong.add(source + ": the writer's output reads back differently: " + clip(saved));
        } catch (ScenarioException e) {
            if (validate) VALIDATED.incrementAndGet();
            if (e.problems().isEmpty()) wrong.add(source + ": a ScenarioException without problems");
            for (Problem p : e.problems()) {
                if (p.line() < 1 || p.col() < 1 || p.message().isBlank() || p.message().contains("\n") || p.message().contains("\r"))
                    wrong.add(source + ": malformed problem " + p);
                MESSAGES.add(p.message());
                KINDS.add(kind(p.message()));
            }
        } catch (Throwable t) {
            StringBuilder b = new StringBuilder(source + ": " + t);
            for (StackTraceElement el : t.getStackTrace()) { b.append("\n    at ").append(el); if (b.length() > 2000) break; }
            wrong.add(b + "\n  input: " + clip(new String(bytes, StandardCharsets.UTF_8)));
        } finally {
            NANOS.addAndGet(System.nanoTime() - t0);
        }
        if (!wrong.isEmpty()) {
            UNEXPECTED.addAll(wrong);
            throw new AssertionError(String.join("\n", wrong));
        }
    }

    static void feed(String source, String text, boolean validate) { feed(source, text.getBytes(StandardCharsets.UTF_8), validate); }

    /** A message with its values taken out: `...` names, numbers. */
    static String kind(String m) {
        return m.replaceAll("`[^`]*`", "`_`").replaceAll("'[^']*'", "'_'").replaceAll("\"[^\"]*\"", "\"_\"").replaceAll("[0-9]+", "N");
    }

    static String clip(String s) { return s.length() > 300 ? s.substring(0, 300) + "…" : s; }

    // ---- the properties: 40k + 20k + 12k + 12k + 6k + 6k + 6k = 102,000 loader inputs, plus 2,000 validated ----------------

    @Property(tries = 40_000, shrinking = ShrinkingMode.OFF)
    void mutatedBundledFiles(@ForAll("mutated") String text) { feed("mutated", text, false); }

    @Property(tries = 20_000, shrinking = ShrinkingMode.OFF)
    void structureAwareMutations(@ForAll("structured") String text) { feed("structured", text, false); }

    @Property(tries = 12_000, shrinking = ShrinkingMode.OFF)
    void randomJson(@ForAll("json") String text) { feed("random-json", text, false); }

    @Property(tries = 12_000, shrinking = ShrinkingMode.OFF)
    void randomBytes(@ForAll("bytes") byte[] bytes) { feed("random-bytes", bytes, false); }

    @Property(tries = 6_000, shrinking = ShrinkingMode.OFF)
    void deepNesting(@ForAll("deep") String text) { feed("deep-nesting", text, false); }

    @Property(tries = 6_000, shrinking = ShrinkingMode.OFF)
    void hugeNumbers(@ForAll("numbers") String text) { feed("huge-numbers", text, false); }

    @Property(tries = 6_000, shrinking = ShrinkingMode.OFF)
    void oddUnicode(@ForAll("unicode") byte[] bytes) { feed("odd-unicode", bytes, false); }

    @Property(tries = 2_000, shrinking = ShrinkingMode.OFF)
    void validateRunsTheModel(@ForAll("structured") String text) { feed("validate", text, true); }

    // ---- generators ---------------------------------------------------------------------------------------------

    @Provide Arbitrary<String> mutated() { return Arbitraries.randomValue(LoaderFuzzTest::mutate); }
    @Provide Arbitrary<String> structured() { return Arbitraries.randomValue(LoaderFuzzTest::structure); }
    @Provide Arbitrary<String> json() { return Arbitraries.randomValue(r -> randomJson(r, 0).toString()); }
    @Provide Arbitrary<byte[]> bytes() {
        return Arbitraries.randomValue(r -> {
            byte[] b = new byte[r.nextInt(r.nextBoolean() ? 64 : 4096)];
            r.nextBytes(b);
            if (r.nextInt(4) == 0 && b.length > 0) b[0] = '{';
            return b;
        });
    }
    @Provide Arbitrary<String> deep() { return Arbitraries.randomValue(LoaderFuzzTest::deep); }
    @Provide Arbitrary<String> numbers() { return Arbitraries.randomValue(LoaderFuzzTest::numbers); }
    @Provide Arbitrary<byte[]> unicode() { return Arbitraries.randomValue(LoaderFuzzTest::unicode); }

    static String pick(Random r, List<String> l) { return l.get(r.nextInt(l.size())); }

    /** Byte-level edits of a bundled file: delete, insert a dictionary word or a random character, duplicate, swap. */
    static String mutate(Random r) {
        StringBuilder b = new StringBuilder(pick(r, BUNDLED));
        int n = 1 + r.nextInt(r.nextBoolean() ? 3 : 12);
        for (int k = 0; k < n && !b.isEmpty(); k++) {
            int at = r.nextInt(b.length() + 1);
            switch (r.nextInt(6)) {
                case 0 -> b.delete(at, Math.min(b.length(), at + 1 + r.nextInt(8)));
                case 1, 2 -> b.insert(at, pick(r, WORDS));
                case 3 -> b.insert(at, (char) r.nextInt(r.nextBoolean() ? 128 : 0x10000));
                case 4 -> { int end = Math.min(b.length(), at + r.nextInt(40)); b.insert(at, b.substring(at, end)); }
                default -> { if (at < b.length()) b.setCharAt(at, (char) (b.charAt(at) ^ (1 << r.nextInt(7)))); }
            }
        }
        return b.toString();
    }

    /** Tree-level edits of a bundled file: a value replaced, a field removed, renamed or added; still valid JSON. */
    static String structure(Random r) {
        JsonNode root = MAPPER.readTree(pick(r, BUNDLED));
        int n = 1 + r.nextInt(3);
        for (int k = 0; k < n; k++) {
            List<JsonNode> containers = new ArrayList<>();
            collect(root, containers);
            JsonNode c = containers.get(r.nextInt(containers.size()));
            if (c instanceof ObjectNode o) {
                List<String> names = new ArrayList<>(o.propertyNames());
                String name = names.isEmpty() ? pick(r, WORDS) : names.get(r.nextInt(names.size()));
                switch (r.nextInt(5)) {
                    case 0 -> o.remove(name);
                    case 1 -> { JsonNode v = o.remove(name); if (v != null) o.set(typo(r, name), v); }
                    case 2 -> o.set(pick(r, WORDS), randomJson(r, 2));
                    default -> o.set(name, r.nextInt(3) == 0 ? randomJson(r, 1) : nearValue(r));
                }
            } else if (c instanceof ArrayNode a) {
                if (!a.isEmpty() && r.nextBoolean()) a.set(r.nextInt(a.size()), r.nextBoolean() ? randomJson(r, 1) : nearValue(r));
                else if (!a.isEmpty() && r.nextBoolean()) a.remove(r.nextInt(a.size()));
                else a.add(a.isEmpty() ? randomJson(r, 2) : a.get(r.nextInt(a.size())).deepCopy());
            }
        }
        return r.nextBoolean() ? root.toPrettyString() : root.toString();
    }

    static void collect(JsonNode n, List<JsonNode> out) {
        if (n.isContainer()) out.add(n);
        for (JsonNode c : n) collect(c, out);
    }

    static String typo(Random r, String s) {
        if (s.isEmpty()) return "x";
        StringBuilder b = new StringBuilder(s);
        int at = r.nextInt(b.length());
        switch (r.nextInt(3)) {
            case 0 -> b.deleteCharAt(at);
            case 1 -> b.insert(at, (char) ('a' + r.nextInt(26)));
            default -> b.setCharAt(at, Character.isUpperCase(b.charAt(at)) ? Character.toLowerCase(b.charAt(at)) : Character.toUpperCase(b.charAt(at)));
        }
        return b.toString();
    }

    /** Values that are almost right: numbers at the edges of the ranges, names of the right kind, schedules. */
    static JsonNode nearValue(Random r) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (r.nextInt(9)) {
            case 0 -> f.numberNode(r.nextInt(7) - 3);
            case 1 -> f.numberNode(new int[] {64, 65, 100, 101, 1000, 1001, 10000, 100000, 1000000, 1000001, 10000000, Integer.MAX_VALUE, Integer.MIN_VALUE}[r.nextInt(13)]);
            case 2 -> f.stringNode(pick(r, WORDS));
            case 3 -> f.stringNode(schedule(r));
            case 4 -> f.booleanNode(r.nextBoolean());
            case 5 -> f.stringNode(pick(r, List.of("BASE", "FINAL", "K24", "FINAL+FX-TRYLOCK", "BASE-KD-AFTER-STOP", "VP", "P123", "K23+FX-ZAP")));
            case 6 -> f.stringNode(pick(r, ScenarioLoader.PROGRAMS));
            case 7 -> f.numberNode(r.nextDouble() * 100);
            default -> f.nullNode();
        };
    }

    static String schedule(Random r) {
        StringBuilder b = new StringBuilder(r.nextInt(5) == 0 ? "untimed: " : "");
        int n = r.nextInt(8);
        for (int i = 0; i < n; i++) {
            int cpu = r.nextInt(r.nextInt(5) == 0 ? 10 : 3);
            switch (r.nextInt(6)) {
                case 0 -> b.append(cpu).append('@').append(Step.values()[r.nextInt(Step.values().length)].id());
                case 1 -> b.append("nips".charAt(r.nextInt(4))).append(cpu);
                case 2 -> b.append(cpu).append('*').append(1 + r.nextInt(r.nextBoolean() ? 50 : 100000));
                default -> b.append(cpu);
            }
            b.append(' ');
        }
        if (r.nextInt(4) == 0) b.append("(0 1)*");
        return b.toString();
    }

    static JsonNode randomJson(Random r, int depth) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        int kind = depth == 0 ? (r.nextInt(5) == 0 ? r.nextInt(8) : 6) : r.nextInt(depth > 4 ? 5 : 8);
        return switch (kind) {
            case 0 -> f.nullNode();
            case 1 -> f.booleanNode(r.nextBoolean());
            case 2 -> f.numberNode(r.nextLong() >> r.nextInt(64));
            case 3 -> f.numberNode(r.nextDouble() * Math.pow(10, r.nextInt(40) - 20));
            case 4 -> f.stringNode(r.nextBoolean() ? pick(r, WORDS) : randomString(r));
            case 5 -> { ArrayNode a = f.arrayNode(); int n = r.nextInt(6); for (int i = 0; i < n; i++) a.add(randomJson(r, depth + 1)); yield a; }
            default -> {
                ObjectNode o = f.objectNode();
                int n = r.nextInt(depth == 0 ? 14 : 5);
                for (int i = 0; i < n; i++) o.set(r.nextInt(4) == 0 ? randomString(r) : pick(r, WORDS), randomJson(r, depth + 1));
                yield o;
            }
        };
    }

    static String randomString(Random r) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(20);
        for (int i = 0; i < n; i++) b.appendCodePoint(codePoint(r));
        return b.toString();
    }

    static int codePoint(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> r.nextInt(0x20);                                  // control characters
            case 1 -> 0xD800 + r.nextInt(0x800);                        // lone surrogates
            case 2 -> new int[] {0x202E, 0x200B, 0xFEFF, 0xFFFE, 0xFFFF, 0x10FFFF, 0x1D11E, 0x0301, 0x2028, 0x2029, 0xE000}[r.nextInt(11)];
            case 3 -> r.nextInt(0x110000);
            default -> 0x20 + r.nextInt(0x5F);
        };
    }

    static String deep(Random r) {
        int depth = 1 + r.nextInt(r.nextBoolean() ? 40 : 5000);
        StringBuilder b = new StringBuilder();
        boolean wrap = r.nextBoolean();
        if (wrap) b.append("{\"id\": \"x\", \"title\": \"t\", \"description\": \"d\", \"cpus\": [{\"program\": \"panic\"}], \"narration\": ");
        StringBuilder close = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            if (r.nextBoolean()) { b.append('['); close.append(']'); }
            else { b.append("{\"").append(pick(r, List.of("notes", "a", "cpus", "params"))).append("\": "); close.append('}'); }
        }
        b.append(r.nextBoolean() ? "1" : "\"x\"");
        if (r.nextInt(5) != 0) b.append(close.reverse());
        if (wrap) b.append('}');
        return b.toString();
    }

    static String numbers(Random r) {
        String big = switch (r.nextInt(6)) {
            case 0 -> "9".repeat(1 + r.nextInt(2000));
            case 1 -> "-" + "1".repeat(1 + r.nextInt(60));
            case 2 -> "1e" + (r.nextBoolean() ? "-" : "") + r.nextInt(100000000);
            case 3 -> "0." + "0".repeat(r.nextInt(500)) + "1";
            case 4 -> String.valueOf(r.nextLong());
            default -> pick(r, List.of("-0", "-0.0", "1E400", "2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808", "00", "01", "1.", ".5", "+1", "0x10", "Infinity"));
        };
        String where = pick(r, List.of("\"params\": {\"H\": %s}", "\"params\": {\"C\": %s, \"W\": %s}", "\"narration\": {\"notes\": [{\"at\": %s, \"text\": \"t\"}]}",
                "\"expected\": {\"BASE\": %s}", "\"cpus\": [%s]", "\"sources\": [%s, %s]"));
        return "{\"id\": \"x\", \"title\": \"t\", \"description\": \"d\", \"cpus\": [{\"program\": \"panic\"}, {\"program\": \"writer\"}], "
                + where.replace("\"cpus\": [%s]", "\"section\": %s").replace("%s", big) + "}";
    }

    /** Strange text in keys and values, escaped or raw, and bytes that are not UTF-8 (overlong, CESU-8 surrogates, cut). */
    static byte[] unicode(Random r) {
        String base = pick(r, BUNDLED);
        StringBuilder b = new StringBuilder(base);
        int n = 1 + r.nextInt(6);
        for (int k = 0; k < n; k++) {
            int q = b.indexOf("\"", r.nextInt(b.length()));
            if (q < 0) continue;
            int cp = codePoint(r);
            String ins = r.nextBoolean() ? String.format("\\u%04x", cp & 0xFFFF) : new String(Character.toChars(cp));
            b.insert(q + 1, ins);
        }
        byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
        if (r.nextInt(3) == 0) {
            byte[][] bad = {{(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
                    {(byte) 0xE2, (byte) 0x82}, {(byte) 0xFF}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}};
            byte[] ins = bad[r.nextInt(bad.length)];
            int at = r.nextInt(bytes.length + 1);
            byte[] out = new byte[bytes.length + ins.length];
            System.arraycopy(bytes, 0, out, 0, at);
            System.arraycopy(ins, 0, out, at, ins.length);
            System.arraycopy(bytes, at, out, at + ins.length, bytes.length - at);
            return out;
        }
        return bytes;
    }

    static { if (MAPPER == null) throw new UncheckedIOException(new IOException("no mapper")); }
}

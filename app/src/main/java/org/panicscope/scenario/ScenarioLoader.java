package org.panicscope.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.panicscope.engine.Budget;
import org.panicscope.model.Cpu;
import org.panicscope.model.Resource;

/**
 * Reads and checks a scenario file (format: docs/scenario-format.md, schema: docs/scenario.schema.json).
 *
 * <p>A scenario file is untrusted input: a student opens what a stranger sent. So its size is bounded before it
 * is read, Jackson's read constraints bound what the parser does ({@link Json}), nothing in it chooses a Java
 * type, and every problem is collected, not just the first, each as {@code file:line:column: message} naming
 * the bad value and, where it helps, the closest valid one ("did you mean"). Unknown fields are errors.
 *
 * <p>Two levels: {@link #load} and {@link #parse} check the form and the meaning of every field (known programs,
 * parameters in range, configuration names that exist, schedules that parse with known step ids);
 * {@link #validate} also runs the schedules under every configuration the file names and checks that each token
 * applies and that every narration note falls inside the run, which is what {@code panicscope validate} reports.
 * Every failure is a {@link ScenarioException}; no other exception escapes for any input.
 */
public final class ScenarioLoader {
    /** Largest file read, in bytes. */
    public static final int MAX_BYTES = 1 << 20;
    /** Most CPUs in a scenario. */
    public static final int MAX_CPUS = 8;
    /** Longest schedule string, in characters. */
    public static final int MAX_SCHEDULE = 10_000;
    /** Most narration notes. */
    public static final int MAX_NOTES = 1_000;
    /** Longest text of one field (title, description, a source, the intro, a note), in characters. */
    public static final int MAX_TEXT = 20_000;
    /** Most entries in {@code sources}. */
    public static final int MAX_SOURCES = 100;
    /** Most problems reported for one file; the rest are counted in one last line. */
    public static final int MAX_PROBLEMS = 100;

    /** The programs a CPU can run (design doc §4.14), by the name a file writes. */
    public static final Map<String, Cpu.Program> PROGRAM_BY_NAME = ordered(
            "panic", Cpu.Program.PANIC, "writer", Cpu.Program.WRITER, "lock-holder", Cpu.Program.LOCK_HOLDER,
            "oops", Cpu.Program.OOPS, "idle", Cpu.Program.IDLE, "printer", Cpu.Program.PRINTER);
    /** The locks a lock holder can hold (scenarios e, f, g), by the name a file writes. */
    public static final Map<String, Resource> LOCK_BY_NAME = ordered(
            "gsmi_lock", Resource.GSMI_LOCK, "dump_lock", Resource.DUMP_LOCK, "kexec_lock", Resource.KEXEC_LOCK);
    public static final List<String> PROGRAMS = List.copyOf(PROGRAM_BY_NAME.keySet());
    public static final List<String> LOCKS = List.copyOf(LOCK_BY_NAME.keySet());
    /** The panels a narration note can point at (the UI highlights the one named). */
    public static final List<String> POINTS = List.of("timeline", "console_sem", "console_owner", "ringbuffer",
            "panic_cpu", "locks", "code", "verdict");
    /** The verdicts a file may expect (design doc §2.4). */
    public static final List<String> VERDICTS = List.of("DL", "LL", "OK-K", "OK-R", "OK-D");

    /** Field names, per object kind: the JSON Schema must list exactly these (a test checks it). */
    public static final Set<String> TOP = Set.of("$schema", "id", "title", "section", "description", "sources", "cpus",
            "params", "config", "schedule", "schedules", "expected", "narration");
    public static final Set<String> CPU = Set.of("program", "lock", "panics");
    public static final Set<String> NARRATION = Set.of("intro", "notes");
    public static final Set<String> NOTE = Set.of("at", "text", "point");

    private ScenarioLoader() { }

    /** Reads and checks a file (form and meaning, without running it). */
    public static Scenario load(Path file) throws ScenarioException {
        String name = file.toString();
        byte[] bytes = readFile(file);
        return parse(decode(name, bytes), name, name).withSha256(sha256(bytes));
    }

    /** Everything {@link #load} checks, and also that the file's schedules apply and its notes fall inside the run. */
    public static Scenario validate(Path file) throws ScenarioException {
        return validate(file, Budget.DEFAULT);
    }

    /** As {@link #validate(Path)}; each run must reach its verdict within {@code budget}, as with {@code run}. */
    public static Scenario validate(Path file, Budget budget) throws ScenarioException {
        String name = file.toString();
        byte[] bytes = readFile(file);
        return validate(decode(name, bytes), name, name, budget).withSha256(sha256(bytes));
    }

    /** {@link #validate} for text already read; {@code name} is used in messages, {@code origin} is stored. */
    public static Scenario validate(String text, String name, String origin) throws ScenarioException {
        return validate(text, name, origin, Budget.DEFAULT);
    }

    public static Scenario validate(String text, String name, String origin, Budget budget) throws ScenarioException {
        ScenarioChecker c = ScenarioChecker.check(text, name);
        Scenario s = c.scenario(origin);
        List<Problem> problems = RunCheck.problems(s, c, budget);
        if (!problems.isEmpty()) throw failure(name, problems);
        return s;
    }

    /** Parses and checks scenario text (form and meaning); {@code name} is used in messages, {@code origin} is stored. */
    public static Scenario parse(String text, String name, String origin) throws ScenarioException {
        return ScenarioChecker.check(text, name).scenario(origin);
    }

    /** Parses scenario bytes (UTF-8), e.g. from a bundled resource or a drop. */
    public static Scenario parse(byte[] bytes, String name, String origin) throws ScenarioException {
        return parse(decode(name, bytes), name, origin);
    }

    /** Reads a bundled or other resource stream, with the same size limit as a file. */
    static byte[] read(InputStream in, String name) throws IOException, ScenarioException {
        byte[] b = in.readNBytes(MAX_BYTES + 1);
        if (b.length > MAX_BYTES) throw tooLarge(name, "more than " + MAX_BYTES);
        return b;
    }

    /**
     * Reads a scenario file once, whole, within {@link #MAX_BYTES}: only a regular file (or a link to one) is read,
     * so a FIFO, a device or a folder gets a message instead of a hang or an endless read. The same bytes give the
     * scenario and its digest ({@link Scenario#sha256()}), so a run line names exactly what was run.
     */
    public static byte[] readFile(Path file) throws ScenarioException {
        String name = file.toString();
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            if (a.isDirectory()) throw failure(name, List.of(new Problem(1, 1, "this is a directory, not a scenario file")));
            if (!a.isRegularFile())
                throw failure(name, List.of(new Problem(1, 1, "this is not a regular file (a pipe, device or socket); "
                        + "a scenario is read from a file: save it to one first")));
            if (a.size() > MAX_BYTES) throw tooLarge(name, String.valueOf(a.size()));
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, name); // the file may grow between the size check and the read
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw failure(name, List.of(new Problem(1, 1, "no such file")));
        } catch (IOException e) {
            throw failure(name, List.of(new Problem(1, 1, "cannot read the file: " + OsReason.of(e))));
        }
    }

    /** The SHA-256 of {@code bytes} in hex. */
    public static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static ScenarioException tooLarge(String name, String size) {
        return failure(name, List.of(new Problem(1, 1, "the file is " + size + " bytes; a scenario file is at most "
                + MAX_BYTES + " bytes (1 MiB)")));
    }

    /** Decodes strict UTF-8 (a byte-order mark is allowed and dropped); anything else is one problem at its line. */
    static String decode(String name, byte[] bytes) throws ScenarioException {
        if (bytes.length > MAX_BYTES) throw tooLarge(name, String.valueOf(bytes.length));
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            int bad = firstBadByte(bytes);
            int line = 1, col = 1;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') { line++; col = 1; } else if ((bytes[i] & 0xC0) != 0x80) col++;
            }
            throw failure(name, List.of(new Problem(line, col, String.format(
                    "the file is not UTF-8 text (byte 0x%02x at offset %d); save it as UTF-8", bytes[bad] & 0xff, bad))));
        }
    }

    /** The offset of the first byte that is not part of a well-formed UTF-8 character. */
    private static int firstBadByte(byte[] b) {
        ByteBuffer in = ByteBuffer.wrap(b);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(b.length + 1);
        java.nio.charset.CoderResult r = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, out, true);
        return r.isError() ? Math.min(in.position(), b.length - 1) : b.length - 1;
    }

    /** The problems sorted by position and capped at {@link #MAX_PROBLEMS}, as one exception. */
    static ScenarioException failure(String name, List<Problem> problems) {
        List<Problem> sorted = problems.stream()
                .sorted(java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::col)).toList();
        if (sorted.size() > MAX_PROBLEMS) {
            Problem last = sorted.get(MAX_PROBLEMS);
            List<Problem> cut = new java.util.ArrayList<>(sorted.subList(0, MAX_PROBLEMS));
            cut.add(new Problem(last.line(), last.col(), "… and " + (sorted.size() - MAX_PROBLEMS) + " more problems"));
            sorted = cut;
        }
        return new ScenarioException(name, sorted);
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> ordered(Object... kv) {
        Map<String, V> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], (V) kv[i + 1]);
        return java.util.Collections.unmodifiableMap(m);
    }
}

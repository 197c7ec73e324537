package org.panicscope.scenario;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.panicscope.model.Cpu;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a scenario as a scenario file (docs/scenario-format.md), so that reading it back gives the same scenario.
 * Parameters are written as the file wrote them ({@link Scenario#settings()}), not every default; fields are in the
 * order of the format's documentation, indented by two spaces, one field per line, UTF-8, ending in a newline.
 *
 * <p>Saving never loses work: the text goes to a temporary file in the same directory, which is flushed to disk
 * ({@code fsync}) and then moved over the target in one atomic rename. A crash at any moment leaves either the old
 * file or the new one, never a mix; at worst a stray {@code .NAME.*.tmp} file stays behind. An existing file is
 * only replaced when the caller says so; otherwise {@link FileAlreadyExistsException} (and the check is atomic
 * too, by linking the temporary file to the new name, where the file system has links).
 */
public final class ScenarioWriter {
    private static final ObjectWriter WRITER;

    static {
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("").withArrayEmptySeparator(""))
                .withObjectIndenter(indent).withArrayIndenter(indent);
        WRITER = JsonMapper.builder().build().writer().with(pp);
    }

    /** Called between writing the temporary file and moving it into place: the tests make a save fail there. */
    interface Hook {
        void afterTempWritten(Path temp) throws IOException;
    }

    private ScenarioWriter() { }

    /** The scenario as scenario-file text. */
    public static String toJson(Scenario s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("title", s.title());
        if (!s.section().isEmpty()) m.put("section", s.section());
        m.put("description", s.description());
        if (!s.sources().isEmpty()) m.put("sources", s.sources());
        List<Map<String, Object>> cpus = new ArrayList<>();
        for (Scenario.CpuSpec c : s.cpus()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("program", name(ScenarioLoader.PROGRAM_BY_NAME, c.program()));
            if (c.lock() != null) cm.put("lock", name(ScenarioLoader.LOCK_BY_NAME, c.lock()));
            boolean implied = c.program() == Cpu.Program.PANIC;
            if (c.panics() && !implied) cm.put("panics", true);
            cpus.add(cm);
        }
        m.put("cpus", cpus);
        if (!s.settings().isEmpty()) m.put("params", s.settings());
        if (!s.config().equals("BASE")) m.put("config", s.config());
        if (!s.scheduleText().isEmpty()) m.put("schedule", s.scheduleText());
        if (!s.overrides().isEmpty()) m.put("schedules", s.overrides());
        if (!s.expected().isEmpty()) {
            Map<String, String> e = new LinkedHashMap<>();
            s.expected().forEach((k, v) -> e.put(k, v.id()));
            m.put("expected", e);
        }
        if (!s.narration().isEmpty()) {
            Map<String, Object> n = new LinkedHashMap<>();
            if (!s.narration().intro().isEmpty()) n.put("intro", s.narration().intro());
            List<Map<String, Object>> notes = new ArrayList<>();
            for (Scenario.Note note : s.narration().notes()) {
                Map<String, Object> nm = new LinkedHashMap<>();
                nm.put("at", note.at());
                nm.put("text", note.text());
                if (note.point() != null) nm.put("point", note.point());
                notes.add(nm);
            }
            if (!notes.isEmpty()) n.put("notes", notes);
            m.put("narration", n);
        }
        return WRITER.writeValueAsString(m) + "\n";
    }

    /** Saves to a new file; throws {@link FileAlreadyExistsException} if {@code file} exists. */
    public static void save(Scenario s, Path file) throws IOException {
        save(s, file, false);
    }

    /**
     * Saves atomically. With {@code replaceExisting} false an existing file is never touched
     * ({@link FileAlreadyExistsException}); with true it is replaced in one step (a symbolic link is followed, so the
     * file it points to is replaced and the link kept).
     */
    public static void save(Scenario s, Path file, boolean replaceExisting) throws IOException {
        save(s, file, replaceExisting, t -> { });
    }

    static void save(Scenario s, Path file, boolean replaceExisting, Hook hook) throws IOException {
        Path target = file.toAbsolutePath();
        if (replaceExisting && Files.isSymbolicLink(target) && Files.exists(target)) target = target.toRealPath();
        if (!replaceExisting && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) throw new FileAlreadyExistsException(file.toString());
        Path dir = target.getParent();
        byte[] bytes = toJson(s).getBytes(StandardCharsets.UTF_8);
        Path temp = createTemp(dir, target.getFileName().toString());
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer b = ByteBuffer.wrap(bytes);
                while (b.hasRemaining()) ch.write(b);
                ch.force(true);
            }
            hook.afterTempWritten(temp);
            if (replaceExisting) {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } else {
                moveIfAbsent(temp, target, file);
            }
            syncDirectory(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A new empty file next to the target, created with the default permissions (never an existing one). */
    private static Path createTemp(Path dir, String name) throws IOException {
        for (int i = 0; ; i++) {
            Path t = dir.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + ".tmp");
            try {
                return Files.createFile(t);
            } catch (FileAlreadyExistsException e) {
                if (i > 100) throw e;
            }
        }
    }

    /**
     * Puts {@code temp} at {@code target} only if nothing is there: a hard link fails atomically when the name is
     * taken. Where the file system has no hard links, an existence check and an atomic rename (a tiny race remains).
     */
    private static void moveIfAbsent(Path temp, Path target, Path asGiven) throws IOException {
        try {
            Files.createLink(target, temp);
            return; // the finally block of save removes the temporary name
        } catch (FileAlreadyExistsException e) {
            throw new FileAlreadyExistsException(asGiven.toString());
        } catch (UnsupportedOperationException | IOException e) {
            // no hard links here (FAT, some network shares): fall through
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) throw new FileAlreadyExistsException(asGiven.toString());
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Makes the rename itself durable (POSIX); where a directory cannot be opened (Windows) the rename is already. */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            // not supported on this platform
        }
    }

    private static <V> String name(Map<String, V> byName, V value) {
        for (Map.Entry<String, V> e : byName.entrySet()) if (e.getValue() == value) return e.getKey();
        throw new IllegalStateException("no file name for " + value);
    }
}

package org.panicscope.course;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.panicscope.scenario.JsonFile;
import org.panicscope.scenario.ScenarioException;

/**
 * The bundled self-study course: lessons in the order a student should take them, one or more per bundled
 * scenario family. The files live beside the scenarios (scenarios/course/) and ship inside the module.
 */
public final class Course {
    public static final List<String> IDS = List.of(
            "01-owner-halted", "02-flood-livelock", "03-halted-holding-sem", "04-waiter-halted",
            "05-sem-lock-window", "06-owner-lock-window", "07-kmsg-dump-order", "08-gsmi-lock", "09-kexec-lock",
            "10-kmsg-panic", "11-nbcon-safe-takeover", "12-nbcon-unsafe-takeover", "13-nbcon-flood",
            "14-nbcon-mixed-sem-lock");

    private static volatile List<Lesson> all;

    private Course() { }

    public static List<Lesson> all() {
        List<Lesson> a = all;
        if (a == null) {
            List<Lesson> l = new ArrayList<>();
            for (String id : IDS) l.add(bundled(id));
            all = a = List.copyOf(l);
        }
        return a;
    }

    public static Lesson bundled(String id) {
        String name = "scenarios/course/" + id + ".json";
        try {
            return LessonLoader.parse(JsonFile.resource("/org/panicscope/scenarios/course/" + id + ".json", name), name, "bundled");
        } catch (ScenarioException e) {
            throw new IllegalStateException("bundled lesson is invalid:\n" + e.getMessage(), e);
        }
    }

    /** A bundled lesson id (or its number, "1"), or a path to a lesson file. */
    public static Lesson resolve(String idOrFile) throws ScenarioException {
        for (String id : IDS) if (id.equals(idOrFile) || id.substring(3).equals(idOrFile) || stripZero(id).equals(idOrFile)) return bundled(id);
        Path p = Path.of(idOrFile);
        if (Files.exists(p)) return LessonLoader.load(p);
        throw new IllegalArgumentException("unknown lesson '" + idOrFile + "' (no such bundled lesson or file); bundled lessons: " + String.join(", ", IDS));
    }

    private static String stripZero(String id) {
        String n = id.substring(0, 2);
        return n.startsWith("0") ? n.substring(1) : n;
    }
}

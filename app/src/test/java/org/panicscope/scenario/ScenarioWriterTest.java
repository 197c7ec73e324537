package org.panicscope.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.panicscope.engine.Run;
import org.panicscope.model.Config;

class ScenarioWriterTest {
    @TempDir Path tmp;

    /** Equal as scenarios: every component, with the parameters compared by value and the origin left out. */
    static void assertSameScenario(Scenario a, Scenario b) {
        assertEquals(a.id(), b.id());
        assertEquals(a.title(), b.title());
        assertEquals(a.section(), b.section());
        assertEquals(a.description(), b.description());
        assertEquals(a.sources(), b.sources());
        assertEquals(a.cpus(), b.cpus());
        assertEquals(a.params().asMap(), b.params().asMap());
        assertEquals(a.settings(), b.settings());
        assertEquals(a.config(), b.config());
        assertEquals(a.scheduleText(), b.scheduleText());
        assertEquals(a.schedule(), b.schedule());
        assertEquals(a.overrides(), b.overrides());
        assertEquals(a.expected(), b.expected());
        assertEquals(a.narration(), b.narration());
    }

    List<Path> leftovers() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) { return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList(); }
    }

    @Test void loadSaveLoadGivesTheSameScenarioForEveryBundledOne() throws Exception {
        for (String id : Scenarios.IDS) {
            Scenario a = ScenarioLoader.load(Path.of("../scenarios/" + id + ".json"));
            Path f = tmp.resolve(id + ".json");
            ScenarioWriter.save(a, f);
            Scenario b = ScenarioLoader.validate(f);
            assertSameScenario(a, b);
            assertEquals(f.toString(), b.origin());
            assertEquals(Files.readString(f), ScenarioWriter.toJson(b), "saving again changes nothing");
        }
    }

    @Test void theWriterKeepsTheFileAsWritten() throws Exception {
        // a canonical file (two-space indent, fields in the documented order, params as written) is rewritten byte for byte
        Path f = Path.of("src/test/resources/canonical.json");
        assertEquals(Files.readString(f), ScenarioWriter.toJson(ScenarioLoader.load(f)));
    }

    @Test void neverOverwritesUnlessAsked() throws Exception {
        Scenario s = Scenarios.bundled("owner-halted");
        Path f = Files.writeString(tmp.resolve("mine.json"), "my work");
        assertThrows(FileAlreadyExistsException.class, () -> ScenarioWriter.save(s, f));
        assertThrows(FileAlreadyExistsException.class, () -> ScenarioWriter.save(s, f, false));
        assertEquals("my work", Files.readString(f));
        assertEquals(List.of(), leftovers());
        ScenarioWriter.save(s, f, true);
        assertEquals("owner-halted", ScenarioLoader.load(f).id());
        assertEquals(List.of(), leftovers());
    }

    @Test void aFailureAfterTheTemporaryFileLeavesTheOldFileIntact() throws Exception {
        Scenario s = Scenarios.bundled("owner-halted");
        Path f = Files.writeString(tmp.resolve("mine.json"), "previous content");
        Path[] seen = new Path[1];
        IOException boom = new IOException("disk full (simulated)");
        IOException e = assertThrows(IOException.class, () -> ScenarioWriter.save(s, f, true, t -> {
            seen[0] = t;
            assertEquals(tmp, t.getParent(), "the temporary file is in the same directory (so the rename is atomic)");
            assertEquals(ScenarioWriter.toJson(s), Files.readString(t), "the whole text is in the temporary file before the move");
            throw boom;
        }));
        assertEquals(boom, e);
        assertEquals("previous content", Files.readString(f));
        assertFalse(Files.exists(seen[0]), "the temporary file is removed");
        assertEquals(List.of(), leftovers());
    }

    /** A real crash: another JVM dies (Runtime.halt) right after writing the temporary file. */
    @Test void aCrashInTheMiddleOfASaveLeavesThePreviousFile() throws Exception {
        Path f = Files.writeString(tmp.resolve("mine.json"), "previous content");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CrashingSave.class.getName(), f.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(CrashingSave.EXIT, p.exitValue(), out);
        assertEquals("previous content", Files.readString(f));
        List<Path> left = leftovers();
        assertEquals(1, left.size(), "a crash leaves the temporary file: " + left);
        assertEquals(ScenarioWriter.toJson(Scenarios.bundled("owner-halted")), Files.readString(left.get(0)));
    }

    /** The child of the crash test. */
    public static final class CrashingSave {
        static final int EXIT = 77;
        public static void main(String[] args) throws Exception {
            ScenarioWriter.save(Scenarios.bundled("owner-halted"), Path.of(args[0]), true, t -> Runtime.getRuntime().halt(EXIT));
        }
    }

    @Test void savingARunMakesItTheForcingScheduleUnderItsConfiguration() throws Exception {
        Scenario s = Scenarios.bundled("sem-lock-window");
        Config cfg = Config.parse("FINAL+FX-TRYLOCK");
        Run run = s.replay(cfg, s.scheduleFor(cfg), false, false);
        Scenario.Narration words = new Scenario.Narration("My run.", List.of(new Scenario.Note(3, "Look here.", "console_sem")));
        Scenario saved = s.withRun(cfg.name(), run.schedule().toString(), words);
        Path f = tmp.resolve("run.json");
        ScenarioWriter.save(saved, f);
        Scenario back = ScenarioLoader.validate(f);
        assertSameScenario(saved, back);
        assertEquals("FINAL+FX-TRYLOCK", back.config());
        assertEquals(words, back.narration());
        assertEquals(List.of(), List.copyOf(back.overrides().keySet()), "the old per-configuration schedules are dropped");
        Run again = back.replay(Config.parse(back.config()), back.scheduleFor(Config.parse(back.config())), false, false);
        assertEquals(run.history(), again.history(), "the saved file replays the run exactly");
        assertEquals(run.outcome().verdict(), again.outcome().verdict());
        assertThrows(IllegalArgumentException.class, () -> s.withRun("FINL", "p0", null));
        assertThrows(IllegalArgumentException.class, () -> s.withRun("FINAL", "x0", null));
    }

    @Test void savesIntoADirectoryOnlyWhereItExists() {
        assertThrows(IOException.class, () -> ScenarioWriter.save(Scenarios.bundled("owner-halted"), tmp.resolve("no/such/dir.json")));
    }
}

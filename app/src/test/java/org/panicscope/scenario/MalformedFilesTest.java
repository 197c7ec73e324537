package org.panicscope.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The regression suite of malformed scenario files: each {@code malformed/NAME.json} has its exact expected
 * problems, one {@code line:column: message} per line, in {@code NAME.expected}. Lines starting with {@code #}
 * are directives: {@code # schema: accepts} marks a file whose problem only the loader can see (a run check or
 * a rule JSON Schema cannot state); every other file must be rejected by docs/scenario.schema.json too.
 */
class MalformedFilesTest {
    static final Path DIR = Path.of("src/test/resources/malformed");

    static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    static List<String> expected(Path json) throws IOException {
        Path sidecar = json.resolveSibling(json.getFileName().toString().replace(".json", ".expected"));
        return Files.readAllLines(sidecar, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    }

    @TestFactory
    Stream<DynamicTest> everyMalformedFileGivesExactlyItsExpectedProblems() throws IOException {
        assertTrue(files().size() >= 40, "the suite has its files");
        return files().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            List<String> want = expected(f).stream().filter(l -> !l.startsWith("#")).toList();
            assertFalse(want.isEmpty(), "a sidecar names at least one problem");
            ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.validate(f));
            List<String> got = e.problems().stream().map(p -> p.line() + ":" + p.col() + ": " + p.message()).toList();
            assertEquals(want, got, "problems of " + f.getFileName());
            for (String line : e.lines()) {
                assertTrue(line.startsWith(f + ":"), "every line starts with file:line:column: " + line);
                assertFalse(line.contains("\n") || line.contains("\r"), "one line per problem");
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> theSchemaRejectsWhatItCanSee() throws IOException {
        return files().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            boolean accepts = expected(f).contains("# schema: accepts");
            List<String> errors = SchemaSupport.errors(f);
            if (accepts) assertEquals(List.of(), errors, "the schema accepts " + f.getFileName() + " (only the loader sees its problem)");
            else assertFalse(errors.isEmpty(), "the schema rejects " + f.getFileName());
        }));
    }
}

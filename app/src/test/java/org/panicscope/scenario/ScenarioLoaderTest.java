package org.panicscope.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.panicscope.cli.Cli;

class ScenarioLoaderTest {
    @TempDir Path tmp;

    static final String OK = """
            {
              "id": "sample",
              "title": "A sample",
              "description": "CPU0 panics, CPU1 writes.",
              "cpus": [{"program": "panic"}, {"program": "writer"}],
              "params": {"kdumpLoaded": true, "crashKexecPostNotifiers": true},
              "schedule": "1@DRV2 p0 0@PN8 1@DRV2"
            }
            """;

    static String[] run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test void everyBundledScenarioValidates() throws Exception {
        for (String id : Scenarios.IDS) {
            Scenario s = ScenarioLoader.validate(Path.of("../scenarios/" + id + ".json"));
            assertEquals(id, s.id());
            assertEquals(ScenarioWriter.toJson(Scenarios.bundled(id)), ScenarioWriter.toJson(s), "the bundled copy is the file");
        }
    }

    /** The "done when": one precise line for each of four mistakes, exit status 2. */
    @Test void validatePrintsOnePreciseLinePerProblem() {
        String f = "src/test/resources/malformed/done-when.json";
        String[] r = run("validate", f);
        assertEquals("2", r[0]);
        assertEquals("", r[1]);
        assertEquals(List.of(
                f + ":5:3: unknown field `cpuss`; did you mean `cpus`?",
                f + ":7:29: parameter kdumpLoaded must be true or false, not the string `yes`",
                f + ":8:28: unknown step id `PN88` in schedule token `0@PN88`; did you mean `PN8`?",
                f + ":9:37: bad schedule token `q0` (schedule for FINAL): expected a CPU digit 0-9 or n/i/p/s followed by one, found 'q'"),
                r[2].lines().toList());
    }

    @Test void validateSaysOkAndExitsZeroForGoodFiles() throws Exception {
        Path good = Files.writeString(tmp.resolve("good.json"), OK);
        String[] r = run("validate", good.toString(), "../scenarios/owner-halted.json");
        assertEquals("0", r[0], r[2]);
        assertEquals(List.of(good + ": ok", "../scenarios/owner-halted.json: ok"), r[1].lines().toList());
    }

    @Test void validateReportsEveryFileAndFailsIfAnyIsBad() throws Exception {
        Path good = Files.writeString(tmp.resolve("good.json"), OK);
        String[] r = run("validate", "src/test/resources/malformed/empty.json", good.toString(), tmp.resolve("missing.json").toString());
        assertEquals("2", r[0]);
        assertEquals(List.of(good + ": ok"), r[1].lines().toList());
        assertEquals(List.of("src/test/resources/malformed/empty.json:1:1: the file is empty; a scenario is one JSON object",
                tmp.resolve("missing.json") + ":1:1: no such file"), r[2].lines().toList());
    }

    @Test void aColumnInsideAStringCountsTheQuoteAndEscapes() throws Exception {
        // line 2: the schedule's opening quote is at column 15; "\u0031" is one character but six columns
        String text = "{\"id\": \"x\", \"title\": \"t\", \"description\": \"d\", \"cpus\": [{\"program\": \"panic\"}],\n"
                + "  \"schedule\": \"\\u0031\\t0 x0\"}";
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(text, "t.json", "t"));
        assertEquals(List.of("t.json:2:26: bad schedule token `x0`: expected a CPU digit 0-9 or n/i/p/s followed by one, found 'x'"), e.lines());
        assertEquals('x', text.lines().toList().get(1).charAt(26 - 1));
    }

    @Test void anImpossibleTokenIsReportedAtItsColumn() throws Exception {
        String text = OK.replace("1@DRV2 p0 0@PN8 1@DRV2", "1@DRV2 p0 n1 0@PN8");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.validate(text, "t.json", "t"));
        assertEquals(1, e.problems().size(), e.getMessage());
        Problem p = e.problems().get(0);
        assertEquals('n', text.lines().toList().get(p.line() - 1).charAt(p.col() - 1), e.getMessage());
        assertTrue(p.message().startsWith("under BASE: impossible schedule: token 'n1'"), p.message());
        ScenarioLoader.parse(text, "t.json", "t"); // a schedule that parses is fine for load: only validate runs it
    }

    @Test void aByteOrderMarkIsAccepted() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = OK.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        Path f = Files.write(tmp.resolve("bom.json"), all);
        assertEquals("sample", ScenarioLoader.load(f).id());
    }

    @Test void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
        Path big = tmp.resolve("big.json");
        Files.write(big, new byte[ScenarioLoader.MAX_BYTES + 1]);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(big));
        assertEquals(List.of(big + ":1:1: the file is 1048577 bytes; a scenario file is at most 1048576 bytes (1 MiB)"), e.lines());
    }

    @Test void aDirectoryIsNotAScenario() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(tmp));
        assertEquals(List.of(tmp + ":1:1: this is a directory, not a scenario file"), e.lines());
    }

    @Test void problemsAreCappedWithACount() {
        StringBuilder b = new StringBuilder("{\"id\": \"x\", \"title\": \"t\", \"description\": \"d\", \"cpus\": [{\"program\": \"panic\"}],\n \"sources\": [");
        for (int i = 0; i < 250; i++) b.append(i == 0 ? "" : ",\n").append(i);
        b.append("]}");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(b.toString(), "t.json", "t"));
        assertEquals(ScenarioLoader.MAX_PROBLEMS + 1, e.problems().size());
        assertEquals("… and 151 more problems", e.problems().getLast().message());
        assertEquals("too many sources: 250 (at most 100)", e.problems().get(0).message());
        assertEquals("each entry of `sources` must be a string, not the number 0", e.problems().get(1).message());
    }

    @Test void tooManyCpusAndTooLongSchedulesHaveTheirOwnMessages() {
        String cpus = OK.replace("[{\"program\": \"panic\"}, {\"program\": \"writer\"}]",
                "[{\"program\": \"panic\"}" + ", {\"program\": \"idle\"}".repeat(8) + "]");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(cpus, "t.json", "t"));
        assertEquals("too many CPUs: 9 (at most 8)", e.problems().get(0).message());
        String sched = OK.replace("1@DRV2 p0 0@PN8 1@DRV2", "0".repeat(ScenarioLoader.MAX_SCHEDULE + 1));
        e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(sched, "t.json", "t"));
        assertEquals("the schedule is 10001 characters long; at most 10000", e.problems().get(0).message());
    }

    @Test void messagesShowInvisibleCharactersEscapedOnOneLine() {
        String text = OK.replace("\"id\": \"sample\"", "\"id\": \"sample\", \"ti\\u202etle\\n\": 1");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(text, "t.json", "t"));
        assertEquals("unknown field `ti\\u202etle\\u000a`; did you mean `title`?", e.problems().get(0).message());
    }

    @Test void theLoaderKeepsParametersAsWritten() throws Exception {
        Scenario s = ScenarioLoader.parse(OK.replace("\"kdumpLoaded\": true", "\"W\": 3, \"panicVia\": \"nmi\", \"kdumpLoaded\": true"), "t.json", "t");
        assertEquals(List.of("W", "panicVia", "kdumpLoaded", "crashKexecPostNotifiers"), List.copyOf(s.settings().keySet()));
        assertEquals(3, s.params().W);
        assertEquals(8, s.params().C, "defaults for the rest");
        assertEquals("BASE", s.config());
        assertTrue(s.narration().isEmpty());
    }

    @Test void enumParametersAreWrittenInLowerCase() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse(OK.replace("\"kdumpLoaded\": true", "\"panicVia\": \"NMI\""), "t.json", "t"));
        assertEquals("parameter panicVia = `NMI` is not one of sysrq, nmi; did you mean `nmi`?", e.problems().get(0).message());
    }

    @Test void hintsOnlyForCloseNames() {
        assertEquals("cpus", Hints.closest("cpuss", ScenarioLoader.TOP));
        assertEquals("narration", Hints.closest("Narration", ScenarioLoader.TOP));
        assertEquals(null, Hints.closest("colour", ScenarioLoader.TOP));
        assertEquals(null, Hints.closest("xyz", List.of("abc")));
    }
}

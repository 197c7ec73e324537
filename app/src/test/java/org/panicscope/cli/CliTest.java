package org.panicscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CliTest {
    record Result(int code, String out, String err) { }

    static Result cli(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    static JsonNode json(String... args) {
        Result r = cli(args);
        assertEquals(0, r.code(), r.err());
        return JsonMapper.builder().build().readTree(r.out());
    }

    @Test
    void runReportsTheDoneWhenVerdicts() {
        JsonNode base = json("run", "owner-halted", "--config", "BASE", "--json");
        assertEquals("DL", base.get("verdict").asString());
        assertEquals("owner-halted", base.get("scenario").asString());
        assertEquals("BASE", base.get("config").asString());
        assertTrue(base.get("reason").asString().contains("CTS8 on console_waiter"));
        assertTrue(base.get("steps").isArray() && base.get("steps").size() > 100);
        assertFalse(base.get("schedule").asString().isBlank());
        assertEquals("OK-K", json("run", "owner-halted", "--config", "FINAL", "--json").get("verdict").asString());
        assertEquals("DL", json("run", "sem-lock-window", "--config", "FINAL", "--json").get("verdict").asString());
    }

    @Test
    void theJsonScheduleReplaysToTheSameVerdictAndSteps() {
        JsonNode a = json("run", "flood-livelock", "--config", "BASE", "--json");
        JsonNode b = json("run", "flood-livelock", "--config", "BASE", "--schedule", a.get("schedule").asString(), "--json");
        assertEquals(a.get("verdict"), b.get("verdict"));
        assertEquals(a.get("steps"), b.get("steps"));
    }

    @Test
    void textTraceHasOneLinePerStepAndTheVerdict() {
        Result r = cli("run", "owner-halted", "--config", "FINAL");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("verdict: OK-K"));
        assertTrue(r.out().lines().anyMatch(l -> l.matches("\\s+\\d+\\s+t=\\d+\\s+CPU0\\s+PN2\\s+panic\\s+panic_cpu none->CPU0")), r.out());
    }

    @Test
    void scenariosListsIdAndTitle() {
        Result r = cli("scenarios");
        assertEquals(0, r.code());
        assertEquals(org.panicscope.scenario.Scenarios.IDS.size(), r.out().lines().count());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("sem-lock-window") && l.contains("sem->lock")));
    }

    @Test
    void badInputIsOneLineNamingTheValueAndTheChoicesWithStatus2() {
        assertOneLine(cli("run", "no-such"), "unknown scenario 'no-such'", "owner-halted");
        assertOneLine(cli("run", "owner-halted", "--config", "FINALE"), "unknown configuration 'FINALE'", "BASE, V0, VP");
        assertOneLine(cli("run", "owner-halted", "--config", "FINAL+FX-FOO"), "unknown switch 'FX-FOO'", "FX-TRYLOCK");
        assertOneLine(cli("run", "owner-halted", "--schedule", "1 q"), "bad schedule at column 3", "'q'");
        assertOneLine(cli("run", "owner-halted", "--schedule", "n1"), "impossible schedule: token 'n1'", "no pending NMI");
        assertOneLine(cli("run", "owner-halted", "--bogus"), "Unknown option: '--bogus'", "");
    }

    private static void assertOneLine(Result r, String... parts) {
        assertEquals(2, r.code(), r.err() + r.out());
        assertEquals(1, r.err().lines().count(), "one line: " + r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        for (String p : parts) assertTrue(r.err().contains(p), "'" + p + "' missing in: " + r.err());
    }
}

package org.panicscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.panicscope.cli.Cli;
import org.panicscope.engine.Schedule;
import org.panicscope.engine.Verdict;
import org.panicscope.model.Config;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.Scenarios;
import org.panicscope.recording.Tape;

class ShareLineTest {
    @TempDir Path dir;

    @Test
    void aLineRoundTripsAndReproducesTheRunExactly() {
        Scenario s = Scenarios.bundled("owner-halted");
        Config c = Config.parse("FINAL+FX-TRYLOCK");
        Schedule sched = Schedule.parse("1@DRV2 p0 0*40 1*3");
        Tape original = Tape.replay(s, c, sched, true);
        ShareLine line = ShareLine.of(s, c, sched, true).withExpect(original.outcome().verdict());
        String text = line.toString();
        assertEquals("panicscope:owner-halted?config=FINAL+FX-TRYLOCK&schedule=1@DRV2,p0,0*40,1*3&expect=" + original.outcome().verdict().id(), text);
        ShareLine back = ShareLine.parse(text);
        assertEquals(line, back);
        Scenario s2 = back.scenario(null);
        Config c2 = back.config(s2);
        Tape again = Tape.replay(s2, c2, back.schedule(s2, c2), back.timed());
        assertEquals(original.schedule().toString(), again.schedule().toString(), "the same choices");
        assertEquals(original.outcome(), again.outcome());
        assertEquals(original.entries().size(), again.entries().size());
    }

    @Test
    void theForcingScheduleIsLeftOutAndAComparisonCarriesVs() {
        Scenario s = Scenarios.bundled("owner-halted");
        ShareLine l = ShareLine.of(s, Config.parse("BASE"), s.scheduleFor(Config.parse("BASE")), true).withVs(Config.parse("FINAL"));
        assertEquals("panicscope:owner-halted?config=BASE&vs=FINAL", l.toString());
        ShareLine p = ShareLine.parse("  <panicscope:owner-halted?config=BASE&vs=FINAL&untimed>  ");
        assertEquals("FINAL", p.vsConfig().name());
        assertTrue(!p.timed());
        assertNull(p.schedule());
        assertEquals("untimed: " + s.scheduleFor(Config.parse("BASE")), p.schedule(s, Config.parse("BASE")).toString());
        assertEquals("BASE", ShareLine.parse("panicscope:owner-halted").config(s).name(), "no config: the scenario's default");
    }

    @Test
    void percentEscapesAreDecodedAndPlusIsAPlus() {
        ShareLine p = ShareLine.parse("panicscope:owner-halted?config=FINAL+FX-TRYLOCK&schedule=1%40DRV2%20p0");
        assertEquals("FINAL+FX-TRYLOCK", p.config());
        assertEquals("1@DRV2 p0", p.schedule());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "owner-halted?config=BASE | starts with 'panicscope:'",
        "panicscope: | names no scenario",
        "panicscope:no-such?config=BASE | unknown scenario 'no-such'",
        "panicscope:sha256-12ab | bad scenario digest",
        "panicscope:owner-halted?config=NOPE | bad 'config' in the run line: unknown configuration 'NOPE'",
        "panicscope:owner-halted?config=BASE&config=FINAL | 'config' is given twice",
        "panicscope:owner-halted?colour=red | unknown parameter 'colour'",
        "panicscope:owner-halted?config= | 'config' needs a value",
        "panicscope:owner-halted?schedule=1,x | bad schedule in the run line: bad schedule at column 3",
        "panicscope:owner-halted?schedule=1%4 | bad percent escape",
        "panicscope:owner-halted?expect=MAYBE | bad 'expect'",
        "panicscope:owner-halted?config=BASE&& | empty parameter",
    })
    void malformedLinesSayWhatIsWrong(String line, String message) {
        ShareLine.Malformed e = assertThrows(ShareLine.Malformed.class, () -> ShareLine.parse(line));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void aScenarioFileIsNamedByItsDigestAndMustMatch() throws Exception {
        Path file = dir.resolve("mine.json");
        Files.writeString(file, new String(ShareLineTest.class.getResourceAsStream("/org/panicscope/scenarios/owner-halted.json").readAllBytes()));
        Scenario s = org.panicscope.scenario.ScenarioLoader.load(file);
        ShareLine l = ShareLine.of(s, Config.parse("FINAL"), null, true);
        assertTrue(l.toString().startsWith("panicscope:sha256-"), l.toString());
        assertEquals(ShareLine.digestOf(Files.readAllBytes(file)), l.digest());
        ShareLine p = ShareLine.parse(l.toString());
        assertEquals("owner-halted", p.scenario(file).id());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> p.scenario(null));
        assertTrue(none.getMessage().contains("give that file too"), none.getMessage());
        Files.writeString(file, Files.readString(file).replace("\"kdumpLoaded\": true", "\"kdumpLoaded\": false"));
        IllegalArgumentException edited = assertThrows(IllegalArgumentException.class, () -> p.scenario(file));
        assertTrue(edited.getMessage().contains("not the run line's"), edited.getMessage());
    }

    @Test
    void runCompareAndExportAcceptRunLines() throws Exception {
        String[] plain = run("run", "owner-halted", "--config", "BASE");
        String share = plain[0].lines().filter(l -> l.startsWith("share: ")).findFirst().orElseThrow().substring(7);
        assertEquals("panicscope:owner-halted?config=BASE&expect=DL", share);
        String[] again = run("run", "--run", share);
        assertEquals(plain[0], again[0], "the line reproduces the run exactly");
        assertEquals("", again[1]);

        String[] cmp = run("compare", "--run", "panicscope:owner-halted?config=BASE", "--config", "FINAL");
        assertTrue(cmp[0].contains("BASE : DL") && cmp[0].contains("FINAL: OK-K"), cmp[0]);

        Path out = dir.resolve("cmp.svg");
        String[] exp = run("export", "--run", "panicscope:owner-halted?config=BASE&vs=FINAL", "--format", "svg", "--out", out.toString());
        assertTrue(exp[0].startsWith("wrote "), exp[0] + exp[1]);
        assertTrue(Files.readString(out).contains("lane-FINAL-cpu1"));

        String[] twice = run("export", "--run", "panicscope:owner-halted?config=BASE&vs=FINAL", "--format", "svg", "--out", out.toString());
        assertEquals("2", twice[2]);
        assertTrue(twice[1].contains("already exists; add --force"), twice[1]);
        assertEquals("0", run("export", "--run", "panicscope:owner-halted?config=BASE&vs=FINAL", "--format", "svg", "--out", out.toString(), "--force")[2]);

        String[] bad = run("run", "--run", "panicscope:owner-halted?config=BASE", "--config", "FINAL");
        assertEquals("2", bad[2]);
        assertTrue(bad[1].contains("drop --config"), bad[1]);
        String[] different = run("run", "--run", "panicscope:owner-halted?config=FINAL&expect=DL");
        assertEquals("0", different[2]);
        assertTrue(different[1].contains("expected DL but this run gives OK-K"), different[1]);
        assertEquals(Verdict.OK_K, Verdict.byId("OK-K"));
    }

    /** Runs the command line; returns stdout, stderr and the exit status. */
    private static String[] run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int rc = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new String[] {out.toString(), err.toString(), Integer.toString(rc)};
    }
}

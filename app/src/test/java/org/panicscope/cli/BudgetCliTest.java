package org.panicscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command that drives a run stops at --max-choices with one line and exit status 2, never a stack trace. */
class BudgetCliTest {
    static final String ENDLESS = "src/test/resources/bounds/endless.json";

    static void noVerdict(CliTest.Result r, int budget) {
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("panicscope: "), r.err());
        assertTrue(r.err().contains("no verdict within " + budget + " choices"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void runExportCompareAndValidateStopAtTheBudget(@TempDir Path dir) {
        noVerdict(CliTest.cli("run", ENDLESS, "--max-choices", "2000"), 2000);
        noVerdict(CliTest.cli("run", ENDLESS, "--max-choices", "2000", "--json"), 2000);
        noVerdict(CliTest.cli("compare", ENDLESS, "--config", "BASE", "--config", "FINAL", "--max-choices", "2000"), 2000);
        Path out = dir.resolve("x.svg");
        noVerdict(CliTest.cli("export", ENDLESS, "--format", "svg", "--out", out.toString(), "--max-choices", "2000"), 2000);
        assertFalse(Files.exists(out));
        CliTest.Result v = CliTest.cli("validate", ENDLESS, "--max-choices", "2000");
        assertEquals(2, v.code());
        assertTrue(v.err().startsWith(ENDLESS + ":9:15: under BASE: no verdict within 2000 choices"), v.err());
    }

    @Test
    void anExplicitBudgetRaisesTheDefault() {
        CliTest.Result r = CliTest.cli("run", "owner-halted", "--max-choices", "2000000");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("verdict: DL"));
        assertEquals(2, CliTest.cli("run", "owner-halted", "--max-choices", "0").code());
    }

    @Test
    void validateDrivesTheDefaultRunOfAFileWithoutSchedule() {
        CliTest.Result r = CliTest.cli("validate", "src/test/resources/bounds/no-schedule.json", "--max-choices", "20");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no-schedule.json:1:1: under BASE: no verdict within 20 choices"), r.err());
        assertEquals(0, CliTest.cli("validate", "src/test/resources/bounds/no-schedule.json").code());
    }

    @Test
    void trialsCountTrialsWithoutAVerdictAndExit2() {
        CliTest.Result r = CliTest.cli("trials", "owner-halted", "--count", "10", "--seed", "1", "--threads", "1", "--max-choices", "5");
        assertEquals(2, r.code());
        assertTrue(r.out().contains("NO-VERDICT"), r.out());
        assertTrue(r.err().contains("10 trials reached no verdict within 5 choices"), r.err());
    }
}

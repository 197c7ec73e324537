package org.panicscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.panicscope.engine.Echo;
import org.panicscope.engine.Schedule;
import picocli.CommandLine;

/** Text in and out: ASCII digits only, escaped and shortened echoes, --help everywhere. */
class TextTest {
    static void badSchedule(String schedule, String says) {
        CliTest.Result r = CliTest.cli("run", "owner-halted", "--schedule", schedule);
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(says), r.err());
    }

    @Test
    void schedulesTakeAsciiDigitsOnly() {
        badSchedule("٣", "bad schedule at column 1: expected a CPU digit 0-9 or n/i/p/s followed by one, found '٣'");
        badSchedule("0*３", "bad schedule at column 3: expected a repeat count 1-9999999 after '*'");
        badSchedule("1@D٣", "unknown step id 'D'");
        badSchedule("0*000010000000", "repeat count too large (at most 9999999)");
        assertEquals(1, Schedule.parse("0*00000001").items().getFirst().repeat());
        assertEquals(9999999, Schedule.parse("0*0009999999").items().getFirst().repeat());
        assertEquals(0, CliTest.cli("run", "owner-halted", "--schedule", "0*00000001").code());
        CliTest.Result line = CliTest.cli("run", "--run", "panicscope:owner-halted?schedule=٣");
        assertEquals(2, line.code());
        assertTrue(line.err().contains("found '٣'"), line.err());
    }

    @Test
    void messagesEscapeControlCharactersAndCutLongInput() {
        CliTest.Result r = CliTest.cli("run", "--run", "panicscope:owner-halted?config=BASE\u001b[31m+X");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown configuration 'BASE\\u001b[31m'"), r.err());
        assertFalse(r.err().contains("\u001b"), r.err());
        CliTest.Result tab = CliTest.cli("run", "owner-halted", "--config", "BASE\t\u009b2J");
        assertFalse(tab.err().chars().anyMatch(c -> c == '\t' || c == 0x9b), tab.err());

        String huge = "0 ".repeat(500_000) + "x";
        CliTest.Result big = CliTest.cli("run", "owner-halted", "--schedule", huge);
        assertEquals(2, big.code());
        assertTrue(big.err().length() < 400, big.err().length() + " characters");
        assertTrue(big.err().contains("bad schedule at column 1000001:"), big.err()); // the column is still the input's
        assertTrue(big.err().endsWith("0 0 x\"\n"), big.err());
        CliTest.Result longLine = CliTest.cli("run", "--run", "panicscope:" + "a".repeat(1_000_000));
        assertTrue(longLine.err().length() < 400, longLine.err().length() + " characters");
    }

    @Test
    void anExcerptKeepsThePlaceItIsAbout() {
        String s = "x".repeat(1000) + "HERE" + "y".repeat(1000);
        String e = Echo.around(s, 1000);
        assertTrue(e.startsWith("…") && e.endsWith("…") && e.contains("HERE"), e);
        assertTrue(e.length() <= Echo.MAX + 2, e);
        assertEquals("a\\nb\\u001bc", Echo.of("a\nb\u001bc"));
        assertEquals("line 1\nline\\u0007 2", Echo.message("line 1\nline\u0007 2"));
    }

    @Test
    void everyCommandTakesHelp() {
        Set<String> commands = new CommandLine(new Cli()).getSubcommands().keySet();
        assertTrue(commands.size() >= 8, commands.toString());
        for (String c : commands) {
            CliTest.Result r = CliTest.cli(c, "--help");
            assertEquals(0, r.code(), c + ": " + r.err());
            assertTrue(r.out().startsWith("Usage: panicscope " + c), c + ": " + r.out());
            CliTest.Result v = CliTest.cli(c, "--version");
            assertTrue(v.out().startsWith("PanicScope "), c + ": " + v.out());
        }
    }

    /** picocli formats descriptions with String.format: a bare '%' printed "[picocli WARN]" lines under --help. */
    @Test
    void everyHelpPrintsWithoutPicocliWarnings() {
        CommandLine root = new CommandLine(new Cli());
        java.io.PrintStream saved = System.err;
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        try {
            System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
            for (CommandLine c : root.getSubcommands().values()) c.usage(new java.io.PrintWriter(new java.io.StringWriter()));
        } finally {
            System.setErr(saved);
        }
        String text = err.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(text.contains("picocli WARN"), text);
    }
}

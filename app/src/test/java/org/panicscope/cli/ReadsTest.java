package org.panicscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.panicscope.scenario.OsReason;
import org.panicscope.scenario.ScenarioLoader;

/**
 * Reads: only regular files, each read once and within the size limit, the run line's digest from the same bytes;
 * every refusal is one line naming the file and the reason, exit 2. The timeouts guard against the hang a FIFO
 * used to cause; they measure nothing.
 */
class ReadsTest {
    static final Path SAMPLE = Path.of("../scenarios/owner-halted.json");

    static Path fifo(Path dir) throws Exception {
        Path f = dir.resolve("scenario.fifo");
        Process p = new ProcessBuilder("mkfifo", f.toString()).inheritIO().start();
        assumeTrue(p.waitFor() == 0, "this system has no mkfifo: FIFO reads not tested");
        return f;
    }

    static void refused(CliTest.Result r, String file, String reason) {
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(file + ":1:1: " + reason), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test @Timeout(60)
    void aFifoIsRefusedNotReadSoNothingHangs(@TempDir Path dir) throws Exception {
        Path f = fifo(dir);
        refused(CliTest.cli("run", f.toString()), f.toString(), "this is not a regular file");
        refused(CliTest.cli("validate", f.toString()), f.toString(), "this is not a regular file");
        refused(CliTest.cli("export", f.toString(), "--format", "svg", "--out", dir.resolve("x.svg").toString()), f.toString(), "this is not a regular file");
    }

    @Test @Timeout(60)
    void aDeviceAndAFolderAreRefused(@TempDir Path dir) {
        refused(CliTest.cli("validate", dir.toString()), dir.toString(), "this is a directory");
        Path dev = Path.of("/dev/zero");
        assumeTrue(Files.exists(dev), "this system has no /dev/zero: device reads not tested");
        refused(CliTest.cli("run", dev.toString()), dev.toString(), "this is not a regular file");
    }

    @Test @Timeout(60)
    void theSizeLimitAppliesToTheReadOfARunLinesFile(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("b.json");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(3L << 30); // sparse: no disk used
        }
        CliTest.Result r = CliTest.cli("run", big.toString(), "--run", "panicscope:sha256-0000000000000000");
        refused(r, big.toString(), "the file is 3221225472 bytes; a scenario file is at most 1048576 bytes");
    }

    @Test
    void theRunLinesDigestIsOfTheBytesThatWereRun(@TempDir Path dir) throws Exception {
        Path copy = Files.copy(SAMPLE, dir.resolve("x.json"));
        byte[] bytes = Files.readAllBytes(copy);
        String digest = "sha256-" + ScenarioLoader.sha256(bytes).substring(0, 16);
        CliTest.Result r = CliTest.cli("run", copy.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("share: panicscope:" + digest + "?"), r.out().lines().filter(l -> l.startsWith("share")).toList().toString());
        assertEquals(0, CliTest.cli("run", copy.toString(), "--run", "panicscope:" + digest).code());
        Files.writeString(copy, Files.readString(copy).replace("\"BASE\": \"DL\"", "\"BASE\": \"DL\" "));
        CliTest.Result edited = CliTest.cli("run", copy.toString(), "--run", "panicscope:" + digest);
        assertEquals(2, edited.code());
        assertTrue(edited.err().contains("not the run line's " + digest), edited.err());
    }

    @Test
    void errorsNameTheOsReason(@TempDir Path dir) throws Exception {
        assertEquals("permission denied", OsReason.of(new AccessDeniedException("/x")));
        assertEquals("no such file", OsReason.of(new NoSuchFileException("/x")));
        assertEquals("no space left on device", OsReason.of(new IOException("No space left on device")));
        CliTest.Result missing = CliTest.cli("validate", dir.resolve("missing.json").toString());
        assertTrue(missing.err().contains("missing.json:1:1: no such file"), missing.err());

        Path locked = Files.copy(SAMPLE, dir.resolve("locked.json"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeTrue(!Files.isReadable(locked), "running as root, who may read any file: permission denied not tested end to end");
        CliTest.Result r = CliTest.cli("validate", locked.toString());
        assertTrue(r.err().contains("locked.json:1:1: cannot read the file: permission denied"), r.err());
    }
}

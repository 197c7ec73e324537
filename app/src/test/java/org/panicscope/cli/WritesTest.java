package org.panicscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes: what --force may replace, a picture too large for the heap, too many frames, and that nothing but the
 * finished file is left on disk, also when the export is stopped by a signal (a child JVM, stopped with SIGTERM).
 */
class WritesTest {
    static List<String> listing(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static CliTest.Result export(Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("export", "owner-halted", "--format", "svg", "--out", out.toString()));
        args.addAll(List.of(more));
        return CliTest.cli(args.toArray(String[]::new));
    }

    @Test @Timeout(60)
    void forceNeverReplacesAFifoAFolderOrALinkToOne(@TempDir Path dir) throws Exception {
        Path fifo = ReadsTest.fifo(dir);
        CliTest.Result r = export(fifo, "--force");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("is a device, FIFO or socket, not a file"), r.err());
        assertTrue(Files.readAttributes(fifo, java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther());

        Path folder = Files.createDirectory(dir.resolve("folder"));
        assertTrue(export(folder, "--force").err().contains("is a folder"));
        Path toFolder = Files.createSymbolicLink(dir.resolve("to-folder"), folder);
        assertTrue(export(toFolder, "--force").err().contains("is a symbolic link to a folder"));
        assertTrue(Files.isSymbolicLink(toFolder));
        assertEquals(List.of("folder", "scenario.fifo", "to-folder"), listing(dir));
    }

    @Test
    void aDanglingLinkCountsAsExisting(@TempDir Path dir) throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("x.svg"), dir.resolve("missing"));
        CliTest.Result r = export(link);
        assertEquals(2, r.code());
        assertTrue(r.err().contains("x.svg is a symbolic link to a missing file; add --force to replace it"), r.err());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(0, export(link, "--force").code());
        assertTrue(Files.isRegularFile(link, LinkOption.NOFOLLOW_LINKS));
        assertFalse(Files.exists(dir.resolve("missing")));
    }

    @Test
    void aDeviceNodeIsNeverReplaced(@TempDir Path dir) throws Exception {
        Path dev = dir.resolve("null-clone");
        Process p = new ProcessBuilder("mknod", dev.toString(), "c", "1", "3").redirectErrorStream(true).start();
        assumeTrue(p.waitFor() == 0, "mknod needs root here: a device node at --out is tested with a FIFO only");
        CliTest.Result r = export(dev, "--force");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("null-clone is a device, FIFO or socket"), r.err());
        assertTrue(Files.readAttributes(dev, java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther());
    }

    /** The command line in a JVM of its own, with a heap of 256 MB: what a small machine gives it. */
    static ProcessBuilder child(Path dir, String... args) {
        List<String> cmd = new java.util.ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), "-Djava.io.tmpdir=" + dir, "org.panicscope.Main"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile());
    }

    @Test @Timeout(120)
    void aPictureTooLargeForTheHeapIsRefusedBeforeAnyFileWithTheScaleThatFits(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("big.png");
        Process p = child(dir, "export", "owner-halted", "--format", "png", "--width", "20000", "--scale", "16", "--out", out.toString()).start();
        assertEquals(2, p.waitFor());
        String err = Files.readString(dir.resolve("log.txt"));
        assertTrue(err.matches("(?s)panicscope: the picture would be 320000 x \\d+ pixels: \\d+ MB; the heap has room for about \\d+ MB "
                + "\\(raise the heap limit \\(now \\d+ MB\\) with PANICSCOPE_JAVA_OPTIONS=-Xmx<size>, e.g. -Xmx4g\\)\\. At this width the largest "
                + "scale that fits is --scale \\d+(\\.\\d+)? .*\\n"), err);
        assertEquals(List.of("log.txt"), listing(dir));
        String scale = err.replaceAll("(?s).*--scale (\\S+) .*", "$1");
        Process fits = child(dir, "export", "owner-halted", "--format", "png", "--width", "20000", "--scale", scale, "--out", out.toString()).start();
        assertEquals(0, fits.waitFor(), Files.readString(dir.resolve("log.txt")));
        assertTrue(Files.size(out) > 0);
    }

    @Test
    void tooManyFramesAreRefusedBeforeAnyFile(@TempDir Path dir) throws Exception {
        CliTest.Result r = CliTest.cli("export", "flood-livelock", "--config", "VP", "--format", "gif", "--out", dir.resolve("a.gif").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("the animation would have 6001 frames (one per time unit); at most 5000"), r.err());
        assertEquals(List.of(), listing(dir));
    }

    @Test @Timeout(120)
    void aSignalDuringAnExportLeavesNothingBehind(@TempDir Path dir) throws Exception {
        for (String format : List.of("gif", "frames")) {
            Path out = dir.resolve("long." + format);
            Process p = child(dir, "export", "flood-livelock", "--format", format, "--frames", "step", "--out", out.toString()).start();
            Path part = dir.resolve(".long." + format + "." + p.pid() + "-0.part");
            while (p.isAlive() && !(Files.exists(part) && (Files.isDirectory(part) ? listing(part).size() > 2 : Files.size(part) > 0))) Thread.sleep(50);
            assertTrue(p.isAlive(), "the export ended before it could be stopped: " + Files.readString(dir.resolve("log.txt")));
            p.destroy(); // SIGTERM
            assertEquals(143, p.waitFor());
            assertEquals(List.of("log.txt"), listing(dir), format);
            Files.delete(dir.resolve("log.txt"));
        }
    }
}

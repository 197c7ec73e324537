package org.panicscope.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every export is the same bytes for the same inputs, per format; the trace also across two JVMs, whose hash
 * seeds differ (a Map.of in the trace's args gave a different key order in each run).
 */
class SameBytesTest {
    static byte[] export(Path out, String format, String... more) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("export", "owner-halted", "--config", "FINAL", "--format", format, "--out", out.toString()));
        args.addAll(List.of(more));
        CliTest.Result r = CliTest.cli(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        if (Files.isDirectory(out)) {
            java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
            try (var s = Files.list(out)) {
                for (Path f : s.sorted().toList()) all.write(Files.readAllBytes(f));
            }
            return all.toByteArray();
        }
        return Files.readAllBytes(out);
    }

    @Test @Timeout(300)
    void everyFormatTwiceIsTheSameBytes(@TempDir Path dir) throws Exception {
        for (String f : List.of("png", "svg", "gif", "frames", "trace")) {
            String[] more = f.equals("gif") || f.equals("frames") ? new String[] {"--width", "400"} : new String[0];
            byte[] a = export(dir.resolve("a-" + f), f, more);
            byte[] b = export(dir.resolve("b-" + f), f, more);
            assertArrayEquals(a, b, f);
        }
    }

    @Test @Timeout(120)
    void theTraceIsTheSameBytesInAnotherJvm(@TempDir Path dir) throws Exception {
        byte[] here = export(dir.resolve("here.json"), "trace");
        for (int i = 0; i < 2; i++) {
            Path out = dir.resolve("there-" + i + ".json");
            Process p = WritesTest.child(dir, "export", "owner-halted", "--config", "FINAL", "--format", "trace", "--out", out.toString()).start();
            assertEquals(0, p.waitFor(), Files.readString(dir.resolve("log.txt")));
            assertArrayEquals(here, Files.readAllBytes(out));
        }
    }
}

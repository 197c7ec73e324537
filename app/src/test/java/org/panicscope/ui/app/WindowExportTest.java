package org.panicscope.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.panicscope.cli.Cli;
import org.panicscope.export.Exports;
import org.panicscope.picture.Palette;
import org.panicscope.model.Config;
import org.panicscope.recording.Tape;
import org.panicscope.scenario.Scenarios;
import org.panicscope.ui.session.SessionViewModel;

/** File → Export writes what {@code panicscope export} writes for the same run: the same bytes, from the same code. */
class WindowExportTest {
    @Test void theWindowsExportOfARunIsTheCommandLinesByteForByte(@TempDir Path dir) throws Exception {
        SessionViewModel vm = new SessionViewModel();
        vm.open(Scenarios.bundled("owner-halted"));
        vm.setConfig(Config.parse("FINAL"));
        vm.toEnd();
        for (String f : new String[] {"svg", "trace"}) {
            Path app = dir.resolve("app." + f), cli = dir.resolve("cli." + f);
            WindowExport.writeRun(vm.tape(), Palette.named("light"), Exports.Format.parse(f), app);
            int rc = Cli.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                    "export", "owner-halted", "--config", "FINAL", "--format", f, "--out", cli.toString());
            assertThat(rc).isZero();
            assertThat(Files.readAllBytes(app)).as(f).isEqualTo(Files.readAllBytes(cli));
        }
    }

    /** Issue 13: the window exports the recording it shows; the command line records each run once, even in the app style. */
    @Test void anExportDrivesEachRunOnce(@TempDir Path dir) throws Exception {
        SessionViewModel vm = new SessionViewModel();
        vm.open(Scenarios.bundled("owner-halted"));
        long before = Tape.drives();
        for (String f : new String[] {"png", "svg", "trace"})
            WindowExport.writeRun(vm.tape(), Palette.named("light"), Exports.Format.parse(f), dir.resolve("app." + f));
        assertThat(Tape.drives() - before).as("the window's export drives no run").isZero();
        assertThat(drivesOf("export", "owner-halted", "--config", "BASE", "--style", "app", "--format", "svg", "--out", dir.resolve("a.svg").toString()))
                .as("an app-style export of a run").isEqualTo(1);
        assertThat(drivesOf("export", "owner-halted", "--config", "BASE", "--config", "FINAL", "--style", "app", "--format", "png",
                "--out", dir.resolve("c.png").toString())).as("an app-style export of a comparison").isEqualTo(2);
        assertThat(drivesOf("compare", "owner-halted", "--config", "BASE", "--config", "FINAL")).as("compare").isEqualTo(2);
    }

    private static long drivesOf(String... args) {
        long before = Tape.drives();
        assertThat(Cli.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), args)).isZero();
        return Tape.drives() - before;
    }
}

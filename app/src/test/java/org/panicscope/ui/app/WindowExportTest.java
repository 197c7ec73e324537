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
}

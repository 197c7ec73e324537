package org.panicscope.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class QemuMeasurementsTest {
    @Test void theMissionsFiguresAreFirstForBaseAndFinal() {
        assertThat(QemuMeasurements.of("BASE").getFirst()).extracting(QemuMeasurements.Measured::hangs, QemuMeasurements.Measured::trials)
                .containsExactly(776, 1484);
        assertThat(QemuMeasurements.of("FINAL").getFirst()).extracting(QemuMeasurements.Measured::hangs, QemuMeasurements.Measured::trials)
                .containsExactly(0, 1238);
        assertThat(QemuMeasurements.of("P123")).isEmpty();
        assertThat(QemuMeasurements.summary("K24")).isNull();
    }

    @Test void aLineSaysCountRateWhatAndSource() {
        assertThat(QemuMeasurements.summary("BASE"))
                .isEqualTo("776/1484 (52.3 %) before the series, v1 cover letter [S0]; 197/340 (57.9 %) on v5.16-rc8 unpatched [L]");
        assertThat(QemuMeasurements.summary("FINAL")).endsWith("0 in over 15,000 with series v3 [L]");
        assertThat(QemuMeasurements.summary("VP")).isEqualTo("200/1409 (14.2 %) with Petr's variant: livelock [S1]");
    }

    private static final Path EXCERPT = Path.of("src/test/resources/excerpts/kernel-model-section7.md");

    /** The table rows of §7: from the excerpt kept in the repository, or from the design doc itself. */
    private static List<String> rows(String text) {
        String table = text.substring(text.indexOf("## 7. Measured figures"), text.contains("## 8.") ? text.indexOf("## 8.") : text.length());
        return table.lines().filter(l -> l.startsWith("|")).toList();
    }

    /** Every figure is in the design doc's table of measured figures (§7), on a row with its source tag. */
    @Test void everyFigureIsInTheDesignDocsTable() throws Exception {
        List<String> rows = rows(Files.readString(EXCERPT));
        assertThat(rows).hasSizeGreaterThan(5);
        for (String config : List.of("BASE", "V0", "VP", "P12", "FINAL")) {
            for (QemuMeasurements.Measured m : QemuMeasurements.of(config)) {
                String count = m.atLeast() ? "over " + m.trials() / 1000 + " thousand" : m.hangs() + " / " + m.trials();
                int i = 0;
                while (i < rows.size() && !rows.get(i).contains(count)) i++;
                assertThat(i).as("%s %s in §7", config, count).isLessThan(rows.size());
                while (i > 0 && rows.get(i).endsWith("| same |")) i--;   // "same": the source of the row above
                assertThat(rows.get(i)).as("source of %s", count).contains("[" + m.source());
            }
        }
    }

    /** The excerpt is the design doc's §7 as it stands (where the doc is beside the repository). */
    @Test void theExcerptIsTheDesignDocsTable() throws Exception {
        Path doc = Path.of("../../shared/design/kernel-model.md");
        Assumptions.assumeTrue(Files.isRegularFile(doc), "the design doc is not beside the repository: §7 was checked against " + EXCERPT + " only");
        assertThat(rows(Files.readString(EXCERPT))).isEqualTo(rows(Files.readString(doc)));
    }
}

package org.panicscope.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The three layers (STYLE rule 1): the kernel model, the engines, the scenario loader and the command line import
 * nothing from JavaFX; only org.panicscope.ui (and the entry point) may. Checked on the compiled classes' constant
 * pools, so no import trick (fully qualified names, reflection strings aside) escapes it.
 */
class LayeringTest {
    private static final Path CLASSES = Path.of("target/classes/org/panicscope");

    @Test
    void modelEngineScenarioAndCliDoNotUseJavafx() throws IOException {
        List<String> offenders = new ArrayList<>();
        int checked = 0;
        for (String pkg : List.of("model", "engine", "scenario", "sweep", "cli", "export")) {
            Path dir = CLASSES.resolve(pkg);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                    checked++;
                    String pool = new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1);
                    if (pool.contains("javafx/")) offenders.add(CLASSES.relativize(f).toString());
                }
            }
        }
        assertTrue(checked > 30, "expected to check the compiled model/engine classes, found " + checked);
        assertEquals(List.of(), offenders, "classes outside the UI layer that reference javafx");
    }
}

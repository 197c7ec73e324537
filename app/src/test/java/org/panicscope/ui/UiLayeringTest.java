package org.panicscope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Inside the UI (STYLE rule 1): the view models (org.panicscope.ui.session) use JavaFX properties and collections
 * only, never a node or a control, so they are tested without a window; and the timeline's drawing code reaches
 * the screen only through the Painter (no GraphicsContext outside CanvasPainter and the skins).
 */
class UiLayeringTest {
    private static final Path UI = Path.of("target/classes/org/panicscope/ui");

    private static List<String> offenders(Path dir, String forbidden, List<String> allowed) throws Exception {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = dir.relativize(f).toString();
                if (allowed.stream().anyMatch(name::startsWith)) continue;
                String pool = new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1);
                if (pool.contains(forbidden)) out.add(name);
            }
        }
        return out;
    }

    @Test void viewModelsTouchNoNodes() throws Exception {
        assertThat(offenders(UI.resolve("session"), "javafx/scene", List.of())).isEmpty();
    }

    @Test void drawingGoesThroughThePainter() throws Exception {
        assertThat(offenders(UI.resolve("timeline"), "javafx/scene/canvas/GraphicsContext",
                List.of("CanvasPainter", "TimelineSkin"))).isEmpty();
        assertThat(offenders(UI.resolve("state"), "javafx/scene/canvas/GraphicsContext", List.of("RingBufferSkin"))).isEmpty();
    }
}

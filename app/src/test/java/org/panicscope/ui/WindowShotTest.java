package org.panicscope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code panicscope snapshot} larger than the headless platform's 1000x1000 screen: the picture is whole and the FX
 * thread throws nothing (a shown 1920x1080 window made the platform's screen blit throw IndexOutOfBoundsException).
 */
class WindowShotTest {
    @Test void a1920x1080PresenterPictureOnTheTimeAxisRendersWithoutErrors(@TempDir Path dir) throws Exception {
        FxTestSupport.start();
        List<Throwable> thrown = new CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler before = FxTestSupport.onFx(() -> {
            Thread t = Thread.currentThread();
            Thread.UncaughtExceptionHandler h = t.getUncaughtExceptionHandler();
            t.setUncaughtExceptionHandler((th, e) -> thrown.add(e));
            return h;
        });
        try {
            Path out = dir.resolve("a.png");
            String line = WindowShot.write(new WindowShot.Request("owner-halted", "BASE", null, "end", 1920, 1080, 1,
                    "projector", true, false, true, out));
            assertThat(line).contains("time axis").contains("choice 853 of 853");
            BufferedImage img = ImageIO.read(out.toFile());
            assertThat(img.getWidth()).isEqualTo(1920);
            assertThat(img.getHeight()).isEqualTo(1080);
            FxTestSupport.settle();
            assertThat(thrown).as("exceptions on the FX thread").isEmpty();
        } finally {
            FxTestSupport.onFx(() -> { Thread.currentThread().setUncaughtExceptionHandler(before); return null; });
        }
    }
}

package org.panicscope.ui.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.panicscope.ui.FxTestSupport;

/** A snapshot of one view is a PNG of its pixels at the scale asked for. */
class SnapshotsTest {
    @TempDir Path dir;

    @Test
    void aViewIsWrittenAsAPngAtItsScale() throws Exception {
        Path file = dir.resolve("view.png");
        FxTestSupport.onFx(() -> {
            Pane p = new Pane();
            p.setStyle("-fx-background-color: #d55e00;");
            p.setPrefSize(40, 30);
            new Scene(p, 40, 30);
            p.applyCss();
            p.layout();
            Snapshots.savePng(p, 2, file);
            return null;
        });
        BufferedImage img = ImageIO.read(file.toFile());
        assertThat(img.getWidth()).isEqualTo(80);
        assertThat(img.getHeight()).isEqualTo(60);
        assertThat(img.getRGB(40, 30) & 0xffffff).isEqualTo(0xd55e00);
        assertThat(Files.list(dir).toList()).containsExactly(file); // no temporary file left behind
    }
}

package org.panicscope.ui.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The PNG encoder writes what a standard decoder reads back, pixel for pixel. */
class PngWriterTest {
    @Test void roundTrip() throws Exception {
        int w = 37, h = 11;
        int[] px = new int[w * h];
        for (int i = 0; i < px.length; i++) px[i] = (i % 3 == 0 ? 0xff000000 : 0x80000000) | (i * 2654435761L > 0 ? (int) (i * 2654435761L) & 0xffffff : 0x123456);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngWriter.write(px, w, h, out);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(img.getWidth()).isEqualTo(w);
        assertThat(img.getHeight()).isEqualTo(h);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) assertThat(img.getRGB(x, y)).isEqualTo(px[y * w + x]);
    }
}

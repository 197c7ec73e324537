package org.panicscope.ui.snapshot;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;

/**
 * A picture of exactly one view (a snapshot target of the main window: the timeline, the state panels, the code
 * panels), at a scale (2 for a crisp picture on a 4K projector). Runs on the JavaFX thread.
 */
public final class Snapshots {
    private Snapshots() { }

    public static WritableImage take(Node node, double scale) {
        SnapshotParameters p = new SnapshotParameters();
        p.setTransform(Transform.scale(scale, scale));
        return node.snapshot(p, null);
    }

    /** Writes the node as a PNG; the file is written whole to a temporary file first, then moved into place. */
    public static void savePng(Node node, double scale, Path file) throws IOException {
        WritableImage img = take(node, scale);
        int w = (int) img.getWidth(), h = (int) img.getHeight();
        int[] px = new int[w * h];
        img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), px, 0, w);
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, w, h, px, 0, w);
        try (OutputStream out = Files.newOutputStream(tmp)) {
            // the same PNG encoder as the exports (javax.imageio): one way to write a picture
            if (!javax.imageio.ImageIO.write(image, "png", out)) throw new IOException("this Java runtime has no PNG writer");
        }
        // a temporary file is private (rw-------); the picture gets the usual rw-r--r-- of a new file
        try {
            Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the temporary file's permissions are the folder's
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}

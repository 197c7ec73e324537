package org.panicscope.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.FileImageOutputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * An animated GIF of a replay with javax.imageio's GIF writer: one frame per time unit (or per choice), the last
 * frame held for four seconds, looping forever (the NETSCAPE2.0 application extension, loop count 0).
 */
final class GifWriter {
    private static final int FINAL_HOLD_MS = 4000;

    private GifWriter() { }

    /**
     * Writes the animation into {@code file} directly (an ImageOutputStream over an OutputStream would buffer it in
     * an imageio*.tmp file in the temp folder, or whole in memory).
     */
    static int write(Exports.Request r, Path file, Recording.Progress progress) throws IOException {
        Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("gif");
        if (!it.hasNext()) throw new IOException("this Java runtime has no GIF writer (module java.desktop)");
        ImageWriter w = it.next();
        int n = Exports.frameCount(r);
        try (ImageOutputStream ios = new FileImageOutputStream(file.toFile())) {
            w.setOutput(ios);
            w.prepareWriteSequence(null);
            ImageWriteParam param = w.getDefaultWriteParam();
            for (int i = 0; i < n; i++) {
                progress.check();
                progress.report((double) i / n, "frame " + (i + 1) + " of " + n);
                BufferedImage img = Exports.frame(r, i);
                IIOMetadata meta = metadata(w, img, param, i == n - 1 ? FINAL_HOLD_MS : r.frameMillis(), i == 0);
                w.writeToSequence(new IIOImage(img, null, meta), param);
            }
            w.endWriteSequence();
        } finally {
            w.dispose();
        }
        return n;
    }

    private static IIOMetadata metadata(ImageWriter w, BufferedImage img, ImageWriteParam p, int delayMs, boolean first) throws IOException {
        IIOMetadata meta = w.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), p);
        String fmt = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(fmt);
        IIOMetadataNode gce = child(root, "GraphicControlExtension");
        gce.setAttribute("disposalMethod", "none");
        gce.setAttribute("userInputFlag", "FALSE");
        gce.setAttribute("transparentColorFlag", "FALSE");
        gce.setAttribute("delayTime", Integer.toString(Math.max(2, delayMs / 10)));
        gce.setAttribute("transparentColorIndex", "0");
        if (first) {
            IIOMetadataNode apps = child(root, "ApplicationExtensions");
            IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
            app.setAttribute("applicationID", "NETSCAPE");
            app.setAttribute("authenticationCode", "2.0");
            app.setUserObject(new byte[] {1, 0, 0}); // sub-block 1: loop count 0 = forever
            apps.appendChild(app);
        }
        meta.setFromTree(fmt, root);
        return meta;
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) return (IIOMetadataNode) root.item(i);
        }
        IIOMetadataNode n = new IIOMetadataNode(name);
        root.appendChild(n);
        return n;
    }
}

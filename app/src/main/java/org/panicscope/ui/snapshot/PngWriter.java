package org.panicscope.ui.snapshot;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A minimal PNG encoder (8-bit RGBA, no interlace; PNG spec, ISO/IEC 15948) for snapshots, so that pictures of
 * the app need neither javafx.swing nor ImageIO.
 */
public final class PngWriter {
    private PngWriter() { }

    /** Writes {@code argb} pixels (row-major, width x height) as a PNG. */
    public static void write(int[] argb, int width, int height, OutputStream out) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(ihdr);
        h.writeInt(width);
        h.writeInt(height);
        h.write(new byte[] {8, 6, 0, 0, 0}); // bit depth 8, colour type RGBA, deflate, adaptive filters, no interlace
        chunk(d, "IHDR", ihdr.toByteArray());
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(idat, new Deflater(Deflater.BEST_SPEED))) {
            byte[] row = new byte[1 + width * 4];
            for (int y = 0; y < height; y++) {
                row[0] = 0; // filter: none
                for (int x = 0; x < width; x++) {
                    int p = argb[y * width + x];
                    row[1 + x * 4] = (byte) (p >> 16);
                    row[2 + x * 4] = (byte) (p >> 8);
                    row[3 + x * 4] = (byte) p;
                    row[4 + x * 4] = (byte) (p >>> 24);
                }
                z.write(row);
            }
        }
        chunk(d, "IDAT", idat.toByteArray());
        chunk(d, "IEND", new byte[0]);
        d.flush();
    }

    private static void chunk(DataOutputStream d, String type, byte[] data) throws IOException {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        d.writeInt(data.length);
        d.write(t);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }
}

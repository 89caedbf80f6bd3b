package dev.activations.nn;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads MNIST-format IDX files (LeCun's format, plain or gzip): an images file (magic 2051 =
 * 0x00000803: unsigned bytes, 3 dimensions, then the count, rows and columns as big-endian
 * 32-bit integers and one byte per pixel) and a labels file (magic 2049 = 0x00000801: one
 * dimension, the count, one byte per label). Pixels 0..255 become features p/255 in [0, 1].
 *
 * <p>Every error is a {@link MalformedDataException} naming the file and the problem: wrong
 * magic number, a header or body shorter than it declares (truncated), bytes after the last
 * item, counts that differ between the two files, a label out of range (with its item and byte
 * offset).
 */
final class IdxReader {
  private IdxReader() {}

  static final int IMAGES_MAGIC = 2051;
  static final int LABELS_MAGIC = 2049;

  static DataSet read(InputStream images, String imagesFile, InputStream labels,
      String labelsFile, int classes, String name) throws IOException {
    byte[] img = Compressed.readAll(images, imagesFile);
    byte[] lab = Compressed.readAll(labels, labelsFile);

    checkMagic(img, imagesFile, IMAGES_MAGIC, "images", 16);
    long count = u32(img, 4);
    long height = u32(img, 8);
    long width = u32(img, 12);
    long pixels = height * width;
    if (pixels < 1 || pixels > Integer.MAX_VALUE || count * pixels > Integer.MAX_VALUE) {
      throw new MalformedDataException(imagesFile + ": the header declares " + count
          + " images of " + height + "×" + width + ", too many or too few pixels to read");
    }
    checkBody(img, imagesFile, 16, count * pixels, count + " images of " + height + "×" + width);

    checkMagic(lab, labelsFile, LABELS_MAGIC, "labels", 8);
    long labelCount = u32(lab, 4);
    checkBody(lab, labelsFile, 8, labelCount, labelCount + " labels");
    if (labelCount != count) {
      throw new MalformedDataException(labelsFile + " has " + labelCount + " labels but "
          + imagesFile + " has " + count + " images");
    }

    int n = (int) count;
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      int v = lab[8 + i] & 0xff;
      if (v >= classes) {
        throw new MalformedDataException(labelsFile + ": item " + i + " (byte offset "
            + (8 + i) + "): label " + v + " out of range [0, " + classes + ")");
      }
      y[i] = v;
    }
    float[] x = new float[(int) (count * pixels)];
    for (int i = 0; i < x.length; i++) {
      x[i] = (img[16 + i] & 0xff) / 255f;
    }
    return new DataSet(name, x, (int) pixels, y, DataSet.numberedClasses(classes));
  }

  private static void checkMagic(byte[] b, String file, int expected, String kind, int header)
      throws MalformedDataException {
    if (b.length < 4) {
      throw new MalformedDataException(file + ": truncated: " + b.length
          + " bytes, too short for an IDX magic number");
    }
    long magic = u32(b, 0);
    if (magic != expected) {
      String other = expected == IMAGES_MAGIC
          ? " (" + LABELS_MAGIC + " is a labels file)"
          : " (" + IMAGES_MAGIC + " is an images file)";
      throw new MalformedDataException(file + ": wrong magic number " + magic
          + String.format(" (0x%08x)", magic) + ", expected " + expected
          + String.format(" (0x%08x)", expected) + " for IDX " + kind + other);
    }
    if (b.length < header) {
      throw new MalformedDataException(file + ": truncated header: " + b.length
          + " bytes, an IDX " + kind + " header has " + header);
    }
  }

  private static void checkBody(byte[] b, String file, int header, long expected, String what)
      throws MalformedDataException {
    long found = b.length - header;
    if (found < expected) {
      throw new MalformedDataException(file + ": truncated: the header declares " + what + " ("
          + expected + " bytes) but only " + found + " bytes follow it");
    }
    if (found > expected) {
      throw new MalformedDataException(file + ": " + (found - expected)
          + " unexpected bytes after the " + what + " the header declares");
    }
  }

  private static long u32(byte[] b, int at) {
    return ((long) (b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8)
        | (b[at + 3] & 0xff);
  }
}

package dev.activations.nn;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Opens a stream that may be gzip-compressed, recognised by its magic bytes 1f 8b. */
final class Compressed {
  private Compressed() {}

  /** The decompressed content of {@code in} if it starts with gzip's magic, else {@code in}. */
  static InputStream open(InputStream in, String file) throws IOException {
    BufferedInputStream b = new BufferedInputStream(in, 1 << 16);
    b.mark(2);
    int b0 = b.read();
    int b1 = b.read();
    b.reset();
    if (b0 == 0x1f && b1 == 0x8b) {
      try {
        return new GZIPInputStream(b, 1 << 16);
      } catch (EOFException | ZipException e) {
        throw corrupt(file, e);
      }
    }
    return b;
  }

  /** Every byte of a possibly compressed stream. */
  static byte[] readAll(InputStream in, String file) throws IOException {
    try (InputStream s = open(in, file)) {
      return s.readAllBytes();
    } catch (EOFException | ZipException e) {
      throw corrupt(file, e);
    }
  }

  static MalformedDataException corrupt(String file, IOException e) {
    return new MalformedDataException(file + ": truncated or corrupt gzip data (" + e.getMessage()
        + ")", e);
  }
}

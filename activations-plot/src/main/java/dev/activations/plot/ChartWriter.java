package dev.activations.plot;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Writes figures as PNG or SVG, the format chosen by the file's extension. Works headless
 * ({@code java.awt.headless=true}); a figure's panels are painted side by side, each
 * {@code width / panels} pixels wide.
 */
public final class ChartWriter {
  private ChartWriter() {}

  /** The smallest width or height accepted, in pixels. */
  public static final int MIN_SIZE = 16;
  /** The largest width or height accepted, in pixels. */
  public static final int MAX_SIZE = 20_000;

  /** The image formats. */
  public enum Format {
    /** Portable Network Graphics, a bitmap. */
    PNG,
    /** Scalable Vector Graphics, text (XML). */
    SVG;

    /**
     * The format of a file name, from its extension ({@code .png} or {@code .svg}, any case).
     *
     * @param file the output file; only its name's extension is read
     * @return PNG or SVG
     * @throws IllegalArgumentException for any other extension
     */
    public static Format of(Path file) {
      if (file == null || file.getFileName() == null) {
        throw new IllegalArgumentException("no output file given");
      }
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".png")) {
        return PNG;
      }
      if (name.endsWith(".svg")) {
        return SVG;
      }
      int dot = name.lastIndexOf('.');
      if (dot < 0) {
        throw new IllegalArgumentException("cannot write " + file + ": " + file.getFileName()
            + " has no extension; use .png or .svg");
      }
      throw new IllegalArgumentException("cannot write " + file + ": '" + name.substring(dot)
          + "' is not an image format; use .png or .svg");
    }
  }

  /**
   * Writes the figure at its default size ({@link Figure#defaultWidth()} by its height).
   *
   * @param figure the figure to draw, not {@code null}
   * @param file the output file, ending in .png or .svg; replaced if it exists
   * @throws IOException if the file cannot be written
   */
  public static void write(Figure figure, Path file) throws IOException {
    write(figure, file, figure.defaultWidth(), figure.defaultHeight());
  }

  /**
   * Writes the figure to a file, as PNG or SVG according to its extension, creating missing
   * parent folders.
   *
   * @param figure the figure to draw, not {@code null}
   * @param file the output file, ending in .png or .svg; replaced if it exists
   * @param width the image width in pixels, at least {@value #MIN_SIZE} per panel
   * @param height the image height in pixels
   * @throws IllegalArgumentException on a null figure, an extension other than .png or .svg,
   *     or a size outside [{@value #MIN_SIZE}, {@value #MAX_SIZE}] (checked before any file is
   *     touched)
   * @throws IOException if the file cannot be written
   */
  public static void write(Figure figure, Path file, int width, int height) throws IOException {
    Format format = Format.of(file);
    checkSize(figure, width, height);
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      write(figure, format, out, width, height);
    }
  }

  /**
   * Writes the figure in the format to a stream, which is left open.
   *
   * @param figure the figure to draw, not {@code null}
   * @param format PNG or SVG
   * @param out the stream written to; not closed
   * @param width the image width in pixels, at least {@value #MIN_SIZE} per panel
   * @param height the image height in pixels, in [{@value #MIN_SIZE}, {@value #MAX_SIZE}]
   * @throws IOException if the stream cannot be written, or the JVM has no PNG writer
   */
  public static void write(Figure figure, Format format, OutputStream out, int width,
      int height) throws IOException {
    checkSize(figure, width, height);
    if (format == Format.PNG) {
      if (!ImageIO.write(render(figure, width, height), "png", out)) {
        throw new IOException("no PNG writer is available in this JVM");
      }
    } else {
      out.write(svg(figure, width, height).getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * The figure painted on a white RGB image of the given size.
   *
   * @param figure the figure to draw, not {@code null}
   * @param width the image width in pixels, at least {@value #MIN_SIZE} per panel
   * @param height the image height in pixels, in [{@value #MIN_SIZE}, {@value #MAX_SIZE}]
   * @return a new image of width × height pixels
   */
  public static BufferedImage render(Figure figure, int width, int height) {
    checkSize(figure, width, height);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
          RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      paint(figure, g, width, height);
    } finally {
      g.dispose();
    }
    return image;
  }

  /**
   * The figure as an SVG document (UTF-8 text).
   *
   * @param figure the figure to draw, not {@code null}
   * @param width the image width in pixels, at least {@value #MIN_SIZE} per panel
   * @param height the image height in pixels, in [{@value #MIN_SIZE}, {@value #MAX_SIZE}]
   * @return the SVG document's text
   */
  public static String svg(Figure figure, int width, int height) {
    checkSize(figure, width, height);
    VectorGraphics2D g = new VectorGraphics2D();
    paint(figure, g, width, height);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new SVGProcessor().getDocument(g.getCommands(), new PageSize(0, 0, width, height))
          .writeTo(out);
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory failed", e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static void paint(Figure figure, Graphics2D g, int width, int height) {
    int n = figure.panelCount();
    int left = 0;
    for (int i = 0; i < n; i++) {
      // the last panel takes the pixels that integer division leaves over
      int w = i == n - 1 ? width - left : width / n;
      AffineTransform saved = g.getTransform();
      g.translate(left, 0);
      g.setClip(0, 0, w, height);
      Chart<?, ?> panel = figure.panels().get(i);
      panel.paint(g, w, height);
      g.setTransform(saved);
      g.setClip(null);
      left += w;
    }
  }

  private static void checkSize(Figure figure, int width, int height) {
    if (figure == null) {
      throw new IllegalArgumentException("no figure to write");
    }
    if (width < MIN_SIZE || width > MAX_SIZE || height < MIN_SIZE || height > MAX_SIZE) {
      throw new IllegalArgumentException("the image size must be between " + MIN_SIZE + " and "
          + MAX_SIZE + " pixels each way, got " + width + " × " + height);
    }
    if (width / figure.panelCount() < MIN_SIZE) {
      throw new IllegalArgumentException("width " + width + " is too small for "
          + figure.panelCount() + " panels");
    }
  }
}

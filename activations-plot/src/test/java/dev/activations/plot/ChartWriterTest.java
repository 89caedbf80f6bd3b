package dev.activations.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** PNG and SVG files: decodable, of the requested size, well-formed. */
class ChartWriterTest {

  @TempDir
  Path dir;

  private static Figure figure() {
    return Charts.functionChart(List.of("sigmoid", "tanh"), -6, 6, 201, Mode.SIDE_BY_SIDE);
  }

  @Test
  void pngDecodesAtTheRequestedSize() throws IOException {
    Path file = dir.resolve("nested/folder/sigmoid.PNG");
    ChartWriter.write(figure(), file, 901, 333);
    BufferedImage image = ImageIO.read(file.toFile());
    assertThat(image).isNotNull();
    assertThat(image.getWidth()).isEqualTo(901);
    assertThat(image.getHeight()).isEqualTo(333);
    // something was drawn: not every pixel is the white background
    int white = image.getRGB(0, 0);
    boolean drawn = false;
    for (int x = 0; x < image.getWidth() && !drawn; x += 3) {
      for (int y = 0; y < image.getHeight() && !drawn; y += 3) {
        drawn = image.getRGB(x, y) != white;
      }
    }
    assertThat(drawn).isTrue();
  }

  @Test
  void svgIsWellFormedXmlWithTheRequestedSize() throws Exception {
    Path file = dir.resolve("m6.svg");
    ChartWriter.write(figure(), file, 800, 300);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    // parse offline: never fetch a DTD
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    DocumentBuilder builder = factory.newDocumentBuilder();
    Document doc;
    try (InputStream in = Files.newInputStream(file)) {
      doc = builder.parse(in);
    }
    assertThat(doc.getDocumentElement().getNodeName()).isEqualTo("svg");
    assertThat(doc.getDocumentElement().getAttribute("width")).startsWith("800");
    assertThat(doc.getDocumentElement().getAttribute("height")).startsWith("300");
    // XChart draws text as outlines: the curves are line elements, the text paths
    assertThat(doc.getElementsByTagName("line").getLength()).isGreaterThan(100);
    assertThat(doc.getElementsByTagName("path").getLength()).isGreaterThan(10);
  }

  @Test
  void theFormatFollowsTheExtension() {
    assertThat(ChartWriter.Format.of(Path.of("a/b.svg"))).isEqualTo(ChartWriter.Format.SVG);
    assertThat(ChartWriter.Format.of(Path.of("b.Png"))).isEqualTo(ChartWriter.Format.PNG);
    Path jpg = dir.resolve("chart.jpg");
    assertThatThrownBy(() -> ChartWriter.write(figure(), jpg, 640, 480))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'.jpg'").hasMessageContaining("use .png or .svg");
    assertThat(jpg).doesNotExist();
    assertThatThrownBy(() -> ChartWriter.write(figure(), dir.resolve("chart"), 640, 480))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no extension");
  }

  @Test
  void sizesOutsideTheLimitsAreRejected() {
    Path png = dir.resolve("small.png");
    assertThatThrownBy(() -> ChartWriter.write(figure(), png, 10, 480))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10 × 480");
    assertThatThrownBy(() -> ChartWriter.write(figure(), png, 640, 50_000))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between");
    assertThat(png).doesNotExist();
  }
}

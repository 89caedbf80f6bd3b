package dev.activations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.helpers.DefaultHandler;

/** plot: the image decodes at the asked size in the asked format; bad input writes nothing. */
class PlotCommandTest {
  private static final String PREFIX = "activations: error: ";

  @TempDir Path dir;

  private static String oneErrorLine(CliRunner.Result r) {
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.errLines().get(0)).startsWith(PREFIX).endsWith("see 'activations plot --help'");
    return r.errLines().get(0);
  }

  @Test
  void pngDecodesAtTheRequestedSizeAndItsPathIsPrinted() throws IOException {
    Path png = dir.resolve("relu-sigmoid.png");
    CliRunner.Result r = CliRunner.run("plot", "relu", "sigmoid", "--out", png.toString(),
        "--width", "500", "--height", "300");
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.outLines()).containsExactly(png.toString());
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image).isNotNull();
    assertThat(image.getWidth()).isEqualTo(500);
    assertThat(image.getHeight()).isEqualTo(300);
  }

  @Test
  void bothIsTwoPanelsWideByDefault() throws IOException {
    Path one = dir.resolve("one.png");
    Path two = dir.resolve("two.png");
    assertThat(CliRunner.run("plot", "tanh", "--out", one.toString()).exitCode()).isZero();
    assertThat(CliRunner.run("plot", "tanh", "--both", "--out", two.toString()).exitCode())
        .isZero();
    BufferedImage single = ImageIO.read(one.toFile());
    BufferedImage sideBySide = ImageIO.read(two.toFile());
    assertThat(sideBySide.getWidth()).isEqualTo(2 * single.getWidth());
    assertThat(sideBySide.getHeight()).isEqualTo(single.getHeight());
  }

  @Test
  void svgIsAnXmlDocumentOfTheRequestedSize() throws Exception {
    Path svg = dir.resolve("sub/folder/gelu.SVG");
    CliRunner.Result r = CliRunner.run("plot", "gelu", "gelu(approximate=tanh)", "--derivative",
        "--range", "-3:3", "--points", "201", "--out", svg.toString(), "--width", "700",
        "--height", "400");
    assertThat(r.exitCode()).isZero();
    assertThat(r.outLines()).containsExactly(svg.toString());
    Document doc = parseWithoutFetchingTheDtd(svg);
    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
    assertThat(doc.getDocumentElement().getAttribute("width")).isIn("700", "700px");
    assertThat(doc.getDocumentElement().getAttribute("height")).isIn("400", "400px");
  }

  @Test
  void aBadRangeExitsTwoAndWritesNothing() {
    Path png = dir.resolve("x.png");
    for (String range : new String[] {"abc", "3:1", "-inf:0", "1:2:3"}) {
      String line = oneErrorLine(CliRunner.run("plot", "relu", "--range", range, "--out",
          png.toString()));
      assertThat(line).as(range).contains("range");
    }
    assertThat(png).doesNotExist();
  }

  @Test
  void aNegativeRangeNeedsNoQuoting() {
    Path png = dir.resolve("neg.png");
    CliRunner.Result r = CliRunner.run("plot", "elu", "--range", "-4:-1", "--out",
        png.toString(), "--width", "200", "--height", "150");
    assertThat(r.exitCode()).isZero();
    assertThat(png).exists();
  }

  @Test
  void anExtensionThatIsNoImageFormatExitsTwo() {
    Path jpg = dir.resolve("relu.jpg");
    String line = oneErrorLine(CliRunner.run("plot", "relu", "--out", jpg.toString()));
    assertThat(line).contains(".jpg").contains(".png").contains(".svg");
    assertThat(jpg).doesNotExist();
  }

  @Test
  void anUnknownFunctionExitsTwoWithTheClosestNames() {
    Path png = dir.resolve("x.png");
    String line = oneErrorLine(CliRunner.run("plot", "sigmoud", "--out", png.toString()));
    assertThat(line).contains("sigmoud").contains("sigmoid");
    assertThat(png).doesNotExist();
  }

  @Test
  void aRowwiseFunctionHasNoCurve() {
    String line = oneErrorLine(CliRunner.run("plot", "softmax", "--out",
        dir.resolve("x.png").toString()));
    assertThat(line).startsWith(PREFIX + "softmax is row-wise");
  }

  @Test
  void otherBadInputExitsTwoWithOneLine() throws IOException {
    Path png = dir.resolve("x.png");
    Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
    assertThat(oneErrorLine(CliRunner.run("plot", "relu", "--width", "3", "--out",
        png.toString()))).contains("size");
    assertThat(oneErrorLine(CliRunner.run("plot", "relu", "--points", "1", "--out",
        png.toString()))).contains("points");
    assertThat(oneErrorLine(CliRunner.run("plot", "relu", "--derivative", "--both", "--out",
        png.toString()))).contains("--both");
    assertThat(oneErrorLine(CliRunner.run("plot", "relu", "--out", dir.toString())))
        .contains("folder");
    assertThat(oneErrorLine(CliRunner.run("plot", "relu", "--out",
        file.resolve("x.png").toString()))).contains(file + " is a file");
    assertThat(oneErrorLine(CliRunner.run("plot"))).contains("SPEC");
    assertThat(png).doesNotExist();
  }

  /** The SVG names its DTD by URL; a test must not go to the network for it. */
  private static Document parseWithoutFetchingTheDtd(Path file) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setValidating(false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    DocumentBuilder b = f.newDocumentBuilder();
    // well-formedness errors throw; nothing is printed
    b.setErrorHandler(new DefaultHandler());
    return b.parse(file.toFile());
  }
}

package dev.activations.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled sets load with their published shapes and class counts; CSV and IDX files are read
 * by real parsers, and malformed ones are rejected with the file, the place and the problem.
 */
class DataSetsTest {
  @TempDir
  Path dir;

  // ---------------------------------------------------------------------------------------------
  // bundled: shapes and class counts as published (UCI, scikit-learn's documentation)

  @Test
  void irisHas50FlowersOfEachSpecies() {
    DataSet d = DataSets.iris();
    assertThat(d.rows()).isEqualTo(150);
    assertThat(d.columns()).isEqualTo(4);
    assertThat(d.classNames()).containsExactly("setosa", "versicolor", "virginica");
    assertThat(d.classCounts()).containsExactly(50, 50, 50);
    // the first line of the file: 5.1,3.5,1.4,0.2,0
    assertThat(new float[] {d.feature(0, 0), d.feature(0, 1), d.feature(0, 2), d.feature(0, 3)})
        .containsExactly(5.1f, 3.5f, 1.4f, 0.2f);
    assertThat(d.label(0)).isZero();
  }

  @Test
  void digitsAre1797ImagesOf64Pixels() {
    DataSet d = DataSets.digits();
    assertThat(d.rows()).isEqualTo(1797);
    assertThat(d.columns()).isEqualTo(64);
    assertThat(d.classes()).isEqualTo(10);
    assertThat(Arrays.stream(d.classCounts()).sum()).isEqualTo(1797);
    assertThat(Arrays.stream(d.classCounts()).boxed())
        .allSatisfy(c -> assertThat(c).isBetween(174, 183));
    float min = Float.POSITIVE_INFINITY;
    float max = Float.NEGATIVE_INFINITY;
    for (float v : d.features()) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    assertThat(min).isZero(); // grey levels 0..16, both ends used
    assertThat(max).isEqualTo(16f);
  }

  @Test
  void breastCancerAndWineHaveTheirPublishedClassCounts() {
    DataSet b = DataSets.breastCancer();
    assertThat(b.rows()).isEqualTo(569);
    assertThat(b.columns()).isEqualTo(30);
    assertThat(b.classNames()).containsExactly("malignant", "benign");
    assertThat(b.classCounts()).containsExactly(212, 357);
    DataSet w = DataSets.wine();
    assertThat(w.rows()).isEqualTo(178);
    assertThat(w.columns()).isEqualTo(13);
    assertThat(w.classCounts()).containsExactly(59, 71, 48);
    assertThat(DataSets.bundled(" Wine ")).isEqualTo(w);
  }

  @Test
  void anUnknownNameListsTheKnownOnes() {
    assertThatThrownBy(() -> DataSets.bundled("mnist")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("iris").hasMessageContaining("spiral");
  }

  @Test
  void commandLineNamesReachEveryKindOfSet() throws IOException {
    assertThat(DataSets.load("iris", 0)).isEqualTo(DataSets.iris());
    assertThat(DataSets.load("Spiral", 3)).isEqualTo(DataSets.spiral(500, 0.1, 3));
    Path f = write("named.csv", "1,1,a,b\n2,1\n");
    assertThat(DataSets.load("csv:" + f, 0).labels()).containsExactly(1);
    assertThatThrownBy(() -> DataSets.load("mnist", 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("idx:DIR");
  }

  // ---------------------------------------------------------------------------------------------
  // CSV

  @Test
  void aWellFormedCsvIsRead() throws IOException {
    Path f = write("ok.csv", "3,2,a,b\n1,2,0\n-3.5e1,.5,1\n\n7,8,1\n");
    DataSet d = DataSets.readCsv(f);
    assertThat(d.features()).containsExactly(1, 2, -35, 0.5f, 7, 8);
    assertThat(d.labels()).containsExactly(0, 1, 1);
    assertThat(d.name()).isEqualTo("ok.csv");
  }

  @Test
  void aWrongColumnCountNamesTheFileAndLine() throws IOException {
    Path f = write("short.csv", "2,2,a,b\n1,2,0\n3,1\n");
    assertThatThrownBy(() -> DataSets.readCsv(f)).isInstanceOf(MalformedDataException.class)
        .hasMessage(f + ": line 3: expected 3 columns (2 features and a label), found 2");
  }

  @Test
  void aLabelOutOfRangeNamesTheFileAndLine() throws IOException {
    Path f = write("label.csv", "2,2,a,b\n1,2,0\n3,4,2\n");
    assertThatThrownBy(() -> DataSets.readCsv(f)).isInstanceOf(MalformedDataException.class)
        .hasMessage(f + ": line 3: label 2 out of range [0, 2)");
    Path g = write("negative.csv", "1,1,a\n1,-1\n");
    assertThatThrownBy(() -> DataSets.readCsv(g)).hasMessageContaining("line 2: label -1 out");
    Path h = write("fraction.csv", "1,1,a,b\n1,0.5\n");
    assertThatThrownBy(() -> DataSets.readCsv(h)).isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("line 2, column 2: the label '0.5' is not a class index");
  }

  @Test
  void aCellThatIsNotANumberIsNamed() throws IOException {
    Path f = write("text.csv", "1,3,a,b\n1,x2,NaN,0\n");
    assertThatThrownBy(() -> DataSets.readCsv(f)).isInstanceOf(MalformedDataException.class)
        .hasMessage(f + ": line 2, column 2: not a number: 'x2'");
  }

  @Test
  void theHeaderIsCheckedAgainstTheBody() throws IOException {
    Path f = write("count.csv", "3,1,a,b\n1,0\n2,1\n");
    assertThatThrownBy(() -> DataSets.readCsv(f)).isInstanceOf(MalformedDataException.class)
        .hasMessage(f + ": the header declares 3 rows, found 2");
    Path g = write("noheader.csv", "5.1,3.5,0\n");
    assertThatThrownBy(() -> DataSets.readCsv(g)).isInstanceOf(MalformedDataException.class)
        .hasMessageContaining(g + ": line 1: expected a header");
    Path e = write("empty.csv", "");
    assertThatThrownBy(() -> DataSets.readCsv(e)).hasMessageContaining("empty file");
  }

  @Test
  void headerlessGzipCsvIsReadAndCheckedToo() throws IOException {
    Path f = dir.resolve("d.csv.gz");
    Files.write(f, gzip("1,2,3,9\n4,5,6,1\n".getBytes(StandardCharsets.UTF_8)));
    DataSet d = DataSets.readCsv(f, 3, 10);
    assertThat(d.labels()).containsExactly(9, 1);
    assertThatThrownBy(() -> DataSets.readCsv(f, 3, 5)).isInstanceOf(MalformedDataException.class)
        .hasMessage(f + ": line 1: label 9 out of range [0, 5)");
    assertThatThrownBy(() -> DataSets.readCsv(f, 4, 10))
        .hasMessage(f + ": line 1: expected 5 columns (4 features and a label), found 4");
  }

  @Test
  void truncatedGzipIsReportedAsSuch() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      text.append(i).append(',').append(i % 7).append(",1\n");
    }
    byte[] z = gzip(text.toString().getBytes(StandardCharsets.UTF_8));
    Path f = dir.resolve("cut.csv.gz");
    Files.write(f, Arrays.copyOf(z, z.length / 2));
    assertThatThrownBy(() -> DataSets.readCsv(f, 2, 2)).isInstanceOf(MalformedDataException.class)
        .hasMessageContaining(f + ": truncated or corrupt gzip data");
  }

  // ---------------------------------------------------------------------------------------------
  // IDX

  private static final byte[] PIXELS = {0, (byte) 255, 51, 102, 0, 0, 1, 2, 3, 4, 5, (byte) 128};

  @Test
  void anIdxPairIsReadPlainOrGzip() throws IOException {
    Path images = write("images-idx3-ubyte", idx(2051, new int[] {2, 2, 3}, PIXELS));
    Path labels = dir.resolve("labels-idx1-ubyte.gz");
    Files.write(labels, gzip(idx(2049, new int[] {2}, new byte[] {7, 0})));
    DataSet d = DataSets.readIdx(images, labels);
    assertThat(d.rows()).isEqualTo(2);
    assertThat(d.columns()).isEqualTo(6);
    assertThat(d.labels()).containsExactly(7, 0);
    assertThat(d.feature(0, 1)).isEqualTo(1f);
    assertThat(d.feature(0, 2)).isEqualTo(0.2f);
    assertThat(d.feature(1, 5)).isEqualTo(128 / 255f);
    assertThat(DataSets.readIdxDirectory(dir)).isEqualTo(d);
  }

  @Test
  void aWrongMagicNumberIsNamed() throws IOException {
    Path images = write("a-images", idx(2049, new int[] {2}, new byte[] {1, 2}));
    Path labels = write("a-labels", idx(2049, new int[] {2}, new byte[] {1, 2}));
    assertThatThrownBy(() -> DataSets.readIdx(images, labels))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining(images + ": wrong magic number 2049 (0x00000801), expected 2051");
    assertThatThrownBy(() -> DataSets.readIdx(images.resolveSibling("x"), labels))
        .isInstanceOf(IOException.class);
  }

  @Test
  void truncatedIdxFilesAreNamed() throws IOException {
    Path labels = write("l", idx(2049, new int[] {2}, new byte[] {1, 2}));
    Path body = write("body", idx(2051, new int[] {2, 2, 3}, Arrays.copyOf(PIXELS, 11)));
    assertThatThrownBy(() -> DataSets.readIdx(body, labels))
        .isInstanceOf(MalformedDataException.class)
        .hasMessage(body + ": truncated: the header declares 2 images of 2×3 (12 bytes) but only "
            + "11 bytes follow it");
    Path header = write("header", Arrays.copyOf(idx(2051, new int[] {2, 2, 3}, PIXELS), 10));
    assertThatThrownBy(() -> DataSets.readIdx(header, labels))
        .hasMessage(header + ": truncated header: 10 bytes, an IDX images header has 16");
    Path tail = write("tail", idx(2051, new int[] {1, 2, 3}, PIXELS));
    assertThatThrownBy(() -> DataSets.readIdx(tail, labels))
        .hasMessageContaining(tail + ": 6 unexpected bytes after the 1 images of 2×3");
    Path cut = dir.resolve("cut.gz");
    byte[] z = gzip(idx(2051, new int[] {2, 2, 3}, PIXELS));
    Files.write(cut, Arrays.copyOf(z, z.length - 12));
    assertThatThrownBy(() -> DataSets.readIdx(cut, labels))
        .hasMessageContaining(cut + ": truncated or corrupt gzip data");
  }

  @Test
  void labelsMustMatchTheImagesAndTheClasses() throws IOException {
    Path images = write("i", idx(2051, new int[] {2, 2, 3}, PIXELS));
    Path three = write("three", idx(2049, new int[] {3}, new byte[] {1, 2, 3}));
    assertThatThrownBy(() -> DataSets.readIdx(images, three))
        .hasMessage(three + " has 3 labels but " + images + " has 2 images");
    Path big = write("big", idx(2049, new int[] {2}, new byte[] {1, 10}));
    assertThatThrownBy(() -> DataSets.readIdx(images, big))
        .isInstanceOf(MalformedDataException.class)
        .hasMessage(big + ": item 1 (byte offset 9): label 10 out of range [0, 10)");
  }

  // ---------------------------------------------------------------------------------------------
  // splits and standardisation

  @Test
  void aSplitIsStratifiedDisjointAndSeeded() {
    DataSet iris = DataSets.iris();
    Split s = iris.split(0.2, 3);
    assertThat(s.test().classCounts()).containsExactly(10, 10, 10);
    assertThat(s.train().classCounts()).containsExactly(40, 40, 40);
    assertThat(iris.split(0.2, 3)).isEqualTo(s);
    assertThat(iris.split(0.2, 4).test()).isNotEqualTo(s.test());
    // every row lands in exactly one part: the multisets of rows add up to the whole
    assertThat(rowsOf(s.train()) + rowsOf(s.test())).isEqualTo(rowsOf(iris));
  }

  private static long rowsOf(DataSet d) {
    long h = 0;
    for (int i = 0; i < d.rows(); i++) {
      long r = d.label(i);
      for (int c = 0; c < d.columns(); c++) {
        r = 31 * r + Float.floatToIntBits(d.feature(i, c));
      }
      h += r * 0x9E3779B97F4A7C15L;
    }
    return h;
  }

  @Test
  void standardisationUsesTheStatisticsOfTheSetItWasFittedOn() {
    DataSet d = DataSet.of("t", new float[] {1, 5, 3, 5, 5, 5}, 2, new int[] {0, 1, 0},
        DataSet.numberedClasses(2));
    Standardizer z = Standardizer.fit(d);
    assertThat(z.means()).containsExactly(3, 5);
    assertThat(z.deviations()[0]).isEqualTo(Math.sqrt(8.0 / 3));
    assertThat(z.deviations()[1]).isZero();
    DataSet s = z.apply(d);
    assertThat(s.feature(0, 0)).isEqualTo((float) (-2 / Math.sqrt(8.0 / 3)));
    assertThat(s.feature(1, 0)).isZero();
    assertThat(s.feature(2, 1)).isZero(); // a constant column is only centred
    DataSet wine = DataSets.wine();
    Standardizer fitted = Standardizer.fit(Standardizer.fit(wine).apply(wine));
    for (int c = 0; c < 13; c++) {
      assertThat(fitted.means()[c]).isCloseTo(0, org.assertj.core.data.Offset.offset(1e-6));
      assertThat(fitted.deviations()[c]).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-6));
    }
  }

  // ---------------------------------------------------------------------------------------------

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path f = dir.resolve(name);
    Files.write(f, bytes);
    return f;
  }

  /** An IDX file: magic, dimensions, then the bytes. */
  private static byte[] idx(int magic, int[] dims, byte[] body) {
    ByteBuffer b = ByteBuffer.allocate(4 + 4 * dims.length + body.length);
    b.putInt(magic);
    for (int d : dims) {
      b.putInt(d);
    }
    b.put(body);
    return b.array();
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream z = new GZIPOutputStream(out)) {
      z.write(data);
    }
    return out.toByteArray();
  }
}

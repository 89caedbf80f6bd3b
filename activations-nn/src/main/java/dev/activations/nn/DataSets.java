package dev.activations.nn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The data sets of the lab, loaded by real parsers.
 *
 * <ul>
 *   <li>Bundled in the jar (provenance and licences in {@code data/README.md} next to them):
 *       {@code iris} (150 × 4, 3 classes), {@code digits} (1797 × 64 pixels of 0..16, 10
 *       classes), {@code breast_cancer} (569 × 30, 2 classes) and {@code wine} (178 × 13, 3
 *       classes). Features are as published, not scaled: use a {@link Standardizer}.
 *   <li>From files: CSV with a header row of column names ({@link #readCsv(Path, String)}),
 *       CSV in scikit-learn's layout ({@link #readCsv(Path)}), both plain or gzip, and
 *       MNIST-format IDX
 *       ({@link #readIdx(Path, Path)}, plain or gzip; pixels scaled to [0, 1]).
 *   <li>Synthetic 2-D sets: {@code circle}, {@code xor}, {@code gauss}, {@code spiral},
 *       {@code moons} ({@link #synthetic(String, int, double, long)}).
 * </ul>
 *
 * Malformed files raise {@link MalformedDataException} with the file, the place and the problem.
 */
public final class DataSets {
  private DataSets() {}

  private static final List<String> BUNDLED = List.of("iris", "digits", "breast_cancer", "wine");

  /**
   * The names of the bundled data sets.
   *
   * @return iris, digits, breast_cancer and wine
   */
  public static List<String> bundledNames() {
    return BUNDLED;
  }

  /**
   * The names of the synthetic data sets.
   *
   * @return circle, xor, gauss, spiral and moons
   */
  public static List<String> syntheticNames() {
    return Synthetic.NAMES;
  }

  /**
   * A bundled data set by name.
   *
   * @param name iris, digits, breast_cancer or wine, in any case
   * @return the data set, features as published (not scaled)
   * @throws IllegalArgumentException for an unknown name, listing the valid ones
   */
  public static DataSet bundled(String name) {
    String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    try {
      switch (key) {
        case "iris":
          return fromResource("iris.csv", "iris", -1, -1);
        case "digits":
          return fromResource("digits.csv.gz", "digits", 64, 10);
        case "breast_cancer":
          return fromResource("breast_cancer.csv", "breast_cancer", -1, -1);
        case "wine":
          return fromResource("wine_data.csv", "wine", -1, -1);
        default:
          throw new IllegalArgumentException("unknown data set '" + name + "'; bundled: "
              + BUNDLED + ", synthetic: " + Synthetic.NAMES);
      }
    } catch (IOException e) {
      // the bundled files are checked by the build's tests; this means a damaged jar
      throw new UncheckedIOException("bundled data set " + key + " is unreadable", e);
    }
  }

  /** Points drawn for a synthetic set named in {@link #load(String, long)}. */
  public static final int DEFAULT_SYNTHETIC_EXAMPLES = 500;

  /** Noise of a synthetic set named in {@link #load(String, long)}. */
  public static final double DEFAULT_SYNTHETIC_NOISE = 0.1;

  /**
   * A data set named as on a command line: a bundled name ({@code digits}, {@code iris},
   * {@code breast_cancer}, {@code wine}), {@code idx:DIR} (an MNIST-format folder, see
   * {@link #readIdxDirectory(Path)}), {@code csv:FILE} (a CSV file with a header row of column
   * names, the label in the last column, see {@link #readCsv(Path, String)}; a file with
   * scikit-learn's header {@code rows,features,class names…} is read as {@link #readCsv(Path)}
   * does), or a synthetic name ({@code circle}, {@code xor}, {@code gauss}, {@code spiral},
   * {@code moons}) with {@value #DEFAULT_SYNTHETIC_EXAMPLES} points and noise
   * {@value #DEFAULT_SYNTHETIC_NOISE}.
   *
   * @param spec the name, as above
   * @param seed the seed of a synthetic set (ignored for the others)
   * @return the data set
   * @throws IllegalArgumentException for an unknown name, listing the valid forms
   * @throws IOException if a file cannot be read or is malformed
   */
  public static DataSet load(String spec, long seed) throws IOException {
    return load(spec, seed, null);
  }

  /**
   * As {@link #load(String, long)}, with the label column of a {@code csv:FILE} named.
   *
   * @param spec the name, as in {@link #load(String, long)}
   * @param seed the seed of a synthetic set (ignored for the others)
   * @param label the name of the label column of a {@code csv:FILE} with a header row of column
   *     names, or null for its last column
   * @throws IllegalArgumentException for an unknown name, or a label given for a data set
   *     that is not such a file
   * @return the data set
   * @throws IOException if a file cannot be read or is malformed
   */
  public static DataSet load(String spec, long seed, String label) throws IOException {
    String s = spec == null ? "" : spec.strip();
    if (s.startsWith("csv:")) {
      Path file = Path.of(s.substring(4));
      if (CsvReader.hasScikitHeader(file)) {
        if (label != null) {
          throw new IllegalArgumentException(file + " has scikit-learn's header 'rows,features,"
              + "class names…', whose label is the last column; a label column cannot be named");
        }
        return readCsv(file);
      }
      return readCsv(file, label);
    }
    if (label != null) {
      throw new IllegalArgumentException("a label column can be named only for csv:FILE, not "
          + spec);
    }
    if (s.startsWith("idx:")) {
      return readIdxDirectory(Path.of(s.substring(4)));
    }
    String key = s.toLowerCase(Locale.ROOT);
    if (Synthetic.NAMES.contains(key)) {
      return synthetic(key, DEFAULT_SYNTHETIC_EXAMPLES, DEFAULT_SYNTHETIC_NOISE, seed);
    }
    if (BUNDLED.contains(key)) {
      return bundled(key);
    }
    throw new IllegalArgumentException("unknown data set '" + spec + "'; valid: " + BUNDLED
        + ", " + Synthetic.NAMES + ", idx:DIR, csv:FILE");
  }

  /**
   * Fisher's iris: 150 flowers, 4 measurements in cm, 3 species.
   *
   * @return the bundled set, features as published (not scaled)
   */
  public static DataSet iris() {
    return bundled("iris");
  }

  /**
   * Handwritten digits: 1797 images of 8×8 pixels of 0..16, classes 0–9.
   *
   * @return the bundled set, features as published (not scaled)
   */
  public static DataSet digits() {
    return bundled("digits");
  }

  /**
   * Wisconsin diagnostic breast cancer: 569 × 30; 0 malignant, 1 benign.
   *
   * @return the bundled set, features as published (not scaled)
   */
  public static DataSet breastCancer() {
    return bundled("breast_cancer");
  }

  /**
   * Wine recognition: 178 × 13, 3 cultivars.
   *
   * @return the bundled set, features as published (not scaled)
   */
  public static DataSet wine() {
    return bundled("wine");
  }

  /**
   * Reads a CSV file with scikit-learn's header line {@code rows,features,class names…}, then
   * one row per line: the features and the class index. Gzip is recognised by its magic bytes.
   *
   * @param file the file, plain or gzip
   * @return the data set, named after the file
   * @throws MalformedDataException naming the file, the line and the problem: a bad header, a
   *     wrong column count, a cell that is not a number, a label out of range, a row count that
   *     differs from the header's, truncated gzip data
   */
  public static DataSet readCsv(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return CsvReader.readWithHeader(in, file.toString(), baseName(file));
    }
  }

  /**
   * Reads a CSV file with a header row of column names, as spreadsheets and data portals write
   * it (Fisher's iris as {@code sepal_length,sepal_width,petal_length,petal_width,species}),
   * plain or gzip. One column is the label; every other column is a numeric feature. Integer
   * labels become classes in numeric order, text labels in sorted order, and the labels as
   * written are the class names ({@link DataSet#classNames()}). Quoted fields, {@code #}
   * comment lines, blank lines and spaces around fields are accepted.
   *
   * @param file the file, plain or gzip
   * @param labelColumn the name of the label column, or null for the last column
   * @return the data set, named after the file; its class names are the labels as written
   * @throws MalformedDataException naming the file, the line and the problem: an empty file, no
   *     column of that name, a duplicate or empty column name, a row with more or fewer fields
   *     than the header, a feature that is not a finite number, an empty label, a CSV syntax
   *     error, no data rows
   */
  public static DataSet readCsv(Path file, String labelColumn) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return ColumnCsvReader.read(in, file.toString(), baseName(file), labelColumn);
    }
  }

  /**
   * Reads a CSV file without a header: each line holds {@code features} numbers and a class
   * index in [0, classes).
   *
   * @param file the file, plain or gzip
   * @param features the numbers on each line before the label, ≥ 1
   * @param classes labels must be in [0, classes)
   * @return the data set, named after the file, with classes "0", "1", …
   * @throws MalformedDataException as {@link #readCsv(Path)}
   */
  public static DataSet readCsv(Path file, int features, int classes) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return CsvReader.readHeaderless(in, file.toString(), baseName(file), features, classes);
    }
  }

  /**
   * Reads an MNIST-format pair of IDX files with 10 classes.
   *
   * @param images the images file (magic 2051)
   * @param labels the labels file (magic 2049)
   * @return the data set, pixels scaled to [0, 1]
   * @throws IOException if a file cannot be read or is malformed (as {@link #readIdx(Path,
   *     Path, int)})
   */
  public static DataSet readIdx(Path images, Path labels) throws IOException {
    return readIdx(images, labels, 10);
  }

  /**
   * Reads an MNIST-format pair of IDX files (plain or gzip): images (magic 2051) and labels
   * (magic 2049). Pixels p become p/255.
   *
   * @param images the images file (magic 2051)
   * @param labels the labels file (magic 2049)
   * @param classes labels must be in [0, classes)
   * @return the data set, pixels scaled to [0, 1], named after the folder
   * @throws MalformedDataException naming the file and the problem: wrong magic number,
   *     truncated header or body, trailing bytes, different counts, label out of range
   */
  public static DataSet readIdx(Path images, Path labels, int classes) throws IOException {
    try (InputStream i = Files.newInputStream(images);
        InputStream l = Files.newInputStream(labels)) {
      return IdxReader.read(i, images.toString(), l, labels.toString(), classes,
          baseName(images.getParent() == null ? images : images.getParent()));
    }
  }

  /**
   * Reads the IDX pair in a folder: the files whose names end in {@code images-idx3-ubyte} and
   * {@code labels-idx1-ubyte} (optionally {@code .gz}). When there are several pairs (MNIST's
   * {@code train-} and {@code t10k-}), the {@code train-} pair is read.
   *
   * @param directory the folder
   * @return the data set, pixels scaled to [0, 1], named after the folder
   * @throws IOException if the folder holds no such pair, or several without a train- one
   */
  public static DataSet readIdxDirectory(Path directory) throws IOException {
    Path images = find(directory, "images-idx3-ubyte");
    Path labels = find(directory, "labels-idx1-ubyte");
    return readIdx(images, labels, 10);
  }

  /**
   * A synthetic two-class 2-D data set.
   *
   * @param name circle, xor, gauss, spiral or moons
   * @param examples the number of points, ≥ 2 (half per class)
   * @param noise the standard deviation of the Gaussian noise added to each coordinate, ≥ 0
   * @param seed every random choice comes from it
   * @return the points and their classes
   */
  public static DataSet synthetic(String name, int examples, double noise, long seed) {
    return Synthetic.generate(name == null ? "" : name.strip().toLowerCase(Locale.ROOT),
        examples, noise, seed);
  }

  /**
   * Class 1 inside the disk r &lt; 0.5, class 0 on the ring 0.7 &lt; r &lt; 1.
   *
   * @param examples the number of points, ≥ 2 (half per class)
   * @param noise the standard deviation of the Gaussian noise added to each coordinate, ≥ 0
   * @param seed every random choice comes from it
   * @return the points and their classes
   */
  public static DataSet circle(int examples, double noise, long seed) {
    return synthetic("circle", examples, noise, seed);
  }

  /**
   * Class 1 where the two coordinates have the same sign.
   *
   * @param examples the number of points, ≥ 2 (half per class)
   * @param noise the standard deviation of the Gaussian noise added to each coordinate, ≥ 0
   * @param seed every random choice comes from it
   * @return the points and their classes
   */
  public static DataSet xor(int examples, double noise, long seed) {
    return synthetic("xor", examples, noise, seed);
  }

  /**
   * Two Gaussian blobs (σ = 0.2) at ±(0.5, 0.5).
   *
   * @param examples the number of points, ≥ 2 (half per class)
   * @param noise the standard deviation of the Gaussian noise added to each coordinate, ≥ 0
   * @param seed every random choice comes from it
   * @return the points and their classes
   */
  public static DataSet gauss(int examples, double noise, long seed) {
    return synthetic("gauss", examples, noise, seed);
  }

  /**
   * Two interleaved spiral arms.
   *
   * @param examples the number of points, ≥ 2 (half per class)
   * @param noise the standard deviation of the Gaussian noise added to each coordinate, ≥ 0
   * @param seed every random choice comes from it
   * @return the points and their classes
   */
  public static DataSet spiral(int examples, double noise, long seed) {
    return synthetic("spiral", examples, noise, seed);
  }

  /**
   * scikit-learn's two moons.
   *
   * @param examples the number of points, ≥ 2 (half per class)
   * @param noise the standard deviation of the Gaussian noise added to each coordinate, ≥ 0
   * @param seed every random choice comes from it
   * @return the points and their classes
   */
  public static DataSet moons(int examples, double noise, long seed) {
    return synthetic("moons", examples, noise, seed);
  }

  private static DataSet fromResource(String resource, String name, int features, int classes)
      throws IOException {
    String shown = resource + " (bundled)";
    try (InputStream in = DataSets.class.getResourceAsStream("data/" + resource)) {
      if (in == null) {
        throw new IOException(shown + " is missing from the jar");
      }
      return features < 0
          ? CsvReader.readWithHeader(in, shown, name)
          : CsvReader.readHeaderless(in, shown, name, features, classes);
    }
  }

  private static Path find(Path directory, String suffix) throws IOException {
    List<Path> found = new ArrayList<>();
    try (Stream<Path> s = Files.list(directory)) {
      s.filter(p -> {
        String f = p.getFileName().toString();
        return f.endsWith(suffix) || f.endsWith(suffix + ".gz");
      }).sorted().forEach(found::add);
    }
    if (found.size() == 1) {
      return found.get(0);
    }
    for (Path p : found) {
      if (p.getFileName().toString().startsWith("train-")) {
        return p;
      }
    }
    throw new IOException(directory + ": expected one file named *" + suffix + "[.gz], found "
        + (found.isEmpty() ? "none" : found.stream().map(p -> p.getFileName().toString())
            .toList()));
  }

  private static String baseName(Path file) {
    Path f = file.getFileName();
    return f == null ? file.toString() : f.toString();
  }
}

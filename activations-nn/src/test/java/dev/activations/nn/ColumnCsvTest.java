package dev.activations.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV files with a header row of column names: labels, layouts, and every malformed case. */
class ColumnCsvTest {
  @TempDir
  Path dir;

  @Test
  void textLabelsInTheLastColumnBecomeClassesInSortedOrder() throws IOException {
    Path f = write("flowers.csv", "sepal_length,sepal_width,species\n"
        + "5.1,3.5,setosa\n6.3,3.3,virginica\n7.0,3.2,versicolor\n4.9,3.0,setosa\n");
    DataSet d = DataSets.readCsv(f, null);
    assertThat(d.columns()).isEqualTo(2);
    assertThat(d.features()).containsExactly(5.1f, 3.5f, 6.3f, 3.3f, 7.0f, 3.2f, 4.9f, 3.0f);
    assertThat(d.classNames()).containsExactly("setosa", "versicolor", "virginica");
    assertThat(d.labels()).containsExactly(0, 2, 1, 0);
    assertThat(d.name()).isEqualTo("flowers.csv");
  }

  @Test
  void aNamedLabelColumnMayBeAnywhereAndIntegerLabelsKeepNumericOrder() throws IOException {
    Path f = write("digits.csv", "a,digit,b\n1,10,2\n3,9,4\n5,-1,6\n7,9,8\n");
    DataSet d = DataSets.readCsv(f, "digit");
    assertThat(d.features()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(d.classNames()).containsExactly("-1", "9", "10");
    assertThat(d.labels()).containsExactly(2, 1, 0, 1);
    // labels 0..k-1 stay the classes they name
    DataSet z = DataSets.readCsv(write("z.csv", "x,y\n1,2\n2,0\n3,1\n"), "y");
    assertThat(z.classNames()).containsExactly("0", "1", "2");
    assertThat(z.labels()).containsExactly(2, 0, 1);
  }

  @Test
  void quotesCommentsBlankLinesAndSpacesAreTheLibrarysBusiness() throws IOException {
    Path f = write("quoted.csv", "# measured in cm\r\n\"width, cm\", height ,\"kind\"\r\n\r\n"
        + " 1.5 ,\"2\",\"a \"\"big\"\" one\"\r\n# a note between rows\r\n3,4e0,small\r\n");
    DataSet d = DataSets.readCsv(f, "kind");
    assertThat(d.features()).containsExactly(1.5f, 2f, 3f, 4f);
    assertThat(d.classNames()).containsExactly("a \"big\" one", "small");
    assertThat(d.labels()).containsExactly(0, 1);
  }

  @Test
  void gzipIsRecognised() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write("x,label\n1,a\n2,b\n".getBytes(StandardCharsets.UTF_8));
    }
    Path f = dir.resolve("small.csv.gz");
    Files.write(f, bytes.toByteArray());
    assertThat(DataSets.readCsv(f, null).labels()).containsExactly(0, 1);
  }

  @Test
  void aRaggedRowNamesItsLineCountingCommentsAndBlankLines() throws IOException {
    Path f = write("ragged.csv", "# header next\nx,y,label\n1,2,a\n\n# two more\n3,b\n");
    assertThatThrownBy(() -> DataSets.readCsv(f, null))
        .isInstanceOf(MalformedDataException.class)
        .hasMessage(f + ": line 6: expected 3 fields (as the header has), found 2");
  }

  @Test
  void aLineAfterAQuotedLineBreakIsCountedRight() throws IOException {
    Path f = write("multiline.csv", "x,label\n1,\"two\nlines\"\n2,b,extra\n");
    assertThatThrownBy(() -> DataSets.readCsv(f, null))
        .hasMessage(f + ": line 4: expected 2 fields (as the header has), found 3");
  }

  @Test
  void aFeatureThatIsNotANumberIsNamedWithItsColumn() throws IOException {
    Path f = write("text.csv", "x,y,label\n1,2,a\n1,two,b\n");
    assertThatThrownBy(() -> DataSets.readCsv(f, null))
        .isInstanceOf(MalformedDataException.class)
        .hasMessage(f + ": line 3, column 'y': not a number: 'two'");
    Path g = write("nan.csv", "x,label\nNaN,a\n");
    assertThatThrownBy(() -> DataSets.readCsv(g, null))
        .hasMessage(g + ": line 2, column 'x': not a number: 'NaN'");
    Path h = write("huge.csv", "x,label\n1e39,a\n");
    assertThatThrownBy(() -> DataSets.readCsv(h, null))
        .hasMessage(h + ": line 2, column 'x': 1e39 is beyond the float range");
  }

  @Test
  void aMissingLabelColumnListsTheColumns() throws IOException {
    Path f = write("iris.csv", "sepal_length,species\n5.1,setosa\n");
    assertThatThrownBy(() -> DataSets.readCsv(f, "class"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessage(f + ": line 1: no column named 'class' for the label; the columns are "
            + "sepal_length, species");
  }

  @Test
  void emptyFilesHeadersAndLabelsAreRefused() throws IOException {
    Path empty = write("empty.csv", "\n# nothing\n");
    assertThatThrownBy(() -> DataSets.readCsv(empty, null))
        .hasMessageStartingWith(empty + ": empty file");
    Path header = write("header.csv", "x,label\n");
    assertThatThrownBy(() -> DataSets.readCsv(header, null))
        .hasMessage(header + ": no data rows after the header (line 1)");
    Path one = write("one.csv", "label\na\n");
    assertThatThrownBy(() -> DataSets.readCsv(one, null))
        .hasMessageStartingWith(one + ": line 1: the header names 1 column");
    Path twice = write("twice.csv", "x,x,label\n1,2,a\n");
    assertThatThrownBy(() -> DataSets.readCsv(twice, null))
        .hasMessage(twice + ": line 1: the column name 'x' appears twice");
    Path blank = write("blank.csv", "x,label\n1,\"\"\n");
    assertThatThrownBy(() -> DataSets.readCsv(blank, null))
        .hasMessage(blank + ": line 2: the label ('label') is empty");
  }

  @Test
  void anUnterminatedQuoteIsASyntaxErrorWithItsLine() throws IOException {
    Path f = write("quote.csv", "x,label\n1,a\n2,\"b\n");
    assertThatThrownBy(() -> DataSets.readCsv(f, null))
        .isInstanceOf(MalformedDataException.class)
        .hasMessage(f + ": line 3: not valid CSV: EOF reached before encapsulated token finished");
  }

  @Test
  void csvOnTheCommandLineReadsBothLayouts() throws IOException {
    Path named = write("named.csv", "x,label\n1,b\n2,a\n");
    assertThat(DataSets.load("csv:" + named, 0).labels()).containsExactly(1, 0);
    Path numbers = write("numbers.csv", "x,y\n1,7\n2,8\n");
    assertThat(DataSets.load("csv:" + numbers, 0, "x").classNames()).containsExactly("1", "2");
    Path scikit = write("scikit.csv", "2,1,a,b\n5,1\n6,0\n");
    assertThat(DataSets.load("csv:" + scikit, 0).classNames()).containsExactly("a", "b");
    assertThatThrownBy(() -> DataSets.load("csv:" + scikit, 0, "b"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scikit-learn");
    assertThatThrownBy(() -> DataSets.load("iris", 0, "species"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only for csv:FILE");
  }

  private Path write(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }
}

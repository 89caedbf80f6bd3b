package dev.activations.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.activations.Activations;
import dev.activations.FunctionInfo;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The property and pairing tables, and their four formats. */
class TablesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Table PROPERTIES = PropertyTable.of(List.of("relu", "sigmoid", "silu"));

  @Test
  void propertyRowsCarryTheAnalysis() {
    assertThat(PROPERTIES.columns()).isEqualTo(PropertyTable.COLUMNS);
    assertThat(PROPERTIES.rows()).hasSize(3);
    Map<String, Cell> relu = row(PROPERTIES, 0);
    assertThat(relu.get("function").text()).isEqualTo("relu");
    assertThat(relu.get("range").text()).isEqualTo("[0, ∞)");
    assertThat(relu.get("zero-centred").value()).isEqualTo(false);
    assertThat(relu.get("saturation").text()).isEqualTo("left");
    assertThat(relu.get("continuity").text()).isEqualTo("C⁰");
    assertThat(relu.get("max |f′| at").text()).isEqualTo("(0, ∞)");
    assertThat((Double) relu.get("sparsity").value()).isCloseTo(0.5, within(0.005));
    Map<String, Cell> sigmoid = row(PROPERTIES, 1);
    assertThat(sigmoid.get("max |f′|").value()).isEqualTo(0.25);
    assertThat(sigmoid.get("max |f′| at").text()).isEqualTo("0");
    assertThat(sigmoid.get("range").text()).isEqualTo("(0, 1)");
    assertThat(sigmoid.get("minimum").text()).isEqualTo("—");
    // silu's minimum −W(1/e) = −0.278464542761074 at −1 − W(1/e)
    assertThat(row(PROPERTIES, 2).get("minimum").text()).isEqualTo("−0.278465 at −1.27846");
  }

  @Test
  void everyElementwiseFunctionHasADefaultRow() {
    List<String> specs = PropertyTable.defaultSpecs();
    long elementwise = Activations.all().stream()
        .filter(i -> i.kind() == FunctionInfo.Kind.ELEMENTWISE).count();
    assertThat(specs).hasSize((int) elementwise);
    // each builds, threshold included (it has no default parameters)
    specs.forEach(Activations::of);
    assertThat(specs).contains("relu", "threshold(threshold=1.0, value=0.0)");
  }

  @Test
  void markdownEscapesPipesAndKeepsOneRowPerLine() {
    String md = TableFormat.MD.render(PROPERTIES);
    String[] lines = md.split("\n");
    assertThat(lines[0]).startsWith("### Properties");
    assertThat(lines[2]).startsWith("| function | formula |").contains("max \\|f′\\|");
    assertThat(lines[3]).matches("\\|(---\\|)+");
    assertThat(lines[4]).startsWith("| relu | max(0, x) |");
  }

  @Test
  void csvQuotesFieldsWithCommas() {
    String csv = TableFormat.CSV.render(PROPERTIES);
    String[] lines = csv.split("\r\n");
    assertThat(lines).hasSize(4);
    assertThat(lines[0]).startsWith("function,formula,derivative,range,zero-centred");
    assertThat(lines[1]).startsWith("relu,\"max(0, x)\",\"1 for x > 0, else 0\",\"[0, ∞)\",no,");
  }

  @Test
  void htmlEscapesMarkup() {
    String html = TableFormat.HTML.render(PROPERTIES);
    assertThat(html).contains("<caption>Properties").contains("<td>1 for x &gt; 0, else 0</td>")
        .doesNotContain("x > 0");
    // 17 columns do not fit a page: the table comes in parts, each with a heading and 3 rows
    int parts = dev.activations.plot.internal.Html.fit(PROPERTIES).size();
    assertThat(parts).isGreaterThan(1);
    assertThat(html.split("<tr>", -1)).hasSize(1 + parts * (1 + 3));
  }

  @Test
  void jsonParsesWithTypedValues() throws IOException {
    Map<String, Object> doc = JSON.readValue(TableFormat.JSON.render(PROPERTIES),
        new TypeReference<Map<String, Object>>() {});
    assertThat(doc.get("columns")).isEqualTo(PropertyTable.COLUMNS);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows = (List<Map<String, Object>>) doc.get("rows");
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0)).containsEntry("function", "relu").containsEntry("zero-centred", false)
        .containsEntry("learnable", 0).containsEntry("minimum", null);
    assertThat(rows.get(1)).containsEntry("f(0)", 0.5).containsEntry("max |f′|", 0.25);
    // two tables make an array
    Object both = JSON.readValue(TableFormat.JSON.render(PairingTable.tables()), Object.class);
    assertThat(both).isInstanceOf(List.class);
    // non-finite numbers are the strings "inf", "-inf" and "nan"
    Table specials = new Table("specials", List.of("x"), List.of(
        List.of(Cell.number(Double.POSITIVE_INFINITY)),
        List.of(Cell.number(Double.NEGATIVE_INFINITY)), List.of(Cell.number(Double.NaN))),
        List.of());
    assertThat(JSON.readTree(TableFormat.JSON.render(specials)).get("rows").findValuesAsText("x"))
        .containsExactly("inf", "-inf", "nan");
  }

  @Test
  void formatsParseFromTheirNames() {
    assertThat(TableFormat.parse("MD")).isEqualTo(TableFormat.MD);
    assertThat(TableFormat.parse("markdown")).isEqualTo(TableFormat.MD);
    assertThat(TableFormat.parse("json")).isEqualTo(TableFormat.JSON);
    assertThatThrownBy(() -> TableFormat.parse("xml")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("md, csv, html or json");
  }

  @Test
  void pairingFollowsTheArticle() {
    Table t = PairingTable.pairing();
    assertThat(t.rows()).hasSize(3);
    assertThat(t.rows().get(0).get(0).text()).isEqualTo("binary classification");
    assertThat(t.rows().get(0).get(1).text()).isEqualTo("sigmoid");
    assertThat(t.rows().get(1).get(1).text()).isEqualTo("softmax");
    assertThat(t.rows().get(1).get(2).text()).contains("CrossEntropyLoss");
    assertThat(t.rows().get(2).get(3).text()).contains("Losses.bceWithLogits");
  }

  @Test
  void workedExampleShowsWhereTheNaivePairFails() {
    Table t = PairingTable.workedExample();
    assertThat(t.rows()).hasSize(12);
    for (List<Cell> r : t.rows()) {
      Map<String, Cell> row = row(t, t.rows().indexOf(r));
      double x = (Double) row.get("x").value();
      double y = (Double) row.get("y").value();
      // closed forms: the loss is softplus(−x) for y = 1, softplus(x) for y = 0
      double t0 = y == 1 ? -x : x;
      double exact = Math.max(t0, 0) + Math.log1p(Math.exp(-Math.abs(t0)));
      assertThat((Double) row.get("exact loss").value()).isEqualTo(exact);
      assertThat((float) (double) (Double) row.get("bce_with_logits float32").value())
          .isEqualTo((float) exact);
      assertThat(row.get("fused float32").text()).isEqualTo("exact");
    }
    // x = 30, y = 0: σ(30) rounds to 1 in float32, so the naive loss is PyTorch's clamp
    Map<String, Cell> row = row(t, 10);
    assertThat(row.get("x").value()).isEqualTo(30.0);
    assertThat(row.get("BCE(σ(x)) float32").value()).isEqualTo(100.0);
    assertThat(row.get("naive float32").text()).contains("loss clamped at 100");
    // x = 100, y = 1: the naive gradient vanishes
    assertThat(row(t, 5).get("naive float32").text()).contains("gradient vanishes");
    // x = ±10: float32 keeps enough digits for the naive pair when σ(x) is not near 1
    assertThat(row(t, 2).get("naive float32").text()).isEqualTo("exact");
  }

  @Test
  void tablesRejectRaggedRows() {
    assertThatThrownBy(() -> new Table("t", List.of("a", "b"), List.of(List.of(Cell.text("x"))),
        List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 cells for 2 columns");
    assertThatThrownBy(() -> new Cell("x", new Object()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Map<String, Cell> row(Table t, int index) {
    Map<String, Cell> m = new java.util.LinkedHashMap<>();
    for (int c = 0; c < t.columns().size(); c++) {
      m.put(t.columns().get(c), t.rows().get(index).get(c));
    }
    return m;
  }
}

package dev.activations.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.activations.plot.Cell;
import dev.activations.plot.Table;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every experiment gives the same tables and measurements for the same seed (wall-clock columns,
 * headed "(wall clock)", aside).
 */
class DeterminismTest {
  @TempDir Path first;
  @TempDir Path second;

  static List<String> names() {
    return Experiments.names();
  }

  /** The tables without the columns of wall-clock times, the only numbers that may vary. */
  static List<Table> withoutClock(List<Table> tables) {
    List<Table> out = new ArrayList<>();
    for (Table t : tables) {
      List<Integer> keep = new ArrayList<>();
      for (int c = 0; c < t.columns().size(); c++) {
        if (!t.columns().get(c).contains("(wall clock)")) {
          keep.add(c);
        }
      }
      List<List<Cell>> rows = new ArrayList<>();
      for (List<Cell> row : t.rows()) {
        rows.add(keep.stream().map(row::get).toList());
      }
      out.add(new Table(t.title(), keep.stream().map(t.columns()::get).toList(), rows,
          t.notes()));
    }
    return out;
  }

  @ParameterizedTest
  @MethodSource("names")
  void theSameSeedGivesTheSameTables(String name) throws IOException {
    Experiment e = Experiments.byName(name);
    ExperimentResult a = e.run(Reduced.options(first).withSeed(3));
    ExperimentResult b = e.run(Reduced.options(second).withSeed(3));
    assertThat(withoutClock(b.tables())).isEqualTo(withoutClock(a.tables()));
    assertThat(b.measurements()).isEqualTo(a.measurements());
    assertThat(b.verdict()).isEqualTo(a.verdict());
  }
}

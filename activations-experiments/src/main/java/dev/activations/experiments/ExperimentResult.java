package dev.activations.experiments;

import dev.activations.plot.Table;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an experiment measured and decided.
 *
 * @param name the experiment's name
 * @param claim the claim under test
 * @param tables the tables it prints, in order
 * @param measurements the numbers the verdict was computed from, by a dotted key such as
 *     {@code sigmoid.4.ratio}, in the order they were measured
 * @param verdict whether the claim holds, and why
 * @param files every file written, in order
 * @param descriptions what each image among the files shows, in words (its alt text)
 */
public record ExperimentResult(String name, String claim, List<Table> tables,
    Map<String, Double> measurements, Verdict verdict, List<Path> files,
    Map<Path, String> descriptions) {

  /**
   * A result whose images carry no description.
   *
   * @param name the experiment's name, not {@code null}
   * @param claim the claim under test, not {@code null}
   * @param tables the tables it prints, in order; copied
   * @param measurements the numbers the verdict was computed from, by key; copied
   * @param verdict whether the claim holds, and why; not {@code null}
   * @param files every file written, in order; copied
   */
  public ExperimentResult(String name, String claim, List<Table> tables,
      Map<String, Double> measurements, Verdict verdict, List<Path> files) {
    this(name, claim, tables, measurements, verdict, files, Map.of());
  }

  /**
   * Copies the collections.
   *
   * @param name the experiment's name, not {@code null}
   * @param claim the claim under test, not {@code null}
   * @param tables the tables it prints, in order; copied
   * @param measurements the numbers the verdict was computed from, by key; copied
   * @param verdict whether the claim holds, and why; not {@code null}
   * @param files every file written, in order; copied
   * @param descriptions the alt text of each image among the files; copied
   * @throws IllegalArgumentException on a null part
   */
  public ExperimentResult {
    if (name == null || claim == null || tables == null || measurements == null
        || verdict == null || files == null || descriptions == null) {
      throw new IllegalArgumentException("a result needs every part");
    }
    tables = List.copyOf(tables);
    measurements = Collections.unmodifiableMap(new LinkedHashMap<>(measurements));
    files = List.copyOf(files);
    descriptions = Collections.unmodifiableMap(new LinkedHashMap<>(descriptions));
  }

  /**
   * Whether the claim holds.
   *
   * @return the verdict's {@link Verdict#holds()}
   */
  public boolean holds() {
    return verdict.holds();
  }

  /**
   * A measurement by key.
   *
   * @param key a dotted key such as {@code sigmoid.4.ratio}
   * @return the value recorded under that key
   * @throws IllegalArgumentException for a key that was not measured
   */
  public double measurement(String key) {
    Double v = measurements.get(key);
    if (v == null) {
      throw new IllegalArgumentException("no measurement '" + key + "' in " + name);
    }
    return v;
  }

  /**
   * {@code claim: … — holds} or {@code claim: … — does not hold as stated}.
   *
   * @return one line, without a trailing newline
   */
  public String verdictLine() {
    return "claim: " + claim + " — " + verdict.word();
  }
}

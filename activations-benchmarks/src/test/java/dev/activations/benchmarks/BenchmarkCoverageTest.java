package dev.activations.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.activations.Activations;
import dev.activations.FunctionInfo;
import dev.activations.ParameterInfo;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;

/**
 * The benchmarks' function lists come from the registry at run time ({@link Main}): these tests
 * keep it that way, so that a function added to the library is benchmarked without an edit here.
 */
class BenchmarkCoverageTest {

  @Test
  void ourBenchmarksRunEveryElementwiseFunctionWithDefaultsInRegistryOrder() {
    List<String> names = Activations.all().stream()
        .filter(f -> f.kind() == FunctionInfo.Kind.ELEMENTWISE)
        .filter(f -> f.parameters().stream().noneMatch(ParameterInfo::required))
        .map(FunctionInfo::name)
        .toList();
    List<String> ours = Functions.elementwise();
    assertThat(ours.stream().filter(s -> !s.contains("(")).toList())
        .containsExactlyElementsOf(names);
    // gelu's tanh form right after gelu; threshold has no defaults to run
    assertThat(ours.get(ours.indexOf("gelu") + 1)).isEqualTo("gelu(approximate=tanh)");
    assertThat(ours).doesNotContain("threshold").hasSize(names.size() + 1);
    ours.forEach(Activations::of);
  }

  /** A value list in the annotation would hide functions added to the registry. */
  @Test
  void functionParametersCarryNoListOfTheirOwn() throws Exception {
    for (Class<?> c : List.of(ActivationBenchmark.class, TwoThreadBenchmark.Shared.class,
        NaiveBenchmark.class, TorchActivationBenchmark.class)) {
      assertThat(c.getField("fn").getAnnotation(Param.class).value()).as(c.getName())
          .containsExactly(Main.ALL);
    }
  }

  @Test
  void naiveLoopsAreForFunctionsWeBenchmark() {
    assertThat(Functions.elementwise()).containsAll(NaiveKernel.specs());
    // Java has no erf: exact gelu has no textbook loop
    assertThat(NaiveKernel.specs()).doesNotContain("gelu").contains("gelu(approximate=tanh)");
  }

  @Test
  void pytorchFunctionsAreAmongOurs() {
    assertThat(Functions.elementwise()).containsAll(TorchActivationBenchmark.FUNCTIONS);
  }

  @Test
  void pytorchBenchmarkNamesAFormForEachOfItsFunctions() {
    // building the operator needs no native code: only the lambda is made
    for (String name : TorchActivationBenchmark.FUNCTIONS) {
      assertThat(TorchActivationBenchmark.function(name)).as(name).isNotNull();
    }
  }
}

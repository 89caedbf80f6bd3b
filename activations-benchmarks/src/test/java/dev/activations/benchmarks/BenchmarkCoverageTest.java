package dev.activations.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.activations.Activations;
import dev.activations.FunctionInfo;
import dev.activations.ParameterInfo;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;

/**
 * The benchmark parameters are written out by hand (JMH needs constants), so these tests keep
 * them in step with the registry: a function added to the library without its benchmark fails
 * here.
 */
class BenchmarkCoverageTest {

  /** Element-wise, no required parameter: the functions the benchmarks must cover. */
  private static List<String> expected() {
    List<String> names = new ArrayList<>();
    for (FunctionInfo f : Activations.all()) {
      if (f.kind() == FunctionInfo.Kind.ELEMENTWISE
          && f.parameters().stream().noneMatch(ParameterInfo::required)) {
        names.add(f.name());
      }
    }
    names.add(names.indexOf("gelu") + 1, "gelu(approximate=tanh)");
    return names;
  }

  private static List<String> fn(Class<?> type) throws NoSuchFieldException {
    return List.of(type.getField("fn").getAnnotation(Param.class).value());
  }

  @Test
  void ourBenchmarkCoversEveryElementwiseFunctionInRegistryOrder() throws Exception {
    assertThat(fn(ActivationBenchmark.class)).containsExactlyElementsOf(expected());
  }

  @Test
  void twoThreadBenchmarkCoversTheSameFunctions() throws Exception {
    assertThat(fn(TwoThreadBenchmark.Shared.class))
        .containsExactlyElementsOf(fn(ActivationBenchmark.class));
  }

  @Test
  void naiveBenchmarkCoversAllButExactGelu() throws Exception {
    List<String> withoutGelu = new ArrayList<>(expected());
    withoutGelu.remove("gelu");
    assertThat(fn(NaiveBenchmark.class)).containsExactlyElementsOf(withoutGelu);
  }

  @Test
  void everyFunctionBuildsFromItsParameter() throws Exception {
    for (String name : fn(ActivationBenchmark.class)) {
      assertThat(Activations.of(name)).as(name).isNotNull();
    }
  }

  @Test
  void pytorchFunctionsAreAmongOurs() throws Exception {
    assertThat(fn(ActivationBenchmark.class))
        .containsAll(fn(TorchActivationBenchmark.class));
  }

  @Test
  void pytorchBenchmarkNamesAFormForEachOfItsFunctions() throws Exception {
    // building the operator needs no native code: only the lambda is made
    for (String name : fn(TorchActivationBenchmark.class)) {
      assertThat(TorchActivationBenchmark.function(name)).as(name).isNotNull();
    }
  }
}

package dev.activations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import org.junit.jupiter.api.Test;

/**
 * The tests run inside the module, on the module path, as the commands run for users: the
 * module exports nothing and opens its commands to picocli only.
 */
class ModuleBoundaryTest {

  @Test
  void testsRunInsideTheNamedModule() {
    assertThat(getClass().getModule().getName()).isEqualTo("dev.activations.cli");
    assertThat(Main.class.getModule()).isSameAs(getClass().getModule());
  }

  @Test
  void theCommandsAreOpenedToPicocliAndNothingIsExported() {
    ModuleDescriptor d = getClass().getModule().getDescriptor();
    assertThat(d.exports()).isEmpty();
    assertThat(d.opens()).singleElement().satisfies(o -> {
      assertThat(o.source()).isEqualTo("dev.activations.cli");
      assertThat(o.targets()).containsExactly("info.picocli");
    });
  }
}

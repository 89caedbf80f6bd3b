package dev.activations.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import org.junit.jupiter.api.Test;

/**
 * The tests run inside the module, on the module path, so that they see what users see: only
 * the exported packages of the other modules.
 */
class ModuleBoundaryTest {

  @Test
  void testsRunInsideTheNamedModule() {
    assertThat(getClass().getModule().getName()).isEqualTo("dev.activations.nn");
    assertThat(Network.class.getModule()).isSameAs(getClass().getModule());
  }

  @Test
  void theModuleExportsOnlyItsPublicApi() {
    assertThat(getClass().getModule().getDescriptor().exports())
        .map(ModuleDescriptor.Exports::source)
        .containsExactlyInAnyOrder("dev.activations.nn");
  }
}

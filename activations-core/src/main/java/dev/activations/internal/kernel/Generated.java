package dev.activations.internal.kernel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class written by a generator: it is never edited by hand, and {@code .ci/run} fails
 * when rerunning the generator changes it.
 *
 * <p>Our own annotation rather than {@code javax.annotation.processing.Generated}: that one
 * lives in the {@code java.compiler} module, which core does not otherwise need, and is kept
 * only in sources. This one is kept in the class files, where coverage tools (JaCoCo, which
 * skips classes annotated with any {@code *Generated} annotation of class retention) and
 * readers of the bytecode see it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@interface Generated {
  /** The generator, as a path from the repository root. */
  String value();
}

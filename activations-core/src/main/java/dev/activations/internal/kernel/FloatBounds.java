package dev.activations.internal.kernel;

/**
 * Float stand-ins for double thresholds: for every float x, x &gt; m ⇔ x &gt; down(m),
 * x ≥ m ⇔ x ≥ up(m), x &lt; m ⇔ x &lt; up(m) and x ≤ m ⇔ x ≤ down(m), so that float lanes
 * compare exactly as a double comparison would.
 */
final class FloatBounds {
  private FloatBounds() {}

  /** The largest float ≤ m. */
  static float down(double m) {
    float f = (float) m;
    return f > m ? Math.nextDown(f) : f;
  }

  /** The smallest float ≥ m. */
  static float up(double m) {
    float f = (float) m;
    return f < m ? Math.nextUp(f) : f;
  }
}

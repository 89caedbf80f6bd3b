package dev.activations.internal.function;

/** Checks of learnable-parameter arrays. */
final class Parameters {
  private Parameters() {}

  static void check(String function, double[] parameters, int count) {
    if (parameters == null) {
      throw new IllegalArgumentException(function + " parameters are null");
    }
    if (parameters.length != count) {
      throw new IllegalArgumentException(function + " has " + count + " parameter"
          + (count == 1 ? "" : "s") + " but " + parameters.length + " were given");
    }
    for (int i = 0; i < parameters.length; i++) {
      if (!Double.isFinite(parameters[i])) {
        throw new IllegalArgumentException(
            function + " parameter " + i + " is " + parameters[i] + ": it must be finite");
      }
    }
  }

  static void checkGradient(String function, double[] dTheta, int count) {
    if (dTheta == null) {
      throw new IllegalArgumentException(function + " parameter gradient dTheta is null");
    }
    if (dTheta.length != count) {
      throw new IllegalArgumentException(function + " has " + count + " parameter"
          + (count == 1 ? "" : "s") + " but dTheta has length " + dTheta.length);
    }
  }
}

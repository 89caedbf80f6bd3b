package dev.activations.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The loops a Java programmer would write from the textbook formula with {@code java.lang.Math}:
 * no care for overflow, cancellation or NaN beyond what the formula gives, each value computed
 * in double where Math only takes double, then rounded to float. They are the "naive scalar
 * loop" baseline of issue 3 (our library must be ≥ 10× faster for every exp/tanh/erf-based
 * function once its SIMD kernels exist).
 *
 * <p>One constant per function, each with its own loop, so that in a benchmark fork (which runs
 * one function) the call is monomorphic and the JIT sees a plain counted loop. Exact GELU has no
 * naive form: {@code java.lang.Math} has no erf.
 *
 * <p>Defaults as the registry's: leaky_relu slope 0.01, prelu 0.25, rrelu in evaluation mode
 * (slope (1/8 + 1/3)/2), elu and celu α = 1, softplus β = 1 with threshold 20, swish β = 1,
 * hardtanh [−1, 1], shrink λ = 0.5.
 */
enum NaiveKernel {
  IDENTITY {
    @Override
    void forward(float[] x, float[] y) {
      for (int i = 0; i < x.length; i++) {
        y[i] = x[i];
      }
    }

    @Override
    void backward(float[] x, float[] dy, float[] dx) {
      for (int i = 0; i < x.length; i++) {
        dx[i] = dy[i];
      }
    }
  },
  SIGMOID {
    @Override
    void forward(float[] x, float[] y) {
      for (int i = 0; i < x.length; i++) {
        y[i] = (float) (1 / (1 + Math.exp(-x[i])));
      }
    }

    @Override
    void backward(float[] x, float[] dy, float[] dx) {
      for (int i = 0; i < x.length; i++) {
        double s = 1 / (1 + Math.exp(-x[i]));
        dx[i] = (float) (dy[i] * s * (1 - s));
      }
    }
  },
  TANH {
    @Override
    void forward(float[] x, float[] y) {
      for (int i = 0; i < x.length; i++) {
        y[i] = (float) Math.tanh(x[i]);
      }
    }

    @Override
    void backward(float[] x, float[] dy, float[] dx) {
      for (int i = 0; i < x.length; i++) {
        double t = Math.tanh(x[i]);
        dx[i] = (float) (dy[i] * (1 - t * t));
      }
    }
  },
  RELU {
    @Override
    void forward(float[] x, float[] y) {
      for (int i = 0; i < x.length; i++) {
        y[i] = Math.max(0f, x[i]);
      }
    }

    @Override
    void backward(float[] x, float[] dy, float[] dx) {
      for (int i = 0; i < x.length; i++) {
        dx[i] = x[i] > 0 ? dy[i] : 0f;
      }
    }
  },
  LEAKY_RELU {
    @Override
    void forward(float[] x, float[] y) {
      leaky(x, y, 0.01f);
    }

    @Override
    void backward(float[] x, float[] dy, float[] dx) {
      leakyBackward(x, dy, dx, 0.01f);
    }
  },
  PRELU {
    @Override
    void forward(float[] x, float[] y) {
      leaky(x, y, 0.25f);
    }

    @Override
    void backward(float[] x, float[] dy, float[] dx) {
      leakyBackward(x, dy, dx, 0.25f);
    }
  },
  RRELU {
    @Override
    void forward(float[] x, float[] y) {
      leaky(x, y, (float) ((1.0 / 8 + 1.0 / 3) / 2));
    }

    @Override
    void backward(float[] x, float[] dy, float[] dx) {
      leakyBackward(x, dy, dx, (float) ((1.0 / 8 + 1.0 / 3) / 2));
    }
  },
  ELU {
    @Override
    void forward(float[] x, float[] y) {
      for (int i = 0; i < x.length; i++) {
        y[i] = x[i] > 0 ? x[i] : (float) (Math.exp(x[i]) - 1);
      }
    }

    @Override
    void backward(float[] x, float[] dy, float[] dx) {
      for (int i = 0; i < x.length; i++) {
        dx[i] = x[i] > 0 ? dy[i] : (float) (dy[i] * Math.exp(x[i]));
      }
    }
  },
  SELU {
    // the constants of the SELU paper, as PyTorch writes them
    static final double ALPHA = 1.6732632423543772848170429916717;
    static final double SCALE = 1.0507009873554804934193349852946;

    @Override
    void forward(float[] x, float[] y) {
      for (int i = 0; i < x.length; i++) {
        y[i] = (float) (SCALE * (x[i] > 0 ? x[i] : ALPHA * (Math.exp(x[i]) - 1)));
      }
    }

    @Override
    void backward(float[] x, float[] dy, float[] dx) {
      for (int i = 0; i < x.length; i++) {
        dx[i] = (float) (dy[i] * SCALE * (x[i] > 0 ? 1 : ALPHA * Math.exp(x[i])));
      }
    }
  },
  CELU {
    @Override
    void forward(float[] x, float[] y) {
      for (int i = 0; i < x.length; i++) {
        y[i] = (float) (Math.max(0, x[i]) + Math.min(0, Math.exp(x[i]) - 1));
      }
    }

    @Override
    void backward(float[] x, float[] dy, float[] dx) {
      for (int i = 0; i < x.length; i++) {
        dx[i] = x[i] > 0 ? dy[i] : (float) (dy[i] * Math.exp(x[i]));
      }
    }
  },
  SOFTPLUS {
    @Override
    void forward(float[] x, float[] y) {
      for (int i = 0; i < x.length; i++) {
        y[i] = x[i] > 20 ? x[i] : (float) Math.log(1 + Math.exp(x[i]));
      }
    }

    @Override
    void backward(float[] x, float[] dy, float[] dx) {
      for (int i = 0; i < x.length; i++) {
        dx[i] = x[i] > 20 ? dy[i] : (float) (dy[i] / (1 + Math.exp(-x[i])));
      }
    }
  },
  SWISH {
    @Override
    void forward(float[] x, float[] y) {
      SILU.forward(x, y);
    }

    @Override
    void backward(float[] x, float[] dy, float[] dx) {
      SILU.backward(x, dy, dx);
    }
  },
  SILU {
    @Override
    void forward(float[] x, float[] y) {
      for (int i = 0; i < x.length; i++) {
        y[i] = (float) (x[i] / (1 + Math.exp(-x[i])));
      }
    }

    @Override
    void backward(float[] x, float[] dy, float[] dx) {
      for (int i = 0; i < x.length; i++) {
        double s = 1 / (1 + Math.exp(-x[i]));
        dx[i] = (float) (dy[i] * (s + x[i] * s * (1 - s)));
      }
    }
  },
  MISH {
    @Override
    void forward(float[] x, float[] y) {
      for (int i = 0; i < x.length; i++) {
        y[i] = (float) (x[i] * Math.tanh(Math.log(1 + Math.exp(x[i]))));
      }
    }

    @Override
    void backward(float[] x, float[] dy, float[] dx) {
      for (int i = 0; i < x.length; i++) {
        double t = Math.tanh(Math.log(1 + Math.exp(x[i])));
        double s = 1 / (1 + Math.exp(-x[i]));
        dx[i] = (float) (dy[i] * (t + x[i] * s * (1 - t * t)));
      }
    }
  },
  GELU_TANH {
    static final double K = Math.sqrt(2 / Math.PI);

    @Override
    void forward(float[] x, float[] y) {
      for (int i = 0; i < x.length; i++) {
        double v = x[i];
        y[i] = (float) (0.5 * v * (1 + Math.tanh(K * (v + 0.044715 * v * v * v))));
      }
    }

    @Override
    void backward(float[] x, float[] dy, float[] dx) {
      for (int i = 0; i < x.length; i++) {
        double v = x[i];
        double t = Math.tanh(K * (v + 0.044715 * v * v * v));
        double d = 0.5 * (1 + t) + 0.5 * v * (1 - t * t) * K * (1 + 3 * 0.044715 * v * v);
        dx[i] = (float) (dy[i] * d);
      }
    }
  },
  RELU6 {
    @Override
    void forward(float[] x, float[] y) {
      for (int i = 0; i < x.length; i++) {
        y[i] = Math.min(Math.max(0f, x[i]), 6f);
      }
    }

    @Override
    void backward(float[] x, float[] dy, float[] dx) {
      for (int i = 0; i < x.length; i++) {
        dx[i] = x[i] > 0 && x[i] < 6 ? dy[i] : 0f;
      }
    }
  },
  HARDSIGMOID {
    @Override
    void forward(float[] x, float[] y) {
      for (int i = 0; i < x.length; i++) {
        y[i] = x[i] <= -3 ? 0f : x[i] >= 3 ? 1f : x[i] / 6 + 0.5f;
      }
    }

    @Override
    void backward(float[] x, float[] dy, float[] dx) {
      for (int i = 0; i < x.length; i++) {
        dx[i] = x[i] > -3 && x[i] < 3 ? dy[i] / 6 : 0f;
      }
    }
  },
  HARDSWISH {
    @Override
    void forward(float[] x, float[] y) {
      for (int i = 0; i < x.length; i++) {
        y[i] = x[i] <= -3 ? 0f : x[i] >= 3 ? x[i] : x[i] * (x[i] + 3) / 6;
      }
    }

    @Override
    void backward(float[] x, float[] dy, float[] dx) {
      for (int i = 0; i < x.length; i++) {
        dx[i] = x[i] < -3 ? 0f : x[i] > 3 ? dy[i] : dy[i] * (x[i] / 3 + 0.5f);
      }
    }
  },
  HARDTANH {
    @Override
    void forward(float[] x, float[] y) {
      for (int i = 0; i < x.length; i++) {
        y[i] = Math.max(-1f, Math.min(1f, x[i]));
      }
    }

    @Override
    void backward(float[] x, float[] dy, float[] dx) {
      for (int i = 0; i < x.length; i++) {
        dx[i] = x[i] > -1 && x[i] < 1 ? dy[i] : 0f;
      }
    }
  },
  SOFTSIGN {
    @Override
    void forward(float[] x, float[] y) {
      for (int i = 0; i < x.length; i++) {
        y[i] = x[i] / (1 + Math.abs(x[i]));
      }
    }

    @Override
    void backward(float[] x, float[] dy, float[] dx) {
      for (int i = 0; i < x.length; i++) {
        float d = 1 + Math.abs(x[i]);
        dx[i] = dy[i] / (d * d);
      }
    }
  },
  LOGSIGMOID {
    @Override
    void forward(float[] x, float[] y) {
      for (int i = 0; i < x.length; i++) {
        y[i] = (float) Math.log(1 / (1 + Math.exp(-x[i])));
      }
    }

    @Override
    void backward(float[] x, float[] dy, float[] dx) {
      for (int i = 0; i < x.length; i++) {
        dx[i] = (float) (dy[i] / (1 + Math.exp(x[i])));
      }
    }
  },
  TANHSHRINK {
    @Override
    void forward(float[] x, float[] y) {
      for (int i = 0; i < x.length; i++) {
        y[i] = (float) (x[i] - Math.tanh(x[i]));
      }
    }

    @Override
    void backward(float[] x, float[] dy, float[] dx) {
      for (int i = 0; i < x.length; i++) {
        double t = Math.tanh(x[i]);
        dx[i] = (float) (dy[i] * t * t);
      }
    }
  },
  SOFTSHRINK {
    @Override
    void forward(float[] x, float[] y) {
      for (int i = 0; i < x.length; i++) {
        y[i] = x[i] > 0.5f ? x[i] - 0.5f : x[i] < -0.5f ? x[i] + 0.5f : 0f;
      }
    }

    @Override
    void backward(float[] x, float[] dy, float[] dx) {
      shrinkBackward(x, dy, dx);
    }
  },
  HARDSHRINK {
    @Override
    void forward(float[] x, float[] y) {
      for (int i = 0; i < x.length; i++) {
        y[i] = x[i] > 0.5f || x[i] < -0.5f ? x[i] : 0f;
      }
    }

    @Override
    void backward(float[] x, float[] dy, float[] dx) {
      shrinkBackward(x, dy, dx);
    }
  };

  /** y[i] = f(x[i]); {@code y.length ≥ x.length}. */
  abstract void forward(float[] x, float[] y);

  /** dx[i] = dy[i]·f'(x[i]), f' from x alone (the textbook formula of the derivative). */
  abstract void backward(float[] x, float[] dy, float[] dx);

  /** The kernel of a registry name or of the specification "gelu(approximate=tanh)". */
  /** The functions with a textbook loop, as benchmark parameters, in declaration order. */
  static List<String> specs() {
    return Arrays.stream(values()).map(NaiveKernel::spec).toList();
  }

  /** The registry name of this loop's function, or gelu's tanh form. */
  String spec() {
    return this == GELU_TANH ? "gelu(approximate=tanh)" : name().toLowerCase(Locale.ROOT);
  }

  static NaiveKernel of(String fn) {
    if (fn.replace(" ", "").equals("gelu(approximate=tanh)")) {
      return GELU_TANH;
    }
    return valueOf(fn.toUpperCase(Locale.ROOT));
  }

  private static void leaky(float[] x, float[] y, float slope) {
    for (int i = 0; i < x.length; i++) {
      y[i] = x[i] > 0 ? x[i] : slope * x[i];
    }
  }

  private static void leakyBackward(float[] x, float[] dy, float[] dx, float slope) {
    for (int i = 0; i < x.length; i++) {
      dx[i] = x[i] > 0 ? dy[i] : slope * dy[i];
    }
  }

  private static void shrinkBackward(float[] x, float[] dy, float[] dx) {
    for (int i = 0; i < x.length; i++) {
      dx[i] = x[i] > 0.5f || x[i] < -0.5f ? dy[i] : 0f;
    }
  }
}

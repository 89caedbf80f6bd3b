package dev.activations.cli;

import dev.activations.Activation;
import dev.activations.ActivationFunction;
import dev.activations.Activations;
import dev.activations.RowwiseActivation;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code activations eval SPEC [X ...] [--dtype float32|float64]}: f(x) and f'(x) for each
 * input, computed by the array kernels that library users call.
 *
 * <p>The output is a contract relied on by external checks: one line per input,
 * {@code x<TAB>f(x)<TAB>f'(x)}, every number printed so that it parses back to the identical
 * value of the dtype. Change it only together with them.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Prints x, f(x) and f'(x) for each input, computed by the library's array kernels.",
      "%nOne line per input: x<TAB>f(x)<TAB>f'(x); f' is what backward gives for a dy of ones."
          + " Every printed number parses back to the identical value of the dtype (NaN,"
          + " Infinity, -Infinity for specials).",
      "%nInputs come from the arguments or, when there are none, from standard input,"
          + " separated by any white space: decimal numbers (-1.5, 2e-3) or nan, inf, -inf,"
          + " NaN, Infinity, -Infinity. Negative numbers need no quoting. float32 inputs are"
          + " rounded once, directly from the decimal text.",
      "%nRow-wise functions (softmax, log_softmax, softmin) take the inputs as one row; the"
          + " third column is then the diagonal of the Jacobian, dy_i/dx_i.",
      ""
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:success",
      "1:internal failure",
      "2:bad usage or input (unknown function, unreadable number)"
    })
final class EvalCommand implements Callable<Integer> {
  /** What eval says on stderr when it waits for numbers typed at a terminal. */
  static final String READING_HINT = "activations: reading numbers from standard input, one or"
      + " more per line, until end of input (Ctrl-D)";

  private static final String NUMBER_SYNTAX =
      "expected a decimal number (1.5, -2e-3) or nan, inf, -inf";

  @Spec CommandSpec spec;

  @ParentCommand ActivationsCommand parent;

  @Mixin DtypeOption dtype;

  @Mixin PrecisionOption precision;

  @Parameters(
      index = "0",
      paramLabel = "SPEC",
      description = "the function and its parameters, as in relu or leaky_relu(0.1)")
  String function;

  @Parameters(
      index = "1..*",
      paramLabel = "X",
      description = "inputs; none: read standard input")
  List<String> inputs = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    if (function.startsWith("-")) {
      throw usage(isNumber(function)
          ? "missing SPEC: '" + shorten(function) + "' is an input; the function comes first,"
              + " as in 'activations eval relu " + shorten(function) + "'"
          : "unknown option '" + shorten(function) + "'");
    }
    ActivationFunction f = resolve(function);
    PrintWriter out = spec.commandLine().getOut();
    if (dtype.dtype == DtypeOption.Dtype.FLOAT32) {
      evalFloat32(f, out);
    } else {
      evalFloat64(f, out);
    }
    return 0;
  }

  private void evalFloat32(ActivationFunction f, PrintWriter out) throws IOException {
    float[] x = readFloats();
    float[] y = new float[x.length];
    float[] d = new float[x.length];
    try {
      if (f instanceof Activation a) {
        derivativesOf(a, x, y, d);
      } else if (f instanceof RowwiseActivation r) {
        derivativesOf(r, x, y, d);
      }
    } catch (IllegalArgumentException e) {
      throw inputsRejected(e, x.length);
    }
    StringBuilder line = new StringBuilder(64);
    for (int i = 0; i < x.length; i++) {
      line.setLength(0);
      line.append(NumberText.format(x[i])).append('\t')
          .append(NumberText.format(y[i])).append('\t')
          .append(NumberText.format(d[i])).append('\n');
      out.append(line);
    }
  }

  private void evalFloat64(ActivationFunction f, PrintWriter out) throws IOException {
    double[] x = readDoubles();
    double[] y = new double[x.length];
    double[] d = new double[x.length];
    try {
      if (f instanceof Activation a) {
        derivativesOf(a, x, y, d);
      } else if (f instanceof RowwiseActivation r) {
        derivativesOf(r, x, y, d);
      }
    } catch (IllegalArgumentException e) {
      throw inputsRejected(e, x.length);
    }
    StringBuilder line = new StringBuilder(96);
    for (int i = 0; i < x.length; i++) {
      line.setLength(0);
      line.append(NumberText.format(x[i])).append('\t')
          .append(NumberText.format(y[i])).append('\t')
          .append(NumberText.format(d[i])).append('\n');
      out.append(line);
    }
  }

  /**
   * An {@link Activation}, or a {@link RowwiseActivation} that keeps the row width. The library
   * tells element-wise from row-wise; its message is the one the user needs (it lists the
   * closest names).
   */
  private ActivationFunction resolve(String text) {
    ActivationFunction f;
    try {
      f = Activations.build(text, precision.get());
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
    if (f instanceof RowwiseActivation r) {
      int width = r.outputColumns(2);
      if (width != 2) {
        throw usage(r.name() + " does not give one output per input (a row of 2 gives " + width
            + "), so eval has no f(x) and f'(x) per input to print");
      }
    }
    return f;
  }

  // f'(x) as the chain rule gives it with dy = 1: the backward kernel users train with.
  private static void derivativesOf(Activation a, float[] x, float[] y, float[] d) {
    a.forward(x, y);
    float[] ones = new float[x.length];
    Arrays.fill(ones, 1f);
    a.backward(x, y, ones, d);
  }

  private static void derivativesOf(Activation a, double[] x, double[] y, double[] d) {
    a.forward(x, y);
    double[] ones = new double[x.length];
    Arrays.fill(ones, 1d);
    a.backward(x, y, ones, d);
  }

  // Row i of the Jacobian is backward of the one-hot dy = e_i; its i-th entry is dy_i/dx_i.
  // Quadratic in the row length, which is fine for a row typed or piped by hand.
  private static void derivativesOf(RowwiseActivation r, float[] x, float[] y, float[] d) {
    int n = x.length;
    if (n == 0) {
      return;
    }
    r.forward(x, y, 1, n);
    float[] dy = new float[n];
    float[] dx = new float[n];
    for (int i = 0; i < n; i++) {
      dy[i] = 1f;
      r.backward(x, y, dy, dx, 1, n);
      d[i] = dx[i];
      dy[i] = 0f;
    }
  }

  private static void derivativesOf(RowwiseActivation r, double[] x, double[] y, double[] d) {
    int n = x.length;
    if (n == 0) {
      return;
    }
    r.forward(x, y, 1, n);
    double[] dy = new double[n];
    double[] dx = new double[n];
    for (int i = 0; i < n; i++) {
      dy[i] = 1d;
      r.backward(x, y, dy, dx, 1, n);
      d[i] = dx[i];
      dy[i] = 0d;
    }
  }

  private float[] readFloats() throws IOException {
    float[][] values = {new float[inputs.isEmpty() ? 1024 : inputs.size()]};
    int[] size = {0};
    readTokens((token, where) -> {
      float v;
      try {
        v = NumberText.parseFloat(token);
      } catch (NumberFormatException e) {
        throw unreadable(token, where);
      }
      if (size[0] == values[0].length) {
        values[0] = Arrays.copyOf(values[0], grow(size[0]));
      }
      values[0][size[0]++] = v;
    });
    return Arrays.copyOf(values[0], size[0]);
  }

  private double[] readDoubles() throws IOException {
    double[][] values = {new double[inputs.isEmpty() ? 1024 : inputs.size()]};
    int[] size = {0};
    readTokens((token, where) -> {
      double v;
      try {
        v = NumberText.parseDouble(token);
      } catch (NumberFormatException e) {
        throw unreadable(token, where);
      }
      if (size[0] == values[0].length) {
        values[0] = Arrays.copyOf(values[0], grow(size[0]));
      }
      values[0][size[0]++] = v;
    });
    return Arrays.copyOf(values[0], size[0]);
  }

  private static int grow(int size) {
    if (size >= Integer.MAX_VALUE - 16) {
      throw new IllegalStateException("more inputs than an array can hold");
    }
    return (int) Math.min(Integer.MAX_VALUE - 16L, size * 2L);
  }

  /** Where a token came from, for the error line: 0 for the arguments, else a stdin line. */
  private interface TokenSink {
    void accept(String token, int where);
  }

  private void readTokens(TokenSink sink) throws IOException {
    if (!inputs.isEmpty()) {
      for (String token : inputs) {
        sink.accept(token, 0);
      }
      return;
    }
    if (parent.inIsTerminal()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println(READING_HINT);
      err.flush();
    }
    // Not closed: standard input belongs to the caller.
    Reader in = new InputStreamReader(parent.stdin(), StandardCharsets.UTF_8);
    try {
      InputTokens.read(in, sink::accept);
    } catch (InputTokens.TooLongException e) {
      throw unreadable(e.start, e.line);
    }
  }

  private ParameterException unreadable(String token, int line) {
    if (line == 0 && token.startsWith("-")) {
      // with unmatched options taken as inputs, a mistyped option ends up here
      return usage("unknown option '" + shorten(token) + "'");
    }
    return usage("cannot read '" + shorten(token) + "' as a number"
        + (line == 0 ? "" : " (standard input, line " + line + ")") + ": " + NUMBER_SYNTAX);
  }

  /**
   * The kernels reject only inputs the function cannot take, such as a length that is not a
   * multiple of prelu's channels: that is the user's input, not a failure of ours.
   */
  private ParameterException inputsRejected(IllegalArgumentException e, int count) {
    return usage(function + " cannot take " + count + " input" + (count == 1 ? "" : "s") + ": "
        + e.getMessage());
  }

  private static boolean isNumber(String token) {
    try {
      NumberText.parseDouble(token);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String shorten(String token) {
    return token.length() <= 40 ? token : token.substring(0, 40) + "...";
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}

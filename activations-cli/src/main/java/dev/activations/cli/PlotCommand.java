package dev.activations.cli;

import dev.activations.plot.ChartWriter;
import dev.activations.plot.Charts;
import dev.activations.plot.Figure;
import dev.activations.plot.Mode;
import dev.activations.plot.XRange;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code activations plot SPEC... [--derivative | --both] [--range LO:HI] [--points N]
 * [--out FILE] [--width W] [--height H]}: curves of f, f' or both, drawn by the plot module from
 * the library's own values and written as PNG or SVG, the format following the extension.
 *
 * <p>Everything the user gave is checked before the file is touched, so a bad spec, range, size
 * or extension leaves no half-written image behind.
 */
@Command(
    name = "plot",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Plots f(x), f'(x) or both for one or more functions, as a PNG or SVG image.",
      "%nThe format follows the file's extension (.png or .svg). Each function keeps one colour"
          + " in every chart. --both draws two panels side by side: f on the left, f' on the"
          + " right. Prints the path of the file written.",
      ""
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:success",
      "1:internal failure",
      "2:bad usage or input (unknown function, bad range, size or file)"
    })
final class PlotCommand implements Callable<Integer> {
  /** Where the image goes when no --out is given: the current folder. */
  static final String DEFAULT_OUT = "activations-plot.png";

  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "SPEC",
      description = "functions and their parameters, as in relu or leaky_relu(0.1)")
  List<String> specs;

  @Option(names = "--derivative", description = "plot f'(x) instead of f(x)")
  boolean derivative;

  @Option(names = "--both", description = "plot f(x) and f'(x) in two panels side by side")
  boolean both;

  @Option(
      names = "--range",
      paramLabel = "LO:HI",
      converter = RangeConverter.class,
      description = "the interval of x; default: ${DEFAULT-VALUE}",
      defaultValue = "-6:6")
  XRange range;

  @Option(
      names = "--points",
      paramLabel = "N",
      description = "points per curve, 2 to " + Charts.MAX_POINTS + "; default: ${DEFAULT-VALUE}",
      defaultValue = "" + Charts.DEFAULT_POINTS)
  int points;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "the image to write, FILE.png or FILE.svg; missing folders are created;"
          + " default: ${DEFAULT-VALUE}",
      defaultValue = DEFAULT_OUT)
  String out;

  @Option(
      names = "--width",
      paramLabel = "W",
      description = "width in pixels; default: " + Figure.PANEL_WIDTH + " per panel")
  Integer width;

  @Option(
      names = "--height",
      paramLabel = "H",
      description = "height in pixels; default: " + Figure.PANEL_HEIGHT)
  Integer height;

  /**
   * Reads LO:HI with the number syntax of eval's inputs, then lets the range check its ends
   * (finite, LO &lt; HI).
   */
  static final class RangeConverter implements ITypeConverter<XRange> {
    @Override
    public XRange convert(String value) {
      String t = value.strip().replace('−', '-');
      int colon = t.indexOf(':', 1);
      if (colon < 0 || colon != t.lastIndexOf(':')) {
        throw new TypeConversionException("'" + value + "' is not LO:HI, for example -6:6");
      }
      double[] ends = new double[2];
      String[] parts = {t.substring(0, colon).strip(), t.substring(colon + 1).strip()};
      for (int i = 0; i < 2; i++) {
        try {
          ends[i] = NumberText.parseDouble(parts[i]);
        } catch (NumberFormatException e) {
          throw new TypeConversionException("'" + parts[i] + "' in '" + value
              + "' is not a number");
        }
      }
      try {
        return new XRange(ends[0], ends[1]);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  @Override
  public Integer call() throws IOException {
    if (derivative && both) {
      throw usage("--derivative and --both exclude each other: --both already draws f'");
    }
    Mode mode = both ? Mode.SIDE_BY_SIDE : derivative ? Mode.DERIVATIVE : Mode.VALUE;
    Path file;
    Figure figure;
    int w;
    int h;
    try {
      file = FileProblems.path("--out", out);
      FileProblems.requireWritableLocation(file);
      ChartWriter.Format.of(file);
      ElementwiseSpecs.require(specs, "plot cannot draw it");
      figure = Charts.functionChart(specs, range.lo(), range.hi(), points, mode);
      w = width != null ? width : figure.defaultWidth();
      h = height != null ? height : figure.defaultHeight();
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
    try {
      ChartWriter.write(figure, file, w, h);
    } catch (IllegalArgumentException e) {
      // the size: ChartWriter checks it before it creates any folder or file
      throw usage(e.getMessage());
    } catch (IOException e) {
      String problem = FileProblems.describe(e);
      if (problem == null) {
        throw e;
      }
      throw usage("cannot write " + file + ": " + problem);
    }
    spec.commandLine().getOut().print(file + "\n");
    return 0;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}

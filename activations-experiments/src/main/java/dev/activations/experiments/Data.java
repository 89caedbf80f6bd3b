package dev.activations.experiments;

import dev.activations.nn.DataSet;
import dev.activations.nn.DataSets;
import dev.activations.nn.Standardizer;
import java.io.IOException;
import java.util.Locale;

/**
 * The data sets the experiments train on: {@code digits} (bundled, 8×8 pixels of 0..16, scaled
 * here to [0, 1] by 1/16 so that they match MNIST's p/255) or {@code idx:DIR} (an MNIST-format
 * folder, pixels p/255).
 */
final class Data {
  private Data() {}

  /**
   * The data set named by the options, pixels in [0, 1].
   *
   * @throws IllegalArgumentException for any other name
   */
  static DataSet pixels(ExperimentOptions options) throws IOException {
    String spec = options.data().strip();
    if (spec.startsWith("idx:")) {
      return DataSets.load(spec, options.seed());
    }
    if (spec.toLowerCase(Locale.ROOT).equals("digits")) {
      DataSet d = DataSets.digits();
      float[] f = d.features();
      for (int i = 0; i < f.length; i++) {
        f[i] /= 16f;
      }
      return DataSet.of("digits", f, d.columns(), d.labels(), d.classNames());
    }
    throw new IllegalArgumentException("unknown data '" + options.data()
        + "': the experiments train on digits or idx:DIR (an MNIST-format folder)");
  }

  /** The data set's first {@code rows} rows (all of them when it has fewer). */
  static DataSet first(DataSet data, int rows) {
    int n = Math.min(rows, data.rows());
    int[] index = new int[n];
    for (int i = 0; i < n; i++) {
      index[i] = i;
    }
    return data.subset(index);
  }

  /** Every column centred and scaled to unit variance over the set itself. */
  static DataSet standardised(DataSet data) {
    return Standardizer.fit(data).apply(data);
  }
}

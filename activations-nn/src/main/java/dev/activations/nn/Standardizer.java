package dev.activations.nn;

/**
 * Standardisation: x'_c = (x_c − μ_c)/σ_c per column c, with μ and σ (the population standard
 * deviation) fitted on one data set, usually the training set, and applied to others, so the test
 * set never leaks into the scaling. A constant column (σ = 0) is only centred.
 */
public final class Standardizer {
  private final double[] means;
  private final double[] deviations;

  private Standardizer(double[] means, double[] deviations) {
    this.means = means;
    this.deviations = deviations;
  }

  /**
   * Fits μ and σ per column, in double, with the two-pass formula.
   *
   * @param data the data set to fit on, usually the training set; not modified
   * @return the fitted scaling; its means are NaN for an empty data set
   */
  public static Standardizer fit(DataSet data) {
    int c = data.columns();
    int n = data.rows();
    float[] f = data.featureArray();
    double[] mean = new double[c];
    double[] dev = new double[c];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < c; j++) {
        mean[j] += f[i * c + j];
      }
    }
    for (int j = 0; j < c; j++) {
      mean[j] /= n;
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < c; j++) {
        double d = f[i * c + j] - mean[j];
        dev[j] += d * d;
      }
    }
    for (int j = 0; j < c; j++) {
      dev[j] = Math.sqrt(dev[j] / n);
    }
    return new Standardizer(mean, dev);
  }

  /**
   * μ per column (a copy).
   *
   * @return a fresh array, one mean per column
   */
  public double[] means() {
    return means.clone();
  }

  /**
   * σ per column (a copy).
   *
   * @return a fresh array, one population standard deviation per column, ≥ 0
   */
  public double[] deviations() {
    return deviations.clone();
  }

  /**
   * The data set with every column standardised, computed in double and rounded once.
   *
   * @param data a data set with the fitted number of columns; not modified
   * @return a new data set with the same labels and standardised features
   * @throws IllegalArgumentException if the column count differs from the fitted one
   */
  public DataSet apply(DataSet data) {
    int c = data.columns();
    if (c != means.length) {
      throw new IllegalArgumentException("fitted on " + means.length + " columns but "
          + data.name() + " has " + c);
    }
    float[] f = data.featureArray();
    float[] out = new float[f.length];
    for (int i = 0; i < data.rows(); i++) {
      for (int j = 0; j < c; j++) {
        double s = deviations[j] > 0 ? deviations[j] : 1;
        out[i * c + j] = (float) ((f[i * c + j] - means[j]) / s);
      }
    }
    return data.withFeatures(out);
  }
}

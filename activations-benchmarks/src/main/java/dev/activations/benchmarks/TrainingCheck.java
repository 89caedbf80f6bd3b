package dev.activations.benchmarks;

import dev.activations.nn.DataSet;
import dev.activations.nn.EpochReport;
import dev.activations.nn.Network;
import dev.activations.nn.Trainer;
import java.io.PrintStream;

/**
 * Checks that {@link TrainingBenchmark} compares the same training: trains our network and its
 * PyTorch copy for a few epochs and prints each epoch's mean loss side by side, then the largest
 * difference between the final parameters. Same start, same batches and the same arithmetic up
 * to float rounding give losses that agree to several digits; a different order, initialisation
 * or loss would show at once.
 *
 * <pre>java -cp benchmarks.jar dev.activations.benchmarks.TrainingCheck [epochs]</pre>
 */
public final class TrainingCheck {
  private TrainingCheck() {}

  /**
   * Runs the check; the optional argument is the number of epochs (default 3).
   *
   * @param args empty, or the number of epochs as a whole number
   */
  public static void main(String[] args) {
    PrintStream out = System.out;
    int epochs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    DataSet data = Mnist.data();
    Network ours = Mnist.network(data.columns(), data.classes());
    Trainer trainer = new Trainer(Mnist.config());
    out.println("data: " + data.name() + ", " + data.rows() + " × " + data.columns()
        + "; " + Torch.describe());
    try (TorchMlp torch = new TorchMlp(data, ours, Mnist.order(data.rows()), Mnist.BATCH,
        Mnist.LEARNING_RATE)) {
      out.println("epoch\tactivations-nn loss\tPyTorch loss");
      for (int e = 1; e <= epochs; e++) {
        EpochReport r = trainer.fit(ours, data).last();
        double t = torch.epoch();
        out.printf("%d\t%.7f\t%.7f%n", e, r.trainLoss(), t);
      }
      float[][] p = torch.parameters();
      float[][] q = {
          ours.layers().get(0).weights(), ours.layers().get(0).bias(),
          ours.layers().get(1).weights(), ours.layers().get(1).bias()};
      double worst = 0;
      for (int i = 0; i < p.length; i++) {
        for (int j = 0; j < p[i].length; j++) {
          worst = Math.max(worst, Math.abs(p[i][j] - q[i][j]));
        }
      }
      out.printf("largest |parameter difference| after %d epochs: %.3g%n", epochs, worst);
    }
  }
}

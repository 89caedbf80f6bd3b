package dev.activations.cli;

import dev.activations.nn.EpochReport;
import dev.activations.nn.TrainingProgress;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Train's progress on stderr. On a terminal, a bar that fills as the batches of an epoch go by
 * and is then replaced, on the same line, by the epoch's figures; elsewhere (a log file, a pipe,
 * the tests) only that final line per epoch, since carriage returns would litter a file.
 * Stdout is left to the final table.
 */
final class EpochProgress implements TrainingProgress {
  /** Characters of the bar. */
  static final int BAR = 24;

  private final PrintWriter err;
  private final int epochs;
  private final boolean terminal;
  private final int epochDigits;
  /** Filled characters last drawn, so that a redraw happens only when the bar changes. */
  private int drawn = -1;
  /** Length of the last line drawn, to blank out what a shorter line leaves. */
  private int lastLength;

  EpochProgress(PrintWriter err, int epochs, boolean terminal) {
    this.err = err;
    this.epochs = epochs;
    this.terminal = terminal;
    this.epochDigits = Integer.toString(epochs).length();
  }

  @Override
  public void onBatch(int epoch, int batch, int batches) {
    if (!terminal) {
      return;
    }
    int filled = (int) ((long) BAR * batch / batches);
    if (filled == drawn) {
      return;
    }
    drawn = filled;
    draw(prefix(epoch) + " [" + "#".repeat(filled) + ".".repeat(BAR - filled) + "] " + batch
        + "/" + batches);
  }

  @Override
  public void onEpoch(EpochReport r) {
    String line = prefix(r.epoch()) + "  train loss " + TrainCommand.number(r.trainLoss())
        + ", accuracy " + TrainCommand.percent(r.trainAccuracy()) + "  test loss "
        + TrainCommand.number(r.testLoss()) + ", accuracy "
        + TrainCommand.percent(r.testAccuracy()) + "  "
        + TrainCommand.seconds(r.nanos() / 1e9) + " s";
    if (terminal) {
      draw(line);
      err.print("\n");
      drawn = -1;
      lastLength = 0;
    } else {
      err.print(line + "\n");
    }
    err.flush();
  }

  private String prefix(int epoch) {
    return String.format(Locale.ROOT, "epoch %" + epochDigits + "d/%d", epoch, epochs);
  }

  /** Overwrites the current line. */
  private void draw(String line) {
    int pad = Math.max(0, lastLength - line.length());
    err.print("\r" + line + " ".repeat(pad));
    lastLength = line.length();
    err.flush();
  }
}

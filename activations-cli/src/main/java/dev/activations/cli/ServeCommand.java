package dev.activations.cli;

import dev.activations.web.Explorer;
import dev.activations.web.ExplorerOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code activations serve [--port 8080] [--host 127.0.0.1] [--open]}: the explorer, until
 * Ctrl-C (SIGINT) or SIGTERM, when a shutdown hook stops the training sessions and the server
 * and releases the port.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Serves the explorer, a local web page: every activation's curve and derivative with"
          + " sliders for its parameters, the property and pairing tables, and a playground"
          + " that trains small networks live with per-layer statistics. The JSON API is under"
          + " /api/v1 (documented at /openapi.json).",
      "%nListens on loopback only unless --host says otherwise. Stops on Ctrl-C.",
      ""
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:stopped", "1:internal failure",
        "2:bad usage (a bad port or host, or the port is in use)"})
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
      description = "TCP port, 1-65535, or 0 for any free one (default: ${DEFAULT-VALUE})")
  int port;

  @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
      description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
  String host;

  @Option(names = "--open", description = "open the page in a browser (with xdg-open)")
  boolean open;

  /** Counted down when the server has stopped (tests stop it this way too). */
  final CountDownLatch stopped = new CountDownLatch(1);

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535) {
      throw usage("--port must be in 0..65535, got " + port);
    }
    ExplorerOptions options;
    try {
      options = ExplorerOptions.defaults().withHost(host).withPort(port);
    } catch (IllegalArgumentException e) {
      throw usage("--host: " + e.getMessage());
    }
    Explorer explorer;
    try {
      explorer = Explorer.start(options);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw usage(e.getMessage());
    }
    Thread hook = new Thread(() -> {
      explorer.close();
      stopped.countDown();
    }, "explorer-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    if (!options.loopback()) {
      err.println("activations: warning: listening on " + host + ", not loopback: other"
          + " machines can reach the explorer and start trainings on this one");
    }
    out.println("Explorer at " + explorer.url() + " (Ctrl-C stops it)");
    out.flush();
    if (open) {
      openBrowser(explorer.url(), out, err);
    }
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      explorer.close();
    }
    return 0;
  }

  private static void openBrowser(String url, PrintWriter out, PrintWriter err) {
    try {
      Process p = new ProcessBuilder("xdg-open", url).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() != 0) {
        err.println("activations: warning: xdg-open could not open a browser (exit "
            + p.exitValue() + "); open " + url + " yourself");
      } else {
        out.println("Opened " + url + " with xdg-open");
      }
    } catch (IOException e) {
      err.println("activations: warning: cannot open a browser (xdg-open is not installed);"
          + " open " + url + " yourself");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    out.flush();
    err.flush();
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}

/**
 * The {@code activations} command: eval, plot, table, experiment, report, bench, info and the
 * other subcommands, one class each, on picocli.
 *
 * <p>The command classes are opened to picocli, which reads their annotations and fields by
 * reflection; nothing is exported.
 */
module dev.activations.cli {
  requires dev.activations.core;
  requires dev.activations.nn;
  requires dev.activations.plot;
  requires dev.activations.experiments;
  requires dev.activations.web;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires info.picocli;
  requires jdk.management;

  opens dev.activations.cli to info.picocli;
}

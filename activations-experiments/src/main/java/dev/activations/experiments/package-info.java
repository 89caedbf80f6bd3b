/**
 * Experiments that reproduce the articles' training claims on the nn lab: each
 * {@link dev.activations.experiments.Experiment} trains or probes networks, prints tables
 * ({@link dev.activations.plot.Table}), writes TSV files and PNG charts, and decides from its
 * measurements whether its claim holds. {@link dev.activations.experiments.Experiments} lists
 * them; {@link dev.activations.experiments.ExperimentOptions} sets the seed, the output folder,
 * the data and the size.
 *
 * <pre>{@code
 * ExperimentResult r = Experiments.byName("vanishing-gradient")
 *     .run(ExperimentOptions.defaults().withOutputDir(Path.of("out")));
 * System.out.println(TableFormat.MD.render(r.tables()));
 * System.out.println(r.verdictLine());
 * }</pre>
 *
 * <h2>Determinism</h2>
 * Every random choice comes from the options' seed, and independent measurements that run on
 * several cores each own their network and generator: the same options give the same tables on
 * every run. Only wall-clock times (none are in the tables) vary.
 */
package dev.activations.experiments;

#!/usr/bin/env bash
# Reruns every table of docs/benchmarks.md: eight JMH runs of under fifteen minutes each, one thread,
# each run holding a table's benchmarks and all of its baselines (ratios are never taken across
# runs). Writes RUN.json, RUN.log and RUN.load (the load average before and after) per run into
# OUT, then the Markdown tables into OUT/tables.md.
#
#   activations-benchmarks/run-all.sh [OUT]          (OUT defaults to a new folder under /tmp)
#
# Build the jar first:  mvn -Pbenchmarks -pl activations-benchmarks -am package -DskipTests
# Environment: JMH_OPTS replaces the kernels' iteration settings (default -f 1 -wi 2 -i 3 -w 1s
# -r 1s), TRAIN_OPTS the training run's (default -f 1 -wi 3 -i 5 -w 2s -r 2s); TWO_THREADS=1 adds
# a seventh run, two threads against one on five functions (halves on JMH's threads, and the
# library's own pool with activations.threads=2); BENCHMARKS_JAR names another jar.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
jar="${BENCHMARKS_JAR:-activations-benchmarks/target/benchmarks.jar}"
if [[ ! -f "$jar" ]]; then
  echo "no $jar: build it with mvn -Pbenchmarks -pl activations-benchmarks -am package -DskipTests" >&2
  exit 2
fi
out="${1:-$(mktemp -d /tmp/activations-bench.XXXXXX)}"
mkdir -p "$out"
# DJL: offline, libtorch extracted under /tmp (about 450 MB, once), one PyTorch thread
export DJL_OFFLINE=true
export DJL_CACHE_DIR="${DJL_CACHE_DIR:-/tmp/activations-djl}"
read -r -a opts <<<"${JMH_OPTS:--f 1 -wi 2 -i 3 -w 1s -r 1s}"

run() {
  local name="$1"; shift
  echo "== $name: $*"
  uptime >"$out/$name.load"
  java -jar "$jar" "${opts[@]}" -rf json -rff "$out/$name.json" "$@" >"$out/$name.log" 2>&1
  uptime >>"$out/$name.load"
  cat "$out/$name.load"
}

mid=262144
large=16777216
run forward-262k -p n=$mid \
  'ActivationBenchmark\.forward$|NaiveBenchmark\.forward$|CopyBenchmark|TorchActivationBenchmark\.forward$'
run backward-262k -p n=$mid \
  'ActivationBenchmark\.backward$|NaiveBenchmark\.backward$|CopyBenchmark\.arraycopy$|TorchActivationBenchmark'
# at 16M the bar is against the copy: the default path only
run forward-16m -p n=$large -p path=auto \
  'ActivationBenchmark\.forward$|CopyBenchmark|TorchActivationBenchmark\.forward$'
run backward-16m -p n=$large -p path=auto \
  'ActivationBenchmark\.backward$|CopyBenchmark\.arraycopy$|TorchActivationBenchmark'
run double-262k -p n=$mid 'DoubleBenchmark'
# EXACT against FAST, with PyTorch, the naive loop and the copy, for the exp-based functions
fast='sigmoid,tanh,elu,selu,celu,softplus,logsigmoid,silu,swish,mish,gelu,gelu(approximate=tanh)'
run precision-262k -p n=$mid -p path=auto -p precision=exact,fast -p fn="$fast" \
  'ActivationBenchmark\.(forward|backward)$|NaiveBenchmark\.(forward|backward)$|CopyBenchmark\.arraycopy$|TorchActivationBenchmark\.(forward|forwardBackward)$'
run precision-16m -p n=$large -p path=auto -p precision=exact,fast -p fn="$fast" \
  'ActivationBenchmark\.forward$|CopyBenchmark\.arraycopy$'
runs=(forward-262k backward-262k forward-16m backward-16m double-262k precision-262k precision-16m
  training)
if [[ "${TWO_THREADS:-0}" == 1 ]]; then
  run two-threads-262k -p n=$mid -p fn=sigmoid,tanh,relu,gelu,silu -p path=auto -p threads=1,2 \
    'ActivationBenchmark|TwoThreadBenchmark|CopyBenchmark\.arraycopy$'
  runs+=(two-threads-262k)
fi
# an epoch takes seconds: longer iterations than the kernels
read -r -a opts <<<"${TRAIN_OPTS:--f 1 -wi 3 -i 5 -w 2s -r 2s}"
run training 'TrainingBenchmark'

java -cp "$jar" dev.activations.benchmarks.Tables $(printf "$out/%s.json " "${runs[@]}") >"$out/tables.md"
echo "tables: $out/tables.md"

#!/usr/bin/env bash
# Benchmark errcodelint against the no-op analyzer (docs/performance.md).
#
#   bench/run.sh                      # 2000 files, 5 alternating runs each
#   N=500,1000,2000,4000 bench/run.sh # scaling run
#   K=9 N=2000 bench/run.sh           # more runs
#   ARGS=-prose bench/run.sh          # extra errcodelint flags
#   DENSE=1 bench/run.sh              # ~4x the error-code sites (worst case)
#
# Builds bench/out/bin/{errcodelint,noop}, generates bench/out/mod<N> with
# bench/synth (deterministic, seed 1; delete the directory to regenerate),
# warms the build cache with one run of each, then measures.
set -euo pipefail
cd "$(dirname "$0")/.."
export GOTOOLCHAIN=local GOWORK=off
N=${N:-2000}
K=${K:-5}
ARGS=${ARGS:-}
DENSE=${DENSE:-}
mkdir -p bench/out/bin
go build -o bench/out/bin/errcodelint ./cmd/errcodelint
go build -o bench/out/bin/noop ./bench/noop
go build -o bench/out/bin/harness ./bench/harness
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(go version)"
echo "commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- analyzer catalog cmd || echo ' (+uncommitted changes)')"
exec bench/out/bin/harness -errcodelint bench/out/bin/errcodelint -noop bench/out/bin/noop \
  -sizes "$N" -k "$K" -out bench/out -root . -args "$ARGS" ${DENSE:+-dense}

#!/usr/bin/env bash
# Benchmark errcodelint against the no-op analyzer and the reporting floor,
# each in the same driver (docs/performance.md).
#
#   bench/run.sh                      # 2000 files, 5 alternating runs each, both comparisons
#   N=2000,4000,8000 bench/run.sh     # scaling run
#   K=9 N=2000 bench/run.sh           # more runs
#   ARGS=-prose bench/run.sh          # extra errcodelint flags (not the no-op's or the floor's)
#   DENSE=1 bench/run.sh              # ~4x the error-code sites
#   CPF=24 bench/run.sh               # code-dense: ~24 code literals in every source file
#   VET=0 bench/run.sh                # standalone comparison only
#   STANDALONE=0 bench/run.sh         # go vet comparison only
#   DRIVERS=batch bench/run.sh        # only the default standalone driver
#   INSTR=1 K=3 bench/run.sh          # also count instructions (valgrind's cachegrind)
#   INSTR=1 GOGC=off K=3 bench/run.sh # ... without garbage collection: the programs' own work
#
# The standalone comparison runs, under each driver of DRIVERS (batch: the
# default; singlechecker: ERRCODELINT_DRIVER=singlechecker), three commands
# on ./...: errcodelint, the reporting floor (bench/floor: reports every
# literal shaped like a code of a built-in family, with texts and a fix
# like errcodelint's, and nothing else) and the no-op (bench/noop: walks
# every node, reports nothing). It prints per driver the ratios to that
# driver's no-op (errcodelint's whole cost; the floor's is what the driver
# charges per finding) and errcodelint's ratio to that driver's floor (the
# pass's own cost). The go vet comparison runs errcodelint and the no-op
# over every vet.cfg file of go vet ./... on a module where CODEPKGS
# percent of the packages (default 10) hold error codes, one process per
# package, as go vet does.
#
# INSTR=1 also runs each measured command under valgrind's cachegrind
# (GOMAXPROCS=1) and prints its instruction counts, which vary by about 1%
# from run to run where this shared machine's times vary by 5-10%
# (docs/performance.md). It needs valgrind (apt-get install valgrind) and
# takes about 20 times longer: use a small K, and DRIVERS=batch.
#
# Builds bench/out/bin/{errcodelint,floor,noop,harness}, generates the
# modules under bench/out with bench/synth (deterministic, seed 1; delete a
# directory to regenerate), warms the caches with one run of each tool,
# then measures.
set -euo pipefail
cd "$(dirname "$0")/.."
export GOTOOLCHAIN=local GOWORK=off
N=${N:-2000}
K=${K:-5}
ARGS=${ARGS:-}
DENSE=${DENSE:-}
VET=${VET:-1}
STANDALONE=${STANDALONE:-1}
DRIVERS=${DRIVERS:-batch,singlechecker}
CODEPKGS=${CODEPKGS:-10}
CPF=${CPF:-0}
INSTR=${INSTR:-}
mkdir -p bench/out/bin
go build -o bench/out/bin/errcodelint ./cmd/errcodelint
go build -o bench/out/bin/noop ./bench/noop
go build -o bench/out/bin/floor ./bench/floor
go build -o bench/out/bin/harness ./bench/harness
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(go version)"
echo "commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- analyzer catalog cmd internal bench || echo ' (+uncommitted changes)')"
h=(bench/out/bin/harness -errcodelint bench/out/bin/errcodelint -noop bench/out/bin/noop -floor bench/out/bin/floor
  -sizes "$N" -k "$K" -out bench/out -root . -args "$ARGS" -codes-per-file "$CPF" ${DENSE:+-dense} ${INSTR:+-instr})
if [ "$STANDALONE" != 0 ]; then
  echo; echo "== standalone: errcodelint ./..., the floor and the no-op, under each driver ($DRIVERS)"
  "${h[@]}" -drivers "$DRIVERS"
fi
if [ "$VET" != 0 ]; then
  echo; echo "== go vet: one process per vet.cfg, $CODEPKGS% of the packages with error codes"
  "${h[@]}" -vet -code-packages "$CODEPKGS"
fi

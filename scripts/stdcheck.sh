#!/usr/bin/env bash
# Reliability check: run errcodelint over the Go standard library and over
# golang.org/x/tools (the version in go.mod, copied out of the module cache)
# through `go vet -vettool`, which reuses the build cache. Neither contains
# a Huawei Cloud error code, so any diagnostic is a false positive and any
# panic is a bug: the script fails on either, and prints the time taken.
#
#   scripts/stdcheck.sh            # std and x/tools
#   scripts/stdcheck.sh std        # only std
#   BIN=bench/out/bin/noop scripts/stdcheck.sh   # time the no-op floor
set -euo pipefail
cd "$(dirname "$0")/.."
export GOTOOLCHAIN=local GOWORK=off GOFLAGS=-mod=mod
targets=${*:-std tools}
work=$(mktemp -d)
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
bin=${BIN:-}  # BIN=path/to/tool checks another vet tool (for example the no-op)
if [ -z "$bin" ]; then
  bin=$work/errcodelint
  go build -o "$bin" ./cmd/errcodelint
fi
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(go version)"

fail=0
run() { # name dir pattern...
  local name=$1 dir=$2; shift 2
  local out=$work/$name.out start end status=0
  start=$(date +%s.%N)
  (cd "$dir" && go vet -vettool="$bin" "$@") >"$out" 2>&1 || status=$?
  end=$(date +%s.%N)
  local secs; secs=$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')
  local diags; diags=$(grep -c '\.go:[0-9]*:[0-9]*: ' "$out" || true)
  local panics; panics=$(grep -c -E '^panic:|goroutine [0-9]+ \[running\]' "$out" || true)
  printf '%-8s %-40s exit %d, %s diagnostics, %s panics, %.1fs\n' "$name" "$*" "$status" "$diags" "$panics" "$secs"
  if [ "$status" -ne 0 ] || [ "$diags" -ne 0 ] || [ "$panics" -ne 0 ]; then
    sed -n '1,60p' "$out"
    fail=1
  fi
}

for t in $targets; do
  case $t in
    std)
      run std "$(go env GOROOT)/src" std ;;
    tools)
      ver=$(go list -m -f '{{.Version}}' golang.org/x/tools)
      go mod download golang.org/x/tools@"$ver"
      src=$(go list -m -f '{{.Dir}}' golang.org/x/tools@"$ver")
      cp -r "$src" "$work/tools" && chmod -R u+w "$work/tools"
      (cd "$work/tools" && go mod download)
      run tools "$work/tools" ./... ;;
    *) echo "unknown target $t (want std or tools)"; exit 2 ;;
  esac
done
exit $fail

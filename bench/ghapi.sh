#!/usr/bin/env bash
# GHAPI round trips per second from a guest under `zsie run`: authorization by the RACF model
# (examples/racf/demo.racf) and durable logging into an SMF data set in a temporary folder
# (every request waits for its fdatasync).  A benchmark, not a test.
#   bench/ghapi.sh [BUILD_DIR] [N]      (default build/release, 20000 requests)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build/release}
n=${2:-20000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/zsie" run --racf "$root/examples/racf/demo.racf" --smf "$work/bench.smf" --append "$n" \
  --directory "$root/examples/ghapi/demo.direct" --user LINUX1 "$build/bench/ghapi_bench.elf"

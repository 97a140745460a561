#!/usr/bin/env bash
# Build zsie twice (optimised, and with ASan+UBSan) and run the whole test suite on both.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
jobs=$(nproc)
for variant in release sanitize; do
  dir=build/$variant
  opts=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DZSIE_WERROR=ON)
  [ "$variant" = sanitize ] && opts+=(-DZSIE_SANITIZE=ON)
  cmake -S . -B "$dir" "${opts[@]}" >/dev/null
  cmake --build "$dir" -j"$jobs"
  echo "== test suite ($variant build)"
  (cd "$dir" && ctest --output-on-failure -j"$jobs" -E "${ZSIE_TEST_EXCLUDE:-^$}")
done

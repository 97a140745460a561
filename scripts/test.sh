#!/usr/bin/env bash
# Build zsie three ways and run the tests: optimised and with ASan+UBSan (the whole suite), then
# the libFuzzer targets (clang, build/fuzz), each briefly over its seed corpus (fuzz/ tests).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
jobs=$(nproc)
for variant in release sanitize fuzz; do
  dir=build/$variant
  opts=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DZSIE_WERROR=ON)
  [ "$variant" = sanitize ] && opts+=(-DZSIE_SANITIZE=ON)
  if [ "$variant" = fuzz ]; then
    opts+=(-DZSIE_FUZZ=ON)
    CC=clang cmake -S . -B "$dir" "${opts[@]}" >/dev/null
    cmake --build "$dir" -j"$jobs" --target fuzzers
    echo "== fuzz targets (clang, libFuzzer)"
    (cd "$dir" && ctest --output-on-failure -j"$jobs" -R '^fuzz/' -E "${ZSIE_TEST_EXCLUDE:-^$}")
    continue
  fi
  cmake -S . -B "$dir" "${opts[@]}" >/dev/null
  cmake --build "$dir" -j"$jobs"
  echo "== test suite ($variant build)"
  (cd "$dir" && ctest --output-on-failure -j"$jobs" -E "${ZSIE_TEST_EXCLUDE:-^$}")
done

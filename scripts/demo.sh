#!/usr/bin/env bash
# Install what is missing, build zsie, and run the demo: the instruction coverage and, once
# the guests are built, the hello guest on the bare machine.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake -S . -B build/release -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build/release -j"$(nproc)"
build/release/zsie insns | tail -n 1
if [ -f build/release/guests/hello.elf ]; then
  build/release/zsie machine build/release/guests/hello.elf
fi

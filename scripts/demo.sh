#!/usr/bin/env bash
# Install what is missing, build zsie, and run the demo: the instruction coverage, the hello
# guest on the bare machine, and the same guest in a virtual machine of the control program
# (under SIE) with its interception statistics.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake -S . -B build/release -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build/release -j"$(nproc)"
build/release/zsie insns | tail -n 1
if [ -f build/release/guests/hello.elf ]; then
  echo "== zsie machine guests/hello.elf"
  build/release/zsie machine build/release/guests/hello.elf
  echo "== zsie run --stats guests/hello.elf"
  build/release/zsie run --stats build/release/guests/hello.elf
fi

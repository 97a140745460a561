#!/usr/bin/env bash
# Install what is missing, build zsie, and run the demo: a guest application asks the host for
# services through GHAPI (one DIAGNOSE): an authorization decision by the host's RACF model for
# a resource it may read and one it may not, and an application event in the host's SMF data
# set; the SAF decisions appear on the console, the SMF records are printed after.  Then the
# same guest on the bare machine, where GHAPI is not there and it runs on without it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake -S . -B build/release -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build/release -j"$(nproc)"
z=build/release/zsie
guest=build/release/guests/ghapi_demo.elf
smf=$(mktemp -d)/demo.smf
echo "== zsie run --directory examples/ghapi/demo.direct --user LINUX1 --racf examples/racf/demo.racf --smf $smf --trace=ghapi ghapi_demo.elf"
$z run --directory examples/ghapi/demo.direct --user LINUX1 --racf examples/racf/demo.racf --smf "$smf" \
  --trace=ghapi "$guest"
echo "== zsie smf print $smf"
$z smf print "$smf"
echo "== zsie racf check --db examples/racf/demo.racf LINUX1 FACILITY APP.HR.SALARIES READ --explain"
$z racf check --db examples/racf/demo.racf LINUX1 FACILITY APP.HR.SALARIES READ --explain || true
echo "== zsie machine ghapi_demo.elf (no GHAPI on the bare machine)"
$z machine "$guest"
echo "== zsie insns"
$z insns | tail -n 1

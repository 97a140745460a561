#!/usr/bin/env bash
# Run the zbench guest on zsie and on Hercules 3.13, side by side, and print the instructions
# per second of each and their ratio.
#   bench/run.sh [BUILD_DIR]          (default build/release; ITERATIONS=N to change the load)
# Instruction count: the timed loop executes the same instructions on any correct machine, so
# the count Hercules reports for it (DIAGNOSE X'F08', its instruction counter) serves for both.
# Time: the CPU time (user+sys) of each emulator process, less that of a run with 0
# iterations (start-up, loading, console), so a busy host does not distort the ratio; the
# guest's own TOD-clock time is shown too.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build/release}
iterations=${ITERATIONS:-10000}
zsie=$build/zsie
elf=$build/bench/zbench.elf
host=$build/bench/zbench_host
herc=$root/guests/tools/hercules_machine.sh
for f in "$zsie" "$elf" "$host"; do
  [ -x "$f" ] || [ -f "$f" ] || { echo "bench: $f missing: build first (cmake --build $build)" >&2; exit 2; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# cpu_run NAME COMMAND...: runs it, its stdout in $work/NAME.out, CPU seconds in $work/NAME.cpu.
cpu_run() {
  local name=$1
  shift
  local TIMEFORMAT='%3U %3S'
  { time "$@" >"$work/$name.out" 2>"$work/$name.err"; } 2>"$work/$name.time"
  local status=$?
  awk '{printf "%.3f\n", $1 + $2}' "$work/$name.time" >"$work/$name.cpu"
  if [ $status -ne 0 ]; then
    echo "bench: $name failed (status $status):" >&2
    tail -n 5 "$work/$name.err" "$work/$name.out" >&2
    return 1
  fi
}
field() { sed -n "s/^zbench $2 //p" "$work/$1.out" | tail -n 1; }

reference=$("$host" "iterations=$iterations" | sed -n 's/^zbench checksum //p')
ok=1
# If zsie can count instructions itself (a --stats option printing "N instructions" on stderr),
# its count of the loop (N iterations less 0) is shown as a cross-check.
stats=()
"$zsie" machine --help 2>&1 | grep -q -- '--stats' && stats=(--stats)
cpu_run zsie0 "$zsie" machine "${stats[@]}" --append "iterations=0" "$elf" || ok=0
cpu_run zsie "$zsie" machine "${stats[@]}" --append "iterations=$iterations" "$elf" || ok=0
have_herc=1
if command -v hercules >/dev/null; then
  cpu_run herc0 "$herc" --timeout 600 --append "iterations=0 hercules" "$elf" || have_herc=0
  cpu_run herc "$herc" --timeout 600 --append "iterations=$iterations hercules" "$elf" || have_herc=0
else
  echo "bench: hercules not installed (apt-get install hercules): zsie only" >&2
  have_herc=0
fi

echo "zbench: $iterations iterations, host reference checksum $reference"
insns=""
[ $have_herc -eq 1 ] && insns=$(field herc hercules-instructions)
printf '%-10s %-9s %14s %10s %12s %12s\n' machine checksum instructions cpu-s "MIPS(cpu)" "MIPS(guest)"
row() { # name checksum cpu-seconds guest-us
  local mips_cpu="-" mips_guest="-"
  if [ -n "$insns" ]; then
    mips_cpu=$(awk -v i="$insns" -v c="$3" 'BEGIN { printf (c > 0 ? "%.1f" : "-"), i / c / 1e6 }')
    mips_guest=$(awk -v i="$insns" -v u="$4" 'BEGIN { printf (u > 0 ? "%.1f" : "-"), i / u }')
  fi
  printf '%-10s %-9s %14s %10s %12s %12s\n' "$1" "$2" "${insns:--}" "$3" "$mips_cpu" "$mips_guest"
}
zsie_cpu=0 herc_cpu=0
if [ $ok -eq 1 ]; then
  zsie_cpu=$(awk -v a="$(cat "$work/zsie.cpu")" -v b="$(cat "$work/zsie0.cpu")" 'BEGIN { printf "%.3f", a - b }')
  row zsie "$(field zsie checksum)" "$zsie_cpu" "$(field zsie elapsed-us)"
  [ "$(field zsie checksum)" = "$reference" ] || { echo "bench: zsie computed a wrong checksum" >&2; ok=0; }
fi
if [ $have_herc -eq 1 ]; then
  herc_cpu=$(awk -v a="$(cat "$work/herc.cpu")" -v b="$(cat "$work/herc0.cpu")" 'BEGIN { printf "%.3f", a - b }')
  row hercules "$(field herc checksum)" "$herc_cpu" "$(field herc elapsed-us)"
fi
zcount() { grep -o '[0-9][0-9]* instructions' "$work/$1.err" | tail -n 1 | cut -d' ' -f1; }
if [ $ok -eq 1 ] && [ ${#stats[@]} -gt 0 ] && [ -n "$(zcount zsie)" ] && [ -n "$(zcount zsie0)" ]; then
  echo "zsie's own count of the loop: $(( $(zcount zsie) - $(zcount zsie0) )) instructions"
fi
if [ $ok -eq 1 ] && [ $have_herc -eq 1 ]; then
  awk -v z="$zsie_cpu" -v h="$herc_cpu" 'BEGIN {
    if (z > 0) printf "zsie / Hercules speed ratio (CPU time): %.2f\n", h / z }'
fi
[ $ok -eq 1 ]

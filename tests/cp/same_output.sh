#!/usr/bin/env bash
# The same image under `zsie machine` and under `zsie run` (the control program, SIE): the
# console output must be equal byte for byte and the exit status the same.
#   same_output.sh ZSIE OUTPREFIX IMAGE [zsie options...]
set -uo pipefail
zsie=$1 out=$2 image=$3
shift 3
mkdir -p "$(dirname "$out")"
timeout -s KILL 100 "$zsie" machine "$@" "$image" >"$out.machine" 2>"$out.machine.err" </dev/null
ms=$?
timeout -s KILL 100 "$zsie" run "$@" "$image" >"$out.run" 2>"$out.run.err" </dev/null
rs=$?
fail=0
if [ $ms -ne $rs ]; then
  echo "FAIL: exit status $ms under zsie machine, $rs under zsie run"
  echo "--- run stderr:"; head -c 3000 "$out.run.err"
  fail=1
fi
if ! cmp -s "$out.machine" "$out.run"; then
  echo "FAIL: console output differs"
  diff -u --label machine "$out.machine" --label run "$out.run" | head -n 40
  fail=1
fi
# the run ends with the statistics line of its one virtual machine
if ! grep -qE '^zsie: I060 ZSIE SIE entries=[0-9]+ exits=[0-9]+( [0-9A-F]{2}=[0-9]+)+ guest-insns=[0-9]+$' "$out.run.err"; then
  echo "FAIL: no statistics line"; cat "$out.run.err"; fail=1
fi
[ $fail -eq 0 ] && echo "ok: status $rs, $(wc -l <"$out.run") lines, $(grep I060 "$out.run.err")"
exit $fail

#!/usr/bin/env bash
# Run one guest image on `zsie machine` and check it: exit status 0 (a disabled wait with PSW
# address 0), and optionally its console output equal, byte for byte, to a host build of the
# same C (--host), or containing a text (--expect).
#   run_guest.sh --zsie ZSIE [--host PROG] [--expect TEXT] [--out PREFIX] [--timeout S]
#                [--status N] [--append TEXT] -- IMAGE
# --status N: the exit status expected instead of 0 (1: a disabled wait at a non-zero address).
# ZSIE_GUEST_RUNNER, when set, replaces "ZSIE machine" (e.g. tests/guest/qemu_machine.sh, to
# check the guests themselves on another implementation).
set -uo pipefail
zsie="" host="" expect="" out="" timeout_s=90 want_status=0 append=""
while [ $# -gt 0 ]; do
  case "$1" in
    --zsie) zsie=$2; shift 2 ;;
    --host) host=$2; shift 2 ;;
    --expect) expect=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --timeout) timeout_s=$2; shift 2 ;;
    --status) want_status=$2; shift 2 ;;
    --append) append=$2; shift 2 ;;
    --) shift; break ;;
    *) echo "run_guest.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
image=${1:?image}
tmp=""
if [ -z "$out" ]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  out=$tmp/run
fi
mkdir -p "$(dirname "$out")"

if [ -n "${ZSIE_GUEST_RUNNER:-}" ]; then
  runner=($ZSIE_GUEST_RUNNER)
else
  runner=("$zsie" machine)
fi
[ -n "$append" ] && runner+=(--append "$append")
timeout -s KILL "$timeout_s" "${runner[@]}" "$image" >"$out.guest" 2>"$out.guest.err"
status=$?
fail=0
if [ $status -ne "$want_status" ]; then
  echo "FAIL: ${runner[*]} $image exited with status $status, expected $want_status" \
       "(0 = disabled wait at address 0, 1 = elsewhere)"
  echo "--- stderr:"; head -c 4000 "$out.guest.err"
  echo "--- stdout (tail):"; tail -n 20 "$out.guest"
  fail=1
fi
if [ -n "$host" ]; then
  "$host" >"$out.host"
  hstatus=$?
  if [ $hstatus -ne 0 ]; then
    echo "FAIL: host build $host exited with status $hstatus"
    fail=1
  fi
  if ! cmp -s "$out.host" "$out.guest"; then
    echo "FAIL: guest console output differs from the host build's output"
    diff -u --label host "$out.host" --label guest "$out.guest" | head -n 60
    fail=1
  fi
fi
if [ -n "$expect" ] && ! grep -qF -- "$expect" "$out.guest"; then
  echo "FAIL: guest output lacks \"$expect\":"
  head -c 2000 "$out.guest"
  fail=1
fi
[ $fail -eq 0 ] && echo "ok: $(wc -l <"$out.guest") lines of console output"
exit $fail

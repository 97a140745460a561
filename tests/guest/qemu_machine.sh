#!/usr/bin/env bash
# Stand-in for `zsie machine IMAGE` on QEMU, an independent implementation, to check the guests
# and their expected outputs themselves:  ZSIE_GUEST_RUNNER=tests/guest/qemu_machine.sh ctest -L guest
# Console output on stdout; exit status 0 for a disabled wait at PSW address 0, else 1.
set -uo pipefail
append=()
if [ "${1:-}" = "--append" ]; then
  append=(-append "$2")
  shift 2
fi
image=${1:?image}
log=$(mktemp)
trap 'rm -f "$log"' EXIT
qemu-system-s390x -M s390-ccw-virtio -m 128 -kernel "$image" "${append[@]}" -nographic -no-reboot \
  -action panic=exit-failure -d guest_errors -D "$log" </dev/null
# QEMU reports the disabled wait as "PSW: 0x<mask> 0x<address>".
address=$(sed -n 's/^PSW: 0x[0-9a-f]* 0x\([0-9a-f]*\)$/\1/p' "$log" | tail -n 1)
if [ -z "$address" ]; then
  echo "qemu_machine.sh: no disabled wait seen" >&2
  cat "$log" >&2
  exit 1
fi
[ $((16#$address)) -eq 0 ] && exit 0
echo "qemu_machine.sh: disabled wait at 0x$address" >&2
exit 1

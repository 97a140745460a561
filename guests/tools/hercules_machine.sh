#!/usr/bin/env bash
# Run a guest ELF on Debian's Hercules 3.13 the way `zsie machine` runs it: loaded by its
# program headers (here: flattened to a core image, entered through the restart new PSW in
# 64-bit mode at the ELF entry), console output (SCLP line mode) on stdout, exit status 0 for a
# disabled wait at PSW address 0, 1 for another disabled wait, 3 for no wait before the timeout.
#   hercules_machine.sh [--append TEXT] [--timeout SECONDS] [--keep DIR] IMAGE.elf
# Hercules's line-mode console translates EBCDIC with its own code page: [ ] ^ | do not survive.
set -uo pipefail
append="" timeout_s=120 keep=""
while [ $# -gt 0 ]; do
  case "$1" in
    --append) append=$2; shift 2 ;;
    --timeout) timeout_s=$2; shift 2 ;;
    --keep) keep=$2; shift 2 ;;
    *) break ;;
  esac
done
elf=${1:?usage: hercules_machine.sh [--append TEXT] [--timeout S] IMAGE.elf}
elf=$(cd "$(dirname "$elf")" && pwd)/$(basename "$elf")
command -v hercules >/dev/null || { echo "hercules_machine.sh: hercules is not installed" >&2; exit 2; }
objcopy=s390x-linux-gnu-objcopy
if [ -n "$keep" ]; then
  work=$keep; mkdir -p "$work"
else
  work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fi

# The image: storage 0-0xFFFF with the restart new PSW at 0x1A0 (64-bit mode, ELF entry), then
# the loadable bytes of the ELF, which start at 0x10000.
entry=$(LC_ALL=C s390x-linux-gnu-readelf -h "$elf" | sed -n 's/.*Entry point address: *0x\([0-9a-f]*\).*/\1/p')
[ "$((16#$entry))" -eq $((0x10000)) ] || { echo "hercules_machine.sh: entry must be 0x10000" >&2; exit 2; }
"$objcopy" -O binary "$elf" "$work/body.bin"
{
  head -c $((0x1A0)) /dev/zero
  printf '\x00\x00\x00\x01\x80\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00'
  head -c $((0x10000 - 0x1B0)) /dev/zero
  cat "$work/body.bin"
} >"$work/image.bin"
if [ -n "$append" ]; then # the kernel command line, as QEMU and zsie put it
  printf '%s\0' "$append" | dd of="$work/image.bin" bs=1 seek=$((0x10480)) conv=notrunc status=none
fi

cat >"$work/herc.cnf" <<CNF
ARCHMODE z/Arch
MAINSIZE 64
NUMCPU 1
MAXCPU 1
CPUSERIAL 000001
CPUMODEL 2064
PANRATE SLOW
CPUPRIO 0
0009 1052-C /
CNF
cat >"$work/run.rc" <<RC
hao tgt HHCCP011I
hao cmd script $work/done.rc
sysclear
loadcore $work/image.bin 0
restart
RC
printf 'psw\npause 1\nquit\n' >"$work/done.rc"

(cd "$work" && HERCULES_RC=run.rc timeout -s KILL "$timeout_s" hercules -d -f herc.cnf \
  </dev/null >log 2>&1)
# Console lines: what Hercules logged between the restart and the wait, less its own messages.
awk '/^restart$/ {on = 1; next} /HHCCP011I/ {on = 0} on && !/^ *HHC/' "$work/log"
address=$(sed -n 's/^PSW=[0-9A-F]* [0-9A-F]* \([0-9A-F]*\)$/\1/p' "$work/log" | tail -n 1)
if ! grep -q HHCCP011I "$work/log" || [ -z "$address" ]; then
  echo "hercules_machine.sh: no disabled wait within ${timeout_s}s" >&2
  exit 3
fi
[ $((16#$address)) -eq 0 ] && exit 0
echo "hercules_machine.sh: disabled wait at 0x$address" >&2
exit 1

#!/bin/bash
# Reproducers of the review's findings (issue 10): cases.sh ZSIE WORKDIR CASE.
# Flat images: an ESA/390 IPL PSW at 0 (bit 12 one, bit 32 the 31-bit mode) and instruction
# text encoded by hand from the PoP formats; the listing is beside each image.
set -u
ZSIE=$1
WORK=$2/$3
CASE=$3
rm -rf "$WORK" && mkdir -p "$WORK" && cd "$WORK" || exit 99

fail() { echo "FAIL [$CASE]: $*"; echo "--- stdout"; cat out 2>/dev/null; echo "--- stderr"; cat err 2>/dev/null; exit 1; }

# hexput FILE OFFSET HEX...: write the bytes at OFFSET (spaces ignored)
hexput() {
    local f=$1 off=$2 hex esc='' b
    shift 2
    hex=$(echo "$*" | tr -d ' ')
    while [ -n "$hex" ]; do
        b=${hex:0:2}
        hex=${hex:2}
        esc+="\\$(printf '%03o' "0x$b")"
    done
    [ -e "$f" ] || : >"$f"
    printf "$esc" | dd of="$f" bs=1 seek="$off" conv=notrunc 2>/dev/null
}

zsie() { # zsie EXPECTED_STATUS machine|run ARGS...
    local want=$1
    shift
    timeout -s KILL 100 "$ZSIE" "$@" >out 2>err </dev/null
    local got=$?
    [ "$got" = "$want" ] || fail "exit status $got, expected $want (args: $*)"
}
err_has() { grep -qE -- "$1" err || fail "stderr lacks /$1/"; }
err_lacks() { grep -qE -- "$1" err && fail "stderr has /$1/"; return 0; }

# The ends every image shares: disabled waits at 0 (good) and 0xBAD0 (bad).
ends() {
    hexput "$1" $((0x500)) "0002000080000000 0000000000000000"
    hexput "$1" $((0x540)) "0002000080000000 000000000000BAD0"
}

# odd.img (F1): IPL PSW address 1.  PoP: an odd instruction address is a specification
# exception when the instruction is fetched, ILC 0, old PSW address = 1.  The program-new PSW
# leads to 0x300, which checks ILC+code (0x8C) = X'00000006' and the old PSW address (0x158).
#   300 D503008C0600  CLC   X'8C'(4),X'600'
#   306 A7740009      JNE   318
#   30A D50701580608  CLC   X'158'(8),X'608'
#   310 A7740004      JNE   318
#   314 B2B20500      LPSWE X'500'
#   318 B2B20540      LPSWE X'540'
odd_image() {
    hexput odd.img 0 "00080000 80000001"
    hexput odd.img $((0x1D0)) "0000000180000000 0000000000000300"
    hexput odd.img $((0x300)) "D503008C0600 A7740009 D50701580608 A7740004 B2B20500 B2B20540"
    hexput odd.img $((0x600)) "00000006"
    hexput odd.img $((0x608)) "0000000000000001"
    ends odd.img
}

# evil.img (F1, two CPUs): CPU 0 SIGP-restarts CPU 1, whose restart-new PSW (0x1A0) has
# address 1; CPU 1's specification exception goes to 0x300, which sets the flag at 0x400 to
# X'FF' if the code is 0006 with ILC 0 (X'01' otherwise) and waits; CPU 0 waits for the flag.
#   200 A7280001      LHI   2,1
#   204 AE120006      SIGP  1,2,6        restart
#   208 A774000A      JNZ   21C
#   20C 95000400      CLI   X'400',0
#   210 A784FFFE      JE    20C
#   214 95FF0400      CLI   X'400',X'FF'
#   218 A7840004      JE    220
#   21C B2B20540      LPSWE X'540'
#   220 B2B20500      LPSWE X'500'
#   300 D503008C0600  CLC   X'8C'(4),X'600'
#   306 A7740006      JNE   312
#   30A 92FF0400      MVI   X'400',X'FF'
#   30E B2B20500      LPSWE X'500'
#   312 92010400      MVI   X'400',X'01'
#   316 B2B20500      LPSWE X'500'
# victim.img: counts 5,000,000 down and ends at wait 0.
#   200 C019004C4B40  IILF  1,5000000
#   206 A7160000      BRCT  1,206
#   20A B2B20500      LPSWE X'500'
evil_image() {
    hexput evil.img 0 "00080000 80000200"
    hexput evil.img $((0x1A0)) "0000000180000000 0000000000000001"
    hexput evil.img $((0x1D0)) "0000000180000000 0000000000000300"
    hexput evil.img $((0x200)) "A7280001 AE120006 A774000A 95000400 A784FFFE 95FF0400 A7840004 B2B20540 B2B20500"
    hexput evil.img $((0x300)) "D503008C0600 A7740006 92FF0400 B2B20500 92010400 B2B20500"
    hexput evil.img $((0x600)) "00000006"
    ends evil.img
    hexput victim.img 0 "00080000 80000200"
    hexput victim.img $((0x200)) "C019004C4B40 A7160000 B2B20500"
    ends victim.img
}

# asm NAME: assemble tests/harden/NAME.s (origin 0) into NAME.bin
SRC=$(cd "$(dirname "$0")" && pwd)
asm() {
    s390x-linux-gnu-as -o "$1.o" "$SRC/$1.s" && s390x-linux-gnu-ld -e 0 -Ttext=0 -o "$1.elf" "$1.o" &&
        s390x-linux-gnu-objcopy -O binary "$1.elf" "$1.bin" || fail "cannot assemble $1.s (scripts/deps.sh)"
}

case $CASE in
f1_odd_ipl)
    odd_image
    zsie 0 machine --max-insns 1000 odd.img
    zsie 0 run --max-insns 1000 odd.img
    ;;
f1_two_vms)
    evil_image
    # no instruction limit: CPU 0 spins until CPU 1's thread has run, however loaded the host
    zsie 0 machine --cpus 2 --timeout 60 evil.img
    cat >dir <<DIR
USER VICTIM pw 1M
  IPL victim.img
USER EVIL pw 1M
  MACHINE Z 2
  CPU 00
  CPU 01
  IPL evil.img
DIR
    zsie 0 run --directory dir --all --timeout 60
    err_lacks 'E04[0-9] (VICTIM|EVIL)'
    ;;
f9_exrl_stsi)
    # STSI executed by EXRL at 0x2100 takes a page-translation exception (nullifying): the
    # old PSW is the EXRL's address and the ILC its length, 6 (ILC 3) -- PoP, EXECUTE; the
    # handler waits at old-PSW<<16 | ILC-field<<8 | code.  The CP handles STSI itself.
    asm f9_exrl_stsi
    zsie 1 machine --max-insns 100000 f9_exrl_stsi.bin
    err_has '^zsie: E040 disabled wait PSW 0002000180000000 0000000021000611$'
    zsie 1 run --max-insns 100000 f9_exrl_stsi.bin
    err_has '^zsie: E040 ZSIE: disabled wait PSW 0002000180000000 0000000021000611$'
    ;;
*)
    echo "unknown case $CASE"
    exit 99
    ;;
esac
exit 0

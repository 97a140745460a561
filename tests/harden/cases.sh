#!/bin/bash
# Reproducers of the review's findings (issue 10): cases.sh ZSIE WORKDIR CASE.
# Flat images: an ESA/390 IPL PSW at 0 (bit 12 one, bit 32 the 31-bit mode) and instruction
# text encoded by hand from the PoP formats; the listing is beside each image.
set -u
ZSIE=$1
WORK=$2/$3
CASE=$3
. "$(cd "$(dirname "$0")" && pwd)/../lib.sh" # fail, hexput
rm -rf "$WORK" && mkdir -p "$WORK" && cd "$WORK" || exit 99


# hexput FILE OFFSET HEX...: write the bytes at OFFSET (spaces ignored)

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

# esc.img (F3): one SERVC writing ASCII console data (event type X'1A') "ESC[2KVICTIM: x\n"
#   200 58100280  L     1,X'280'      command word 00760005 (write event data)
#   204 A7283000  LHI   2,X'3000'     SCCB: length 28, one event buffer of 20 bytes
#   208 B2200012  SERVC 1,2
#   20C B2B20500  LPSWE X'500'
esc_image() {
    hexput esc.img 0 "00080000 80000200"
    hexput esc.img $((0x200)) "58100280 A7283000 B2200012 B2B20500"
    hexput esc.img $((0x280)) "00760005"
    hexput esc.img $((0x3000)) "001C 00 000000 0000  0014 1A 00 0000 1B5B324B 56494354494D3A2078 0A"
    ends esc.img
}
# flood.img (F8): SERVC in a loop, 100 bytes a line, forever
#   208 B2200012  SERVC 1,2
#   20C A7F4FFFE  J     208
flood_image() {
    hexput flood.img 0 "00080000 80000200"
    hexput flood.img $((0x200)) "58100280 A7283000 B2200012 A7F4FFFE"
    hexput flood.img $((0x280)) "00760005"
    hexput flood.img $((0x3000)) "0072 00 000000 0000  006A 1A 00 0000 $(printf '66%.0s' $(seq 1 99)) 0A"
}

# maxrss KB ARGS...: run zsie with ARGS (any status), its peak resident set in KB in $rss
maxrss() {
    rss=$(python3 -c 'import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, timeout=100)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)' "$ZSIE" "$@") || fail "cannot measure $*"
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
f3_console_escapes)
    esc_image
    zsie 0 machine esc.img
    [ "$(cat out)" = '\x1B[2KVICTIM: x' ] || fail "machine: escape sequence not shown escaped"
    zsie 0 run esc.img
    [ "$(cat out)" = '\x1B[2KVICTIM: x' ] || fail "run: escape sequence not shown escaped"
    zsie 0 machine --raw-console esc.img
    [ "$(cat out)" = "$(printf '\033[2KVICTIM: x')" ] || fail "machine --raw-console: not raw"
    zsie 0 run --raw-console esc.img
    [ "$(cat out)" = "$(printf '\033[2KVICTIM: x')" ] || fail "run --raw-console: not raw"
    cp esc.img esc2.img
    printf 'USER EVIL pw 1M\n  IPL esc.img\nUSER OTHER pw 1M\n  IPL esc2.img\n' >dir
    zsie 0 run --directory dir --all
    [ "$(sort out)" = "$(printf 'EVIL: \\x1B[2KVICTIM: x\nOTHER: \\x1B[2KVICTIM: x')" ] ||
        fail "two VMs: lines not each escaped with its own prefix"
    zsie 2 run --directory dir --all --raw-console
    err_has '^zsie: E301 run: --raw-console needs a single virtual machine'
    ;;
f8_stalled_stdout)
    # stdout is a FIFO whose reader never reads: the run still ends at --timeout, what could
    # not be written is reported (E300), and the wait for the reader is bounded
    flood_image
    mkfifo fifo
    exec 3<>fifo
    for cmd in machine run; do
        start=$SECONDS
        timeout -s KILL 30 "$ZSIE" $cmd --timeout 2 flood.img >fifo 2>err </dev/null
        got=$?
        took=$((SECONDS - start))
        [ "$got" = 3 ] || fail "$cmd: exit status $got after $took s, expected 3 (E042)"
        [ "$took" -le 10 ] || fail "$cmd: took $took s for --timeout 2"
        err_has 'E042 .*timeout after 2 seconds$'
        err_has "^zsie: E300 $cmd: [0-9]+ bytes of console output dropped \\([0-9]+ writes\\): stdout did not drain$"
    done
    exec 3<&-
    ;;
f5_ts_and_coverage)
    # ts.img: TS on a zero byte (CC 0, byte FF), TS again (CC 1); wait 0 only if both right
    #   200 93000300  TS    X'300'
    #   204 A7740008  JNZ   214         (CC must be 0)
    #   208 93000300  TS    X'300'
    #   20C A7840004  JZ    214         (CC must be 1)
    #   210 B2B20500  LPSWE X'500'
    #   214 B2B20540  LPSWE X'540'
    hexput ts.img 0 "00080000 80000200"
    hexput ts.img $((0x200)) "93000300 A7740008 93000300 A7840004 B2B20500 B2B20540"
    ends ts.img
    zsie 0 machine --max-insns 100 --dump --dump-storage 300:1 ts.img
    grep -q '^STOR 00000300 FF$' out || fail "TS did not set the byte to ones"
    zsie 0 run --max-insns 100 ts.img
    # the coverage listing counts against binutils' z196 list (cli/z196_list.h), not the table
    "$ZSIE" insns >out 2>err || fail "zsie insns failed"
    grep -qE '^TS +93 +SI +z900 +implemented$' out || fail "TS not listed as implemented"
    grep -qE '^PLO +- +- +z196 +MISSING \(no row\)$' out || fail "PLO (no row) not listed as missing"
    sum=$(tail -1 out)
    echo "$sum" | grep -qE '^z196 set \(binutils list, 936 mnemonics\): [0-9]+ implemented, [0-9]+ missing; beyond it:' ||
        fail "summary: $sum"
    ;;
f2_memory_bound)
    # host memory stays in proportion to the storage configured: 16 MiB of storage and 4 CPUs
    # that each execute from every page (decode cache: 128 KiB of records per 4 KiB page) once
    # cost 2.1 GB; now storage + at most 1/8 of it (or 2 MiB) per CPU for decoded pages
    asm f2_touch_exec
    for cmd in machine run; do
        maxrss $cmd --storage 16M --cpus 4 --timeout 60 f2_touch_exec.bin
        [ "$rss" -lt 65536 ] || fail "$cmd: peak RSS $rss KB for a 16 MiB, 4-CPU configuration"
    done
    # the statistics show it: storage and the decoded-instruction pages of all 4 CPUs
    zsie 0 run --storage 16M --cpus 4 --timeout 60 --stats f2_touch_exec.bin
    err_has '^zsie: I302 ZSIE host memory: storage 16384 KiB, decoded instructions [0-9]+ KiB$'
    dc=$(sed -n 's/^zsie: I302 ZSIE host memory: storage 16384 KiB, decoded instructions \([0-9]*\) KiB$/\1/p' err)
    [ "$dc" -gt 0 ] && [ "$dc" -le 8192 ] || fail "decoded instructions take $dc KiB (bound 4 x 2048)"
    # SIE of a 16 GiB pageable guest on every CPU of a 1 MiB machine: was 1 GB for 16 CPUs
    asm f2_big_pageable
    maxrss machine --storage 1M --cpus 16 --max-insns 100000 f2_big_pageable.bin
    [ "$rss" -lt 65536 ] || fail "SIE: peak RSS $rss KB for a 1 MiB, 16-CPU machine"
    ;;
f4_ipte_stale)
    # host CPU 1 IPTEs (and remaps) a page of the pageable guest host CPU 0 runs under SIE: the
    # guest must stop using the old frame -- zsie's CPUs catch up with another CPU's IPTE at
    # their next slice boundary (4096 instructions), a guest under SIE now too; the counter
    # in the old frame then stays, the guest counts on in the new frame (PoP, IPTE)
    asm f4_ipte_stale
    zsie 0 machine --storage 4M --cpus 2 --max-insns 200000000 --timeout 60 --dump --dump-storage 3100:32 f4_ipte_stale.bin
    line=$(grep '^STOR 00003100 ' out) || fail "no dump"
    v=${line#STOR 00003100 }
    after=$((16#${v:0:16})) later=$((16#${v:16:16})) new=$((16#${v:32:16})) code=${v:48:2}
    [ $((later - after)) -lt 4096 ] || fail "the guest wrote the old frame $((later - after)) more times after the IPTE"
    [ "$new" -gt 0 ] || fail "the guest never used the new frame"
    [ "$code" = 1C ] || fail "guest exit code $code, expected 1C (wait)"
    ;;
smaller_findings)
    # option parsing is the same for every number: no leading blanks
    zsie 2 run --storage " 64M" x.img
    err_has "^zsie: E012 run: invalid storage size ' 64M'"
    zsie 2 machine --storage " 64M" x.img
    err_has "^zsie: E012 machine: invalid storage size ' 64M'"
    zsie 2 run --cpus " 2" x.img
    err_has "^zsie: E013 "
    # no silent rounding: guest storage comes in 1 MiB units
    zsie 2 run --storage 4K x.img
    err_has "^zsie: E012 run: storage size '4K' is not a multiple of 1M"
    # no silent choice between conflicting options
    printf 'USER A pw 1M\n' >dir
    zsie 2 run --directory dir --all --user A x.img
    err_has '^zsie: E302 run: --all and --user exclude each other$'
    # a directory that cannot be read is a read error
    zsie 2 run --directory / x.img
    err_has '^zsie: E050 run: /: cannot read: '
    # control bytes of the directory are shown escaped in the message
    printf 'USER A pw 1M\n  CP\033[2J x\n' >dir
    zsie 2 run --directory dir x.img
    err_has "^zsie: E050 run: dir:2: unknown statement 'CP.x1B\\[2J'$"
    grep -q "$(printf '\033')" err && fail "raw ESC in the message"
    ;;
fair_share)
    # a 16-vCPU spinner beside a 1-vCPU worker on the host's cores: the worker's progress (its
    # guest instructions in 3 s) stays at least a third of what it makes alone -- with one
    # host thread per virtual CPU and no weighting it would get 1/17 of the host, far below
    # the half that is its fair share.
    # spin.img: CPU 0 restarts CPUs 1-15 (SIGP 6, retried while busy), all spin at 218
    #   200 A7380001  LHI  3,1
    #   204 AE030006  SIGP 0,3,6
    #   208 A714FFFE  JO   204
    #   20C A73A0001  AHI  3,1
    #   210 A73E0010  CHI  3,16
    #   214 A744FFF8  JL   204
    #   218 A7F40000  J    218
    hexput spin.img 0 "00080000 80000200"
    hexput spin.img $((0x1A0)) "0000000180000000 0000000000000218"
    hexput spin.img $((0x200)) "A7380001 AE030006 A714FFFE A73A0001 A73E0010 A744FFF8 A7F40000"
    hexput work.img 0 "00080000 80000200"
    hexput work.img $((0x200)) "A7F40000"
    {
        printf 'USER SPINNER pw 1M\n  MACHINE Z 16\n'
        for c in 0 1 2 3 4 5 6 7 8 9 A B C D E F; do printf '  CPU 0%s\n' $c; done
        printf '  IPL spin.img\nUSER WORKER pw 1M\n  IPL work.img\n'
    } >dir
    insns() { sed -n "s/^zsie: I060 $1 .* guest-insns=\([0-9]*\)$/\1/p" err; }
    zsie 3 run --directory dir --user WORKER --timeout 3
    alone=$(insns WORKER)
    zsie 3 run --directory dir --all --timeout 3
    beside=$(insns WORKER)
    spun=$(insns SPINNER)
    echo "worker alone $alone, beside the spinner $beside (spinner $spun)"
    [ -n "$alone" ] && [ -n "$beside" ] || fail "no statistics"
    [ $((beside * 3)) -ge "$alone" ] || fail "the worker made $beside instructions beside the spinner, $alone alone"
    ;;
*)
    echo "unknown case $CASE"
    exit 99
    ;;
esac
exit 0

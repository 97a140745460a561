#!/bin/bash
# Command-line tests of `zsie machine`: cases.sh ZSIE WORKDIR CASE
# Each case builds its image by hand (bytes encoded from the PoP and the ELF specification)
# and checks the exit status and the messages.
set -u
ZSIE=$1
WORK=$2/$3
CASE=$3
. "$(cd "$(dirname "$0")" && pwd)/../lib.sh" # fail, hexput
rm -rf "$WORK" && mkdir -p "$WORK" && cd "$WORK" || exit 99


# hexput FILE OFFSET HEX...: write the bytes at OFFSET (spaces in HEX ignored)

# run EXPECTED_STATUS ARGS...: run zsie machine, keep out/err, check the status
run() {
    local want=$1
    shift
    "$ZSIE" machine "$@" >out 2>err </dev/null
    local got=$?
    [ "$got" = "$want" ] || fail "exit status $got, expected $want (args: $*)"
}
err_has() { grep -qE -- "$1" err || fail "stderr lacks /$1/"; }
out_has() { grep -qxE -- "$1" out || fail "stdout lacks line /$1/"; }
one_line_err() { [ "$(wc -l <err)" = 1 ] || fail "stderr is not exactly one line"; }

# Flat image: ESA/390 IPL PSW at 0 (bit 12 one, 31-bit, address 0x200), code at 0x200, and a
# 16-byte z/Architecture PSW at 0x300 that the code loads with LPSWE X'300'.
flat() { # flat FILE CODEHEX WAITPSWHEX
    hexput "$1" 0 "00080000 80000200"
    hexput "$1" $((0x200)) "$2"
    hexput "$1" $((0x300)) "$3"
}
WAIT0="0002000000000000 0000000000000000"     # disabled wait, address 0
WAITERR="0002000180000000 0000000000001234"   # disabled wait, 64-bit mode, address 0x1234

# elf FILE CLASS DATA MACHINE ENTRY PADDR FILESZ MEMSZ CODEHEX: one PT_LOAD segment at 0x78
elf() {
    local f=$1
    hexput "$f" 0 "7F454C46 $(printf '%02x%02x' "$2" "$3") 01 00 0000000000000000"
    hexput "$f" 16 "0002 $(printf '%04x' "$4") 00000001 $(printf '%016x' "$5") 0000000000000040"
    hexput "$f" 40 "0000000000000000 00000000 0040 0038 0001 0000 0000 0000"
    hexput "$f" 64 "00000001 00000007 0000000000000078 $(printf '%016x %016x' "$6" "$6")"
    hexput "$f" 96 "$(printf '%016x %016x' "$7" "$8") 0000000000001000"
    hexput "$f" 120 "$9"
}

case $CASE in
flat_wait_zero)
    flat img "B2B20300" "$WAIT0"
    run 0 img
    [ ! -s err ] || fail "unexpected stderr"
    ;;
flat_wait_error)
    flat img "B2B20300" "$WAITERR"
    run 1 img
    err_has '^zsie: E040 disabled wait PSW 0002000180000000 0000000000001234$'
    one_line_err
    ;;
flat_dump)
    # LGHI 1,-2; LHI 2,X'1234'; LPSWE X'300'
    flat img "A719FFFE A7281234 B2B20300" "$WAIT0"
    run 0 --dump --dump-storage 300:16 --dump-storage 0x200:4 img
    out_has 'PSW 0002000000000000 0000000000000000'
    out_has 'GR0 0000000000000000'
    out_has 'GR1 FFFFFFFFFFFFFFFE'
    out_has 'GR2 0000000000001234'
    out_has 'GR15 0000000000000000'
    out_has 'FPR15 0000000000000000'
    out_has 'FPC 00000000'
    out_has 'STOR 00000300 00020000000000000000000000000000'
    out_has 'STOR 00000200 A719FFFE'
    [ "$(wc -l <out)" = 36 ] || fail "dump is not 36 lines"
    ;;
flat_ipl_psw_24bit)
    # IPL PSW without bit 32: 24-bit mode; BRC 15,* loops; the dump shows the converted PSW
    hexput img 0 "00080000 00000200"
    hexput img $((0x200)) "A7F40000"
    run 3 --max-insns 3 --dump img
    err_has '^zsie: E041 '
    out_has 'PSW 0000000000000000 0000000000000200'
    ;;
flat_ipl_psw_invalid)
    # IPL PSW with bit 12 zero: invalid, so a specification exception (code 6, ILC 0) is
    # taken before the first instruction; the program-new PSW waits at 0xABC
    hexput img 0 "00000000 80000200"
    hexput img $((0x1D0)) "0002000180000000 0000000000000ABC"
    hexput img $((0x200)) "B2B20300"
    run 1 --dump --dump-storage 8C:4 img
    err_has '^zsie: E040 disabled wait PSW 0002000180000000 0000000000000ABC$'
    out_has 'STOR 0000008C 00000006'
    ;;
elf_start_psw)
    # entry 0x10000: BRC 15,* -- started in the 64-bit mode, all interruptions disabled
    elf img 2 2 22 $((0x10000)) $((0x10000)) 4 4 "A7F40000"
    run 3 --max-insns 5 --dump img
    err_has '^zsie: E041 instruction limit of 5 reached$'
    out_has 'PSW 0000000180000000 0000000000010000'
    ;;
elf_wait)
    # segment at 0x600: LPSWE X'610' and the PSW it loads; the bss part follows
    elf img 2 2 22 $((0x600)) $((0x600)) 32 64 "B2B20610 00000000 00000000 00000000 $WAITERR"
    run 1 img
    err_has '^zsie: E040 disabled wait PSW 0002000180000000 0000000000001234$'
    ;;
elf_truncated)
    elf full 2 2 22 $((0x10000)) $((0x10000)) 4 4 "A7F40000"
    head -c 40 full >img
    run 2 img
    err_has '^zsie: E023 truncated ELF'
    one_line_err
    ;;
elf_truncated_segment)
    elf img 2 2 22 $((0x10000)) $((0x10000)) 4096 4096 "A7F40000"
    run 2 img
    err_has '^zsie: E023 truncated ELF: segment 0'
    one_line_err
    ;;
elf_malformed)
    # file size > memory size
    elf img 2 2 22 $((0x10000)) $((0x10000)) 4 2 "A7F40000"
    run 2 img
    err_has '^zsie: E023 malformed ELF'
    one_line_err
    ;;
elf_not_s390x)
    elf img 2 1 62 $((0x10000)) $((0x10000)) 4 4 "A7F40000" # x86-64, little-endian
    run 2 img
    err_has '^zsie: E024 not an s390x ELF'
    elf img32 1 2 22 $((0x10000)) $((0x10000)) 4 4 "A7F40000" # 32-bit s390
    run 2 img32
    err_has '^zsie: E024 not an s390x ELF'
    one_line_err
    ;;
elf_outside_storage)
    elf img 2 2 22 $((0x10000)) $((0x100000)) 4 4 "A7F40000"
    run 2 --storage 1M img
    err_has '^zsie: E025 ELF segment 0 at 0x100000'
    one_line_err
    ;;
image_too_large)
    flat img "B2B20300" "$WAIT0"
    hexput img $((0x4000)) "00"
    run 2 --storage 16K img
    err_has '^zsie: E022 '
    one_line_err
    ;;
image_too_short)
    hexput img 0 "0008"
    run 2 img
    err_has '^zsie: E027 '
    ;;
missing_file)
    run 2 no-such-image
    err_has "^zsie: E020 cannot open image 'no-such-image'"
    one_line_err
    ;;
no_image)
    run 2 --storage 1M
    err_has '^zsie: E016 '
    ;;
unknown_option)
    run 2 --bogus img
    err_has "^zsie: E010 machine: unknown option '--bogus'"
    one_line_err
    ;;
missing_value)
    run 2 img --storage
    err_has '^zsie: E011 '
    ;;
bad_storage)
    for s in abc 0 12Q -5 8 99999999999999999999G; do
        run 2 --storage "$s" img
        err_has '^zsie: E012 '
        one_line_err
    done
    ;;
storage_suffixes)
    flat img "B2B20300" "$WAIT0"
    for s in 8K 64k 1M 2m 1G 65536 0x10000; do
        run 0 --storage "$s" img
    done
    run 0 --storage=4M img
    ;;
bad_numbers)
    run 2 --cpus 0 img && err_has '^zsie: E013 '
    run 2 --cpus 65 img && err_has '^zsie: E013 '
    run 2 --max-insns x img && err_has '^zsie: E014 '
    run 2 --timeout -1 img && err_has '^zsie: E014 '
    run 2 --dump-storage 12 img && err_has '^zsie: E015 '
    flat img "B2B20300" "$WAIT0"
    run 2 --storage 1M --dump-storage FFFF0:0x20 img && err_has '^zsie: E015 .*outside storage'
    # strtoull would skip the blank and wrap the sign: " -1" is not a number
    run 2 --max-insns " -1" img && err_has '^zsie: E014 '
    run 2 --dump --dump-storage " 0:8" img && err_has '^zsie: E015 '
    ;;
append)
    flat img "B2B20300" "$WAIT0"
    run 0 --append "root=/dev/ram0 x" --dump --dump-storage 10480:18 img
    out_has 'STOR 00010480 726F6F743D2F6465762F72616D3020780000'
    run 2 --append "$(printf '%0900d' 0)" img
    err_has '^zsie: E017 '
    ;;
timeout)
    flat img "A7F40000" "$WAIT0"
    run 3 --timeout 0.3 img
    err_has '^zsie: E042 timeout after 0.3 seconds$'
    ;;
cpus)
    flat img "B2B20300" "$WAIT0"
    run 0 --cpus 4 img
    ;;
trace)
    flat img "A7180005 B2B20300" "$WAIT0"
    run 0 --trace img
    err_has 'LHI +1,5'
    err_has 'R1=0000000000000005'
    err_has 'LPSWE'
    ;;
trace_interrupts)
    # operation exception (opcode 00) with a program-new PSW that waits at address 0
    flat img "0000" "$WAIT0"
    hexput img $((0x1D0)) "$WAIT0"
    run 0 --trace=interrupts img
    err_has 'program interruption code 0001'
    grep -q '^CPU00 0000000000000200' err && fail "instruction trace present"
    ;;
sigp_restart)
    # CPU 0: LHI 3,1; SIGP 4,3,X'06' (restart CPU 1); LPSWE X'300' (wait, address 0).
    # CPU 1 takes the restart through the restart-new PSW at 0x1A0: a wait at 0x4321.
    flat img "A7380001 AE430006 B2B20300" "$WAIT0"
    hexput img $((0x1A0)) "0002000180000000 0000000000004321"
    run 1 --cpus 2 img
    err_has '^zsie: E040 disabled wait PSW 0002000180000000 0000000000004321$'
    run 0 --cpus 1 img   # CPU 1 absent: SIGP gives CC 3, CPU 0 waits at 0
    ;;
servc_ascii)
    # L 1,X'280' (command 00760005); LHI 2,X'3000'; SERVC 1,2; LPSWE X'300'
    # SCCB at 0x3000: length 17, one ASCII-console event buffer (9 bytes) holding "hi\n"
    flat img "58100280 A7283000 B2200012 B2B20300" "$WAIT0"
    hexput img $((0x280)) "00760005"
    hexput img $((0x3000)) "0011 00 000000 0000  0009 1A 00 0000 68690A"
    run 0 --dump --dump-storage 3006:2 --dump-storage 300B:1 img
    [ "$(head -1 out)" = "hi" ] || fail "console output is not 'hi'"
    out_has 'STOR 00003006 0020'
    out_has 'STOR 0000300B 80'
    run 0 --console ascii img
    [ "$(cat out)" = "hi" ] || fail "--console ascii: output is not 'hi'"
    run 0 --console=linemode --dump --dump-storage 3006:2 img  # no ASCII console: refused
    out_has 'STOR 00003006 40F0'
    head -1 out | grep -q '^PSW ' || fail "--console linemode printed the text"
    run 2 --console vt100 img
    err_has "^zsie: E018 machine: invalid console 'vt100'"
    ;;
help)
    "$ZSIE" --help >out 2>err || fail "zsie --help failed"
    grep -q -- '--storage' out || fail "--help lacks --storage"
    grep -q -- '--dump-storage' out || fail "--help lacks --dump-storage"
    grep -q 'exit status' out || fail "--help lacks the exit statuses"
    ;;
*)
    echo "unknown case $CASE"
    exit 99
    ;;
esac
exit 0

#!/bin/bash
# End-to-end tests of DIAGNOSE X'308' and X'288': cases.sh ZSIE WORKDIR CASE
# Flat images built by hand: an ESA/390 IPL PSW at 0 (31-bit, address 0x200) and instruction
# text encoded from the PoP formats; each ends in the disabled wait at address 0 (exit 0) or,
# when a check fails, at 0xBAD0 (exit 1, E040).
set -u
ZSIE=$1
WORK=$2/$3
CASE=$3
. "$(cd "$(dirname "$0")" && pwd)/../lib.sh" # fail, hexput
rm -rf "$WORK" && mkdir -p "$WORK" && cd "$WORK" || exit 99


# hexput FILE OFFSET HEX...: write the bytes at OFFSET (spaces ignored)

go() { # go EXPECTED_STATUS machine|run ARGS...
    local want=$1
    shift
    timeout -s KILL 50 "$ZSIE" "$@" >out 2>err </dev/null
    local got=$?
    [ "$got" = "$want" ] || fail "exit status $got, expected $want (args: $*)"
}
err_has() { grep -qE -- "$1" err || fail "stderr lacks /$1/"; }
out_has() { grep -qE -- "$1" out || fail "stdout lacks /$1/"; }
count_is() { # count_is FILE REGEX N
    local n
    n=$(grep -cE -- "$2" "$1")
    [ "$n" = "$3" ] || fail "$1 has $n lines /$2/, expected $3"
}

# reipl.img N: re-IPLs itself with DIAG X'308' subcode 4 (load normal) until its boot
# counter at 0xF00 (outside the image: kept) reaches N; each boot checks that the flag at
# 0x280 (inside the image, set to 1 by the boot before) is the fresh 0, else 0xBAD0.
#   200 L 2,F00        58200F00        204 AHI 2,1          A72A0001
#   208 ST 2,F00       50200F00        20C CLI 280,0        95000280
#   210 JNE 240        A7740018        214 MVI 280,1        92010280
#   218 CHI 2,N        A72Ennnn        21C JE 230           A784000A
#   220 LHI 3,4        A7380004        224 DIAG 0,3,X'308'  83030308
#   228 J *            A7F40000        230 LPSWE 300 (done) 240 LPSWE 310 (bad)
reipl() {
    hexput reipl.img 0 "00080000 80000200"
    hexput reipl.img $((0x200)) "58200F00 A72A0001 50200F00 95000280 A7740018 92010280"
    hexput reipl.img $((0x218)) "A72E$(printf %04X "$1") A784000A A7380004 83030308 A7F40000"
    hexput reipl.img $((0x230)) "B2B20300"
    hexput reipl.img $((0x240)) "B2B20310"
    hexput reipl.img $((0x280)) "00000000"
    hexput reipl.img $((0x300)) "0002000080000000 0000000000000000 0002000080000000 000000000000BAD0"
}

# clear.img: boot 1 finds no IPL parameters (DIAG X'308' 6: X'0102' in R3), sets a CCW
# block (5), marks 0x50000 and its own byte 0x300, and re-IPLs with subcode 3 (load clear);
# boot 2 finds the block (X'0001'), 0x50000 zeroed and 0x300 fresh (X'CA'): the wait at 0.
#   200 LGHI 2,4000; LGHI 4,6; DIAG 2,4,308; LLILH 5,5; CGHI 3,1; JE 238
#   218 MVI 0(5),55; MVI 300,0; LGHI 4,5; DIAG 2,4,308; LGHI 4,3; DIAG 2,4,308; J 250
#   238 CLI 0(5),0; JNE 24C; CLI 300,CA; JNE 24C; LPSWE 260; 24C LPSWE 270
clearimg() {
    hexput clear.img 0 "00080000 80000200"
    hexput clear.img $((0x200)) "A7294000 A7490006 83240308 A55E0005 A73F0001 A7840012"
    hexput clear.img $((0x218)) "92555000 92000300 A7490005 83240308 A7490003 83240308 A7F40010"
    hexput clear.img $((0x238)) "95005000 A7740008 95CA0300 A7740004 B2B20260 B2B20270 B2B20270"
    hexput clear.img $((0x260)) "0002000080000000 0000000000000000 0002000080000000 000000000000BAD0"
    hexput clear.img $((0x300)) "CA"
    hexput clear.img $((0x4000)) "000000C8 00000000 000000C0 02"
    hexput clear.img $((0x40C7)) "00"
}

# wd.img LEN: boot counter at 0xF00; on boot 3 the wait at 0; else DIAG X'288' init for 15 s
# (LEN 3: z/VM form, command "IPL" at 0x400; LEN 0: PR/SM form, action 0 restart), then
# SET CLOCK 20 s ahead (STCK, ALG, STG, SCK) and spin; the restart-new PSW leads to the wait.
#   200 L 2,F00; AHI 2,1; ST 2,F00; CHI 2,3; JE 250
#   214 LGHI 4,0; LGHI 5,15; LGHI 6,addr; LGHI 7,LEN; DIAG 4,6,288
#   228 STCK 500; LG 8,500; ALG 8,510; STG 8,500; SCK 500; J *;  250 LPSWE 300
wd() {
    local addr=0400
    [ "$1" = 0 ] && addr=0000
    hexput wd.img 0 "00080000 80000200"
    hexput wd.img $((0x1A0)) "0000000180000000 0000000000000250"
    hexput wd.img $((0x200)) "58200F00 A72A0001 50200F00 A72E0003 A7840020"
    hexput wd.img $((0x214)) "A7490000 A759000F A769$addr A779$(printf %04X "$1") 83460288"
    hexput wd.img $((0x228)) "B2050500 E38005000004 E3800510000A E38005000024 B2040500 A7F40000"
    hexput wd.img $((0x250)) "B2B20300"
    hexput wd.img $((0x300)) "0002000080000000 0000000000000000"
    hexput wd.img $((0x400)) "C9D7D3"
    hexput wd.img $((0x510)) "0000001312D00000"
}

# running.img N: like reipl.img, with CPU 1 running while CPU 0 re-IPLs: each boot restarts
# CPU 1 (SIGP restart; its restart-new PSW leads to a loop counting at 0xF10), waits until
# it counts, then re-IPLs with subcode 4; boot N stops CPU 1 (SIGP stop) and ends.
#   200 L 2,F00; AHI 2,1; ST 2,F00; LHI 0,0; ST 0,F10; LHI 1,1; SIGP 0,1,6 (restart)
#   21C L 3,F10; LTR 3,3; JZ 21C; CHI 2,N; JE 240; LHI 3,4; DIAG 0,3,308; J *
#   (a program interruption: the wait at 0xBAD0)
#   240 SIGP 0,1,5 (stop); LPSWE 300;  280 L 4,F10; AHI 4,1; ST 4,F10; J 280
running() {
    hexput running.img 0 "00080000 80000200"
    hexput running.img $((0x1A0)) "0000000080000000 0000000000000280"
    hexput running.img $((0x200)) "58200F00 A72A0001 50200F00 A7080000 50000F10 A7180001 AE010006"
    hexput running.img $((0x1D0)) "0002000080000000 000000000000BAD0"
    hexput running.img $((0x21C)) "58300F10 1233 A784FFFD A72E$(printf %04X "$1") A784000B A7380004 83030308 A7F40000"
    hexput running.img $((0x240)) "AE010005 B2B20300"
    hexput running.img $((0x280)) "58400F10 A74A0001 50400F10 A7F4FFFA"
    hexput running.img $((0x300)) "0002000080000000 0000000000000000"
}

case $CASE in
reipl_running_cpu_machine)
    running 40
    go 0 machine --cpus 2 --timeout 40 --dump-storage F00:4 --dump running.img
    out_has "^STOR 00000F00 00000028$"
    ;;
reipl_running_cpu_run)
    running 40
    go 0 run --cpus 2 --timeout 40 --stats running.img
    err_has "I062 ZSIE DIAGNOSE X'308' IPL functions  *39$"
    ;;
reipl_machine)
    reipl 7
    go 0 machine --trace=diag --dump --dump-storage F00:4 reipl.img
    out_has "^STOR 00000F00 00000007$"
    count_is err "X'308' IPL functions .*subcode 4: load normal: re-IPL" 6
    ;;
reipl_run)
    reipl 7
    go 0 run --stats reipl.img
    err_has "I062 ZSIE DIAGNOSE X'308' IPL functions  *6$"
    ;;
reipl_run_2cpus)
    reipl 20
    go 0 run --cpus 2 --stats reipl.img
    err_has "I062 ZSIE DIAGNOSE X'308' IPL functions  *19$"
    ;;
reipl_clear_machine)
    clearimg
    go 0 machine --trace=diag clear.img
    err_has "store IPL parameters: none set, rc X'0102'"
    err_has "set IPL parameters: type 2, 200 bytes, rc X'0001'"
    err_has "subcode 3: load clear: re-IPL"
    err_has "store IPL parameters: 200 bytes, rc X'0001'"
    ;;
reipl_clear_run)
    clearimg
    go 0 run --stats clear.img
    err_has "I062 ZSIE DIAGNOSE X'308' IPL functions  *4$"
    ;;
watchdog_ipl_machine)
    wd 3
    go 0 machine --dump-storage F00:4 --dump wd.img
    out_has "^STOR 00000F00 00000003$"
    count_is err "E142 ZSIE: the watchdog \(X'288'\) expired after 15 s: IPL" 2
    ;;
watchdog_ipl_run)
    wd 3
    go 0 run --stats wd.img
    count_is err "E142 ZSIE: the watchdog \(X'288'\) expired after 15 s: IPL" 2
    err_has "I062 ZSIE DIAGNOSE X'288' watchdog  *2$"
    ;;
watchdog_restart_run)
    wd 0
    go 0 run wd.img
    count_is err "E142 ZSIE: the watchdog \(X'288'\) expired after 15 s: restart" 1
    ;;
diag_list)
    go 0 diag list
    out_has "^X'288' watchdog"
    out_has "^X'308' IPL functions"
    ;;
*)
    fail "unknown case"
    ;;
esac
echo "PASS [$CASE]"

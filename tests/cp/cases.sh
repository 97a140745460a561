#!/bin/bash
# Command-line and multi-VM tests of `zsie run`: cases.sh ZSIE WORKDIR HELLO_ELF CASE
# Flat images are built by hand: an ESA/390 IPL PSW at 0 (PoP: bit 12 one, bit 32 the
# 31-bit mode, address 0x200) and instruction text encoded from the PoP formats.
set -u
ZSIE=$1
WORK=$2/$4
HELLO=$3
CASE=$4
HELLO_LINE="Hello from zsie: a z/Architecture guest, 64-bit, on the SCLP console."
. "$(cd "$(dirname "$0")" && pwd)/../lib.sh" # fail, hexput
rm -rf "$WORK" && mkdir -p "$WORK" && cd "$WORK" || exit 99


# hexput FILE OFFSET HEX...: write the bytes at OFFSET (spaces ignored)

run() { # run EXPECTED_STATUS ARGS...
    local want=$1
    shift
    timeout -s KILL 100 "$ZSIE" run "$@" >out 2>err </dev/null
    local got=$?
    [ "$got" = "$want" ] || fail "exit status $got, expected $want (args: $*)"
}
err_has() { grep -qE -- "$1" err || fail "stderr lacks /$1/"; }
out_is() { [ "$(cat out)" = "$1" ] || fail "stdout is not exactly: $1"; }
one_line_err() { [ "$(wc -l <err)" = 1 ] || fail "stderr is not exactly one line"; }

# writer.img: stores X'FFFFFFFF' in every word from 0x2000 upward until it runs off the end
# of its storage; the addressing exception then loads the program-new PSW at 0x1D0, a
# disabled wait at 0xBAD0.
#   200 A7282000  LHI 2,X'2000'
#   204 A738FFFF  LHI 3,-1
#   208 50302000  ST  3,0(0,2)
#   20C 41202004  LA  2,4(0,2)
#   210 A7F4FFFC  J   208
writer() {
    hexput writer.img 0 "00080000 80000200"
    hexput writer.img $((0x1D0)) "0002000080000000 000000000000BAD0"
    hexput writer.img $((0x200)) "A7282000 A738FFFF 50302000 41202004 A7F4FFFC"
}
# spinner.img: 200 A7F40000  J 200 (forever)
spinner() {
    hexput spinner.img 0 "00080000 80000200"
    hexput spinner.img $((0x200)) "A7F40000"
}

# sigp.img: CPU 0 restarts CPU 1 (SIGP order 6), whose restart-new PSW (real 0x1A0) leads
# to 0x300, where it sets the flag at 0x400 and ends in a disabled wait at 0; CPU 0 waits for
# the flag and ends the same way.  SIGP CC not 0: disabled wait at 0xBAD0.
#   200 A7280001  LHI  2,1
#   204 AE120006  SIGP 1,2,6
#   208 A7740008  JNZ  218
#   20C 95FF0400  CLI  X'400',X'FF'
#   210 A774FFFE  JNE  20C
#   214 B2B20500  LPSWE X'500'
#   218 B2B20540  LPSWE X'540'
#   300 92FF0400  MVI  X'400',X'FF'
#   304 B2B20520  LPSWE X'520'
sigp_image() {
    hexput sigp.img 0 "00080000 80000200"
    hexput sigp.img $((0x1A0)) "0000000080000000 0000000000000300"
    hexput sigp.img $((0x200)) "A7280001 AE120006 A7740008 95FF0400 A774FFFE B2B20500 B2B20540"
    hexput sigp.img $((0x300)) "92FF0400 B2B20520"
    hexput sigp.img $((0x500)) "0002000080000000 0000000000000000"
    hexput sigp.img $((0x520)) "0002000080000000 0000000000000000"
    hexput sigp.img $((0x540)) "0002000080000000 000000000000BAD0"
}

# ckc.img: the clock comparator 10 ms from now (TOD units: 4096 per microsecond, so
# 0x2710000), its subclass mask on (CR0 bit 52 = X'800' in the word LCTL loads), an enabled
# wait; the external new PSW leads to 0x300, which checks the interruption code 1004.
#   200 B2050600      STCK  X'600'
#   204 E31006000004  LG    1,X'600'
#   20A C21A02710000  ALGFI 1,X'2710000'
#   210 E31006080024  STG   1,X'608'
#   216 B2060608      SCKC  X'608'
#   21A B7000610      LCTL  0,0,X'610'
#   21E B2B20620      LPSWE X'620'         enabled wait
#   300 D50100860630  CLC   X'86'(2),X'630'
#   306 A7840004      JE    30E
#   30A B2B20540      LPSWE X'540'         wrong code: disabled wait at 0xBAD0
#   30E B2B20500      LPSWE X'500'         disabled wait at 0
ckc_image() {
    hexput ckc.img 0 "00080000 80000200"
    hexput ckc.img $((0x1B0)) "0000000080000000 0000000000000300"
    hexput ckc.img $((0x200)) "B2050600 E31006000004 C21A02710000 E31006080024 B2060608 B7000610 B2B20620"
    hexput ckc.img $((0x300)) "D50100860630 A7840004 B2B20540 B2B20500"
    hexput ckc.img $((0x500)) "0002000080000000 0000000000000000"
    hexput ckc.img $((0x540)) "0002000080000000 000000000000BAD0"
    hexput ckc.img $((0x610)) "00000800"
    hexput ckc.img $((0x620)) "0102000080000000 0000000000000000"
    hexput ckc.img $((0x630)) "1004"
}

# dump.img: 200 A7281234  LHI 2,X'1234'; 204 92AB0600  MVI X'600',X'AB'; 208 B2B20500  LPSWE X'500'
# (a disabled wait at 0): --dump shows GR2 and the byte, as `zsie machine --dump` does.
dump_image() {
    hexput dump.img 0 "00080000 80000200"
    hexput dump.img $((0x200)) "A7281234 92AB0600 B2B20500"
    hexput dump.img $((0x500)) "0002000080000000 0000000000000000"
}

case $CASE in
dump)
    dump_image
    run 0 --storage 16M --dump --dump-storage 600:4 dump.img
    grep -qx 'PSW 0002000080000000 0000000000000000' out || fail "no PSW line of the final wait"
    grep -qx 'GR2 0000000000001234' out || fail "GR2 is not X'1234'"
    grep -qx 'STOR 00000600 AB000000' out || fail "the storage line is not AB000000"
    "$ZSIE" machine --storage 16M --dump --dump-storage 600:4 dump.img >mout 2>/dev/null </dev/null
    [ "$(grep -E '^(PSW|GR[0-9]+|FPR[0-9]+|FPC|STOR) ' out)" = "$(cat mout)" ] || fail "zsie run and zsie machine dump differently"
    ;;
dump_outside)
    dump_image
    run 2 --storage 16M --dump --dump-storage FFFFF0:32 dump.img
    err_has '^zsie: E151 run: --dump-storage FFFFF0:32 lies outside ZSIE.s storage$'
    one_line_err
    run 2 --dump-storage 3000 dump.img
    err_has '^zsie: E150 '
    one_line_err
    ;;
ckc_enabled_wait)
    # the enabled wait sleeps until the guest's clock comparator; SIE hands the interruption
    # to the CP (code 14), which reflects it into the guest
    ckc_image
    "$ZSIE" machine --timeout 20 ckc.img >out 2>err </dev/null || fail "zsie machine: status $?"
    run 0 --timeout 20 ckc.img
    err_has '^zsie: I060 ZSIE SIE entries=[0-9]+ exits=[0-9]+ 14=1 1C=2 '
    ;;
sigp_two_cpus)
    sigp_image
    run 0 --cpus 2 --timeout 20 --stats sigp.img
    err_has '^zsie: I060 ZSIE SIE entries=[0-9]+ exits=[0-9]+ 04=1 1C=2 '
    err_has '^zsie: I064 ZSIE CPU 1 entries=1 '
    # one CPU: SIGP to CPU 1 finds it not operational (CC 3)
    run 1 --cpus 1 sigp.img
    err_has '^zsie: E040 ZSIE: disabled wait PSW 0002000080000000 000000000000BAD0$'
    ;;
two_vms_writer_and_hello)
    # WRITER sits just below HELLO in host storage: were it not confined to its window it
    # would overwrite HELLO's state descriptions and storage.
    writer
    cat >dir <<DIR
USER WRITER pw 1M
  IPL writer.img
USER HELLO pw 64M
  IPL $HELLO
DIR
    run 1 --directory dir --user WRITER --user HELLO --stats
    out_is "HELLO: $HELLO_LINE"
    err_has '^zsie: E040 WRITER: disabled wait PSW 0002000080000000 000000000000BAD0$'
    err_has '^zsie: I060 WRITER SIE entries=[0-9]+ exits=[0-9]+ 08=1 1C=1 guest-insns='
    err_has '^zsie: I063 WRITER reflected program=1 '
    err_has '^zsie: I060 HELLO SIE entries='
    grep -q "E040 HELLO" err && fail "HELLO did not end cleanly"
    # the same, with the two started the other way round
    run 1 --directory dir --user HELLO --user WRITER
    out_is "HELLO: $HELLO_LINE"
    ;;
two_vms_spinner_and_hello)
    spinner
    cat >dir <<DIR
USER SPINNER pw 1M
  IPL spinner.img
  OPTION MAXINSNS 30000000
USER HELLO pw 64M
  MACHINE Z 2
  CPU 00
  CPU 01
  IPL $HELLO
DIR
    run 3 --directory dir --all
    out_is "HELLO: $HELLO_LINE"
    err_has '^zsie: E041 SPINNER: instruction limit of 30000000 reached$'
    err_has '^zsie: I060 SPINNER SIE entries=[0-9]+ exits=[0-9]+ 00=1 '
    grep -q "E04. HELLO" err && fail "HELLO did not end cleanly"
    # a spinner without a limit: the timeout ends it, HELLO is still done
    sed -i '/MAXINSNS/d' dir
    run 3 --directory dir --all --timeout 2
    out_is "HELLO: $HELLO_LINE"
    err_has '^zsie: E042 SPINNER: timeout after 2 seconds$'
    ;;
unknown_user)
    printf 'USER A pw 1M\n' >dir
    run 2 --directory dir --user NOBODY x.elf
    one_line_err
    err_has "^zsie: E051 run: user 'NOBODY' is not in the directory dir$"
    [ -s out ] && fail "stdout not empty"
    ;;
all_too_many)
    # --all with more users than can run: an error, not a silent choice of the first 64
    for i in $(seq 1 65); do printf 'USER U%d pw 1M\n' $i; done >dir
    run 2 --directory dir --all x.elf
    one_line_err
    err_has '^zsie: E019 run: --all: the directory has 65 users, at most 64 can run$'
    [ -s out ] && fail "stdout not empty"
    ;;
bad_directory)
    printf '* test\nUSER A pw 1M\n  CPUS 2\n' >dir
    run 2 --directory dir x.elf
    one_line_err
    err_has "^zsie: E050 run: dir:3: unknown statement 'CPUS'$"
    run 2 --directory nonexistent.dir x.elf
    one_line_err
    err_has '^zsie: E050 run: nonexistent.dir: cannot open'
    ;;
missing_image)
    run 2 nonexistent.elf
    one_line_err
    err_has '^zsie: E020 '
    printf 'USER A pw 1M\n  IPL missing.img\n' >dir
    run 2 --directory dir
    one_line_err
    err_has '^zsie: E020 '
    ;;
no_image)
    run 2
    one_line_err
    err_has '^zsie: E016 run: no image given'
    printf 'USER A pw 1M\n' >dir
    run 2 --directory dir
    one_line_err
    err_has '^zsie: E016 run: no image given, and user A has no IPL statement$'
    ;;
user_without_directory)
    run 2 --user A x.elf
    one_line_err
    err_has '^zsie: E052 run: --user needs --directory$'
    run 2 --all x.elf
    err_has '^zsie: E052 run: --all needs --directory$'
    ;;
bad_options)
    run 2 --frobnicate x.elf
    one_line_err
    err_has "^zsie: E010 run: unknown option '--frobnicate'"
    run 2 --storage 12Q x.elf
    err_has "^zsie: E012 "
    run 2 --cpus 17 x.elf
    err_has "^zsie: E013 "
    run 2 --max-insns 0 x.elf
    err_has "^zsie: E014 "
    run 2 --directory
    err_has "^zsie: E011 run: option --directory needs a value$"
    ;;
stats_format)
    run 0 "$HELLO"
    out_is "$HELLO_LINE"
    one_line_err
    # hello: SERVC (write event mask, write event data) are instruction interceptions (04);
    # it ends in a disabled wait at address 0 (1C); every entry has its exit
    err_has '^zsie: I060 ZSIE SIE entries=([0-9]+) exits=\1 04=[0-9]+ 1C=1 guest-insns=[0-9]+$'
    run 0 --stats "$HELLO"
    err_has '^zsie: I061 ZSIE exit 04 instruction +[0-9]+$'
    err_has '^zsie: I061 ZSIE exit 1C wait state +1$'
    err_has '^zsie: I063 ZSIE reflected program=0 external=0 not-handled=0$'
    err_has '^zsie: I064 ZSIE CPU 0 entries=[0-9]+ guest-insns=[0-9]+$'
    ;;
directory_ipl)
    # IPL from the directory (a path relative to the directory file), the first user by
    # default, PARM as the command line: zrt.linemode selects the line-mode console
    mkdir sub && cp "$HELLO" sub/hello.elf
    printf 'USER LINUX1 pw 32M\n  IPL hello.elf PARM zrt.linemode\nUSER OTHER pw 1M\n' >sub/user.direct
    run 0 --directory sub/user.direct
    out_is "$HELLO_LINE"
    err_has '^zsie: I060 LINUX1 SIE entries='
    ;;
default_user)
    run 0 --storage 8M --cpus 3 "$HELLO"
    out_is "$HELLO_LINE"
    err_has '^zsie: I060 ZSIE SIE entries='
    ;;
help)
    "$ZSIE" run --help >out 2>err || fail "run --help failed"
    grep -q -- '--directory FILE' out || fail "help lacks --directory"
    "$ZSIE" --help >out 2>err || fail "--help failed"
    grep -q 'zsie run' out || fail "zsie --help lacks zsie run"
    ;;
*)
    echo "unknown case $CASE"
    exit 99
    ;;
esac
echo "ok [$CASE]"

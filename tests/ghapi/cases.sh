#!/bin/bash
# End-to-end GHAPI tests: the demonstration guest through `zsie run` with the example RACF
# database and an SMF data set, its error paths, and the same image where GHAPI is not served.
#   cases.sh ZSIE DEMO_ELF SOURCE_DIR WORKDIR CASE
# The expected decisions follow examples/racf/demo.racf by RACF's rules (docs/saf.md): LINUX1
# is connected to PAYROLL, which has READ to FACILITY APP.PAYROLL.*; APP.HR.** gives LINUX1
# NONE in its access list (a denial, audited as insufficient authority by the default
# AUDIT(FAILURES(READ))).
set -u
ZSIE=$1 DEMO=$2 SRC=$3
WORK=$4/$5
CASE=$5
. "$(cd "$(dirname "$0")" && pwd)/../lib.sh" # fail, hexput
rm -rf "$WORK" && mkdir -p "$WORK" && cd "$WORK" || exit 99
DIR=$SRC/examples/ghapi/demo.direct
RACF=$SRC/examples/racf/demo.racf

zsie() { # zsie EXPECTED_STATUS ARGS...
    local want=$1
    shift
    timeout -s KILL 60 "$ZSIE" "$@" >out 2>err </dev/null
    local got=$?
    [ "$got" = "$want" ] || fail "exit status $got, expected $want (args: $*)"
}
out_has() { grep -qF -- "$1" out || fail "stdout lacks '$1'"; }
err_has() { grep -qE -- "$1" err || fail "stderr lacks /$1/"; }

case $CASE in
demo)
    zsie 0 run --directory "$DIR" --user LINUX1 --racf "$RACF" --smf smf --trace=ghapi --stats "$DEMO"
    out_has "GHAPI is served by this host."
    out_has "ghapi_auth FACILITY APP.PAYROLL.REPORT   READ: SAF 0 RACF 0 reason 0: allowed"
    out_has "ghapi_auth FACILITY APP.HR.SALARIES      READ: SAF 8 RACF 8 reason 0: denied"
    out_has "ghapi_log PAYROLL 1.0: the event is in the host's SMF data set"
    err_has '^ghapi LINUX1 CPU 0: auth user LINUX1 class FACILITY resource APP.HR.SALARIES access 02 -> SAF 8 RACF 8 reason 0 rc 0 reason 0$'
    err_has '^zsie: I065 LINUX1 GHAPI query=1 auth=2 log=1 rejected=0$'
    # --trace=ghapi: the decision path and the records
    err_has '^ghapi LINUX1   saf: '
    err_has '^ghapi LINUX1   smf: audit record, type 80 event 2 qualifier 1'
    err_has '^ghapi LINUX1   smf: type 200 subtype 1 record, application PAYROLL, durable$'
    zsie 0 smf export --json smf
    # the denial audited (type 80, event 2, qualifier 1), the event (type 200), the accounting (type 201)
    grep -q '"type":80,.*"qualifier":1,.*"user":"LINUX1","group":"LINUX","class":"FACILITY","resource":"APP.HR.SALARIES","profile":"APP.HR.\*\*","generic":true,"intent":"READ","allowed":"NONE"' out ||
        fail "no type 80 record of the denial"
    grep -q '"type":80,.*"resource":"APP.PAYROLL.REPORT"' out && fail "an allowed READ was audited (AUDIT(FAILURES(READ)))"
    grep -q '"type":200,.*"subtype":1,.*"user":"LINUX1","vm":"LINUX1","application":"PAYROLL","version":"1.0",.*"data_hex":"706179726f6c6c207265706f727420766965776564"' out ||
        fail "no type 200 record of the event"
    grep -q '"type":201,.*"user":"LINUX1",.*"ghapi_calls_total":4' out || fail "no type 201 accounting record"
    [ "$(grep -c . out)" = 3 ] || fail "expected 3 records"
    ;;
no_smf)
    # without --smf a log request gets return code 4, "logging not available"
    zsie 0 run --directory "$DIR" --user LINUX1 --racf "$RACF" "$DEMO"
    out_has "ghapi_log PAYROLL 1.0: error -4 (logging not available)"
    ;;
no_racf)
    # without --racf no security manager is installed: SAF 4, RACF 0 (no decision)
    zsie 0 run --directory "$DIR" --user LINUX1 --smf smf "$DEMO"
    out_has "ghapi_auth FACILITY APP.PAYROLL.REPORT   READ: SAF 4 RACF 0 reason 0: no decision"
    ;;
not_enabled)
    # NOGHAPI has no OPTION GHAPI: the DIAGNOSE is a specification exception, which the
    # library's probe catches: the guest runs on without host services
    zsie 0 run --directory "$DIR" --user NOGHAPI --racf "$RACF" "$DEMO"
    out_has "GHAPI is not served here: the application runs without host services."
    ;;
bare_machine)
    zsie 0 machine "$DEMO"
    out_has "GHAPI is not served here: the application runs without host services."
    ;;
default_vm)
    # the VM made without a directory has GHAPI on (user id ZSIE, not in the database: the
    # resources are still protected, so RACF denies; no audit data set needed)
    zsie 0 run --racf "$RACF" "$DEMO"
    out_has "GHAPI is served by this host."
    ;;
bad_racf)
    printf 'ADDUSER\n' >bad.racf
    zsie 2 run --racf bad.racf "$DEMO"
    err_has '^zsie: E081 GHAPI: .*bad.racf:1'
    ;;
bad_smf)
    mkdir smfdir
    zsie 2 run --smf smfdir "$DEMO"
    err_has '^zsie: E082 '
    ;;
reload)
    # SIGHUP swaps the RACF database under the running guest: denied before, allowed after
    printf 'SETROPTS CLASSACT(FACILITY)\nADDUSER ZSIE\nRDEFINE FACILITY APP.FLIP UACC(NONE)\n' >db
    (timeout -s KILL 60 "$ZSIE" run --racf db "$(dirname "$DEMO")/../ghapi-work/reload_guest.elf" >out 2>err </dev/null;
     echo $? >status) &
    for _ in $(seq 200); do grep -q "^SAF 8 after 0 requests" out 2>/dev/null && break; sleep 0.05; done
    grep -q "^SAF 8 after 0 requests" out || fail "the guest was not denied first"
    printf 'SETROPTS CLASSACT(FACILITY)\nADDUSER ZSIE\nRDEFINE FACILITY APP.FLIP UACC(NONE)\nPERMIT APP.FLIP CLASS(FACILITY) ID(ZSIE) ACCESS(READ)\n' >db.new
    mv db.new db
    pkill -HUP -f "run --racf db $(dirname "$DEMO")/../ghapi-work/reload_guest.elf" || fail "zsie is not running"
    wait
    [ "$(cat status)" = 0 ] || fail "exit status $(cat status)"
    grep -q "^SAF 0 after [0-9]* requests" out || fail "no allowance after the reload"
    err_has '^zsie: I066 GHAPI: RACF database reloaded from db \(generation [0-9]+\)$'
    ;;
rejected)
    # a GHAPIPL of version 2 (the corpus case 100_bad_version): return code 8, audited as an
    # SMF type 200 record of subtype 4, event code 8, data GhFunction 1 and the reason 1
    s390x-linux-gnu-as -march=zEC12 -mzarch -I "$SRC/tests/diag/corpus" -o bv.o "$SRC/tests/diag/corpus/100_bad_version.s" &&
        s390x-linux-gnu-ld -e 0 -Ttext=0 -o bv.elf bv.o && s390x-linux-gnu-objcopy -O binary bv.elf bv.bin ||
        fail "cannot assemble 100_bad_version.s"
    zsie 0 run --smf smf bv.bin
    zsie 0 smf export --json smf
    grep -q '"type":200,.*"subtype":4,.*"user":"ZSIE",.*"application":"GHAPI",.*"event_code":8,"data_hex":"0000000100000001"' out ||
        fail "no audit record of the rejected request"
    ;;
freestanding)
    # the guest library compiles with the compiler alone, at every level, and defines no
    # global symbol outside ghapi_ (undefined ones may be only memcpy/memset, which gcc may call)
    for flags in "-march=z196 -O2" "-march=z196 -O0" "-march=z196 -Os" "-march=z13 -mno-vx -O2"; do
        s390x-linux-gnu-gcc -ffreestanding -nostdlib $flags -Wall -Wextra -Werror -c "$SRC/ghapi/guest/ghapi.c" \
            -o ghapi.o 2>err || fail "does not compile freestanding with $flags"
        s390x-linux-gnu-nm ghapi.o >out
        bad=$(awk '$2 ~ /^[A-TV-Z]$/ && $3 !~ /^ghapi_/ {print $3} $1 == "U" && $2 !~ /^(memcpy|memset)$/ {print $2}' out)
        [ -z "$bad" ] || fail "symbols outside ghapi_ with $flags: $bad"
        for f in ghapi_available ghapi_auth ghapi_log ghapi_diag ghapi_set_probe; do
            grep -q " T $f\$" out || fail "$f is not defined ($flags)"
        done
    done
    ;;
*)
    echo "unknown case $CASE"
    exit 99
    ;;
esac
exit 0

#!/bin/bash
# The distributed engine with a real nats-server (tests/nats/lib.sh starts it on loopback).
#   cases.sh ZSIE SOURCE_DIR BUILD_DIR WORKDIR CASE
set -u
ZSIE=$1 SRC=$2 BUILD=$3
WORK=$4/$5
CASE=$5
. "$(cd "$(dirname "$0")" && pwd)/../lib.sh" # fail, hexput
. "$(cd "$(dirname "$0")" && pwd)/lib.sh"    # nats_start ...
rm -rf "$WORK" && mkdir -p "$WORK" && cd "$WORK" || exit 99
DEMO=$BUILD/guests/ghapi_demo.elf
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
need_guest() { [ -f "$DEMO" ] || { echo "no guest $DEMO: skipped"; exit 77; }; }

case $CASE in
link)
    # with --nats and no remote entry the run is what it is without (everything local)
    need_guest
    nats_start
    zsie 0 run --nats "$NATS_URL" --node c1 --directory "$DIR" --user LINUX1 --racf "$RACF" --smf smf "$DEMO"
    out_has "ghapi_auth FACILITY APP.PAYROLL.REPORT   READ: SAF 0 RACF 0 reason 0: allowed"
    # the command line's NATS options are checked
    zsie 2 run --nats "$NATS_URL" --node 'bad.name' "$DEMO"
    err_has '^zsie: E440 run: invalid node name'
    zsie 2 run --spool sp "$DEMO"
    err_has '^zsie: E441 run: the NATS options need --nats URL'
    zsie 2 run --nats "$NATS_URL" --nats-timeout 0 "$DEMO"
    err_has '^zsie: E440 run: invalid --nats-timeout'
    ;;
*)
    fail "unknown case $CASE"
    ;;
esac
echo "ok $CASE"

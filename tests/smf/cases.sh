#!/bin/bash
# Command-line tests of `zsie smf`: cases.sh ZSIE HELPER WORKDIR CASE
# `smf_helper gen` writes five sample records (types 80, 200 start, 200 event, 201, and a
# foreign type 30) through the library; print_hand_type80 decodes a record encoded by hand
# from the type 80 layout instead.
set -u
ZSIE=$1 HELPER=$2
WORK=$3/$4
CASE=$4
. "$(cd "$(dirname "$0")" && pwd)/../lib.sh" # fail, hexput
rm -rf "$WORK" && mkdir -p "$WORK" && cd "$WORK" || exit 99

run() { # run EXPECTED_STATUS ARGS...
    local want=$1
    shift
    "$ZSIE" smf "$@" >out 2>err </dev/null
    local got=$?
    [ "$got" = "$want" ] || fail "exit status $got, expected $want (args: $*)"
}
out_has() { grep -qxF -- "$1" out || fail "stdout lacks line '$1'"; }
out_lacks() { ! grep -qF -- "$1" out || fail "stdout has '$1'"; }
err_has() { grep -qE -- "$1" err || fail "stderr lacks /$1/"; }
records() { grep -o '^record [0-9]*' out | cut -d' ' -f2 | tr '\n' ' '; }
expect_records() { [ "$(records)" = "$1" ] || fail "records printed: '$(records)', expected '$1'"; }

gen() { "$HELPER" gen S || fail "smf_helper gen failed"; }

case $CASE in
print_all)
    gen
    run 0 print S
    expect_records "1 2 3 4 5 "
    out_has "record 1 at offset 0, 135 bytes"
    out_has "  type        80 (RACF processing)"
    out_has "  written     2026-12-01 (2026.335) 13:45:07.89 UTC"
    out_has "  event       2 (resource access) qualifier 1 (insufficient authority)"
    out_has "  descriptor  X'8000' violation"
    out_has "  profile     GHAPI.* (generic)"
    out_has "  intent      UPDATE"
    out_has "  allowed     READ"
    out_has "record 2 at offset 135, 108 bytes"
    out_has "  type        200 (GHAPI application event) subtype 2 (application start)"
    out_has "  system      ZSIE  subsystem ZSIE"
    # 14:00:00.000250 UTC: ((1796090400 + 2208988800) * 10^6 + 250) << 12
    out_has "  start       2026-12-01 14:00:00.000250 UTC (TOD e3aa339ef18fa000)"
    out_has "  stop        none"
    out_has "  application A\"B\\Cé version 1.0"
    out_has "  data        4 bytes C88900FF"
    out_has "  type        201 (virtual machine accounting) subtype 1 (logoff accounting)"
    out_has "  written     2026-12-02 (2026.336) 08:00:00.00 UTC"
    out_has "  elapsed     68400.000000 s"
    out_has "  sie exits   1003: code X'04' 1000, code X'28' 3"
    out_has "  ghapi calls 12: function 1 12"
    out_has "  type        30 subtype 5"
    out_has "  system      SYSB  subsystem JES2"
    [ ! -s err ] || fail "stderr not empty"
    ;;
print_hand_type80)
    # 2024-02-29 is day 60 (leap year): 0124060F; 23:59:59.99 = 8639999 = X'0083D5FF'
    hexput R 0 "0080 0000 00 50 0083D5FF 0124060F E2E8E2C1"
    hexput R 18 "0000 02 00 C3C1D9D6D3404040 E2E8E2F140404040 005E 0004 80 000000"
    hexput R 46 "$(printf '00%.0s' $(seq 52))"
    hexput R 98 "01 0C E2E8E2F14BD7C1D9D4D3C9C2  11 08 C4C1E3C1E2C5E340  03 01 10  04 01 80"
    [ "$(stat -c %s R)" = 128 ] || fail "hand record is $(stat -c %s R) bytes"
    run 0 print R
    out_has "record 1 at offset 0, 128 bytes"
    out_has "  written     2024-02-29 (2024.060) 23:59:59.99 UTC"
    out_has "  system      SYSA"
    out_has "  event       2 (resource access) qualifier 0 (success)"
    out_has "  descriptor  X'0000'"
    out_has "  user        CAROL"
    out_has "  group       SYS1"
    out_has "  class       DATASET"
    out_has "  resource    SYS1.PARMLIB"
    out_has "  intent      READ"
    out_has "  allowed     ALTER"
    out_lacks "profile"
    ;;
filter_type)
    gen
    run 0 print S --type 200
    expect_records "2 3 "
    run 0 print S --type=80
    expect_records "1 "
    run 0 print S --type 7
    [ ! -s out ] || fail "records printed for type 7"
    ;;
filter_user)
    gen
    run 0 print S --user alice
    expect_records "1 3 4 "
    run 0 print --user BOB S
    expect_records "2 "
    run 0 print S --user NOBODY --type 80
    expect_records ""
    ;;
filter_since)
    gen
    run 0 print S --since 2026-12-01T14:00
    expect_records "2 3 4 5 "
    run 0 print S --since "2026-12-01 14:00:01"
    expect_records "3 4 5 "
    run 0 print S --since 2026-12-02
    expect_records "4 5 "
    run 0 print S --since 2026-12-03 --user ALICE
    expect_records ""
    ;;
export_json)
    gen
    run 0 export --json S
    [ "$(wc -l <out)" = 5 ] || fail "not 5 lines"
    grep -qF '"application":"A\"B\\Cé"' out || fail "application not escaped"
    grep -qF '"start_tod":"e3aa339ef18fa000"' out || fail "start_tod"
    grep -qF '"sie_exits":[{"code":4,"count":1000},{"code":40,"count":3}]' out || fail "sie_exits"
    grep -qF '"data_hex":"c88900ff"' out || fail "data_hex"
    grep -qF '"type":30,"flags":192,"subtype":5,"date":"2026-12-02","time":"08:00:00.00","sid":"SYSB","ssi":"JES2"}' out ||
        fail "type 30 header"
    if command -v python3 >/dev/null; then
        python3 -c '
import json, sys
recs = [json.loads(l) for l in open("out", encoding="utf-8")]
assert recs[2]["application"] == "A\"B\\C\u00e9", recs[2]
assert recs[0]["resource"] == "GHAPI.LOG" and recs[0]["violation"] is True
assert recs[3]["instructions"] == 987654321
' || fail "python3 json check"
    fi
    ;;
export_filters)
    gen
    run 0 export S --json --type 201
    [ "$(wc -l <out)" = 1 ] || fail "not 1 line"
    grep -qF '"type":201' out || fail "not type 201"
    grep -qF '"user":"ALICE"' out || fail "user"
    ;;
bad_garbage)
    gen
    hexput S 243 "0005 0000"   # record 3's RDW: length 5
    run 1 print S
    expect_records "1 2 "
    err_has "^zsie: E251 smf: S: bad record at offset 243: record length below 18$"
    [ "$(wc -l <err)" = 1 ] || fail "stderr is not one line"
    run 1 export --json S
    [ "$(wc -l <out)" = 2 ] || fail "export: not 2 lines"
    ;;
bad_torn)
    gen
    truncate -s 540 S          # record 5 (507..544) cut short
    run 1 print S
    expect_records "1 2 3 4 "
    err_has "E251 smf: S: bad record at offset 507: record cut short"
    truncate -s 509 S          # a partial RDW
    run 1 print S
    err_has "offset 507: partial RDW"
    ;;
bad_decode)
    gen
    hexput S $((135 + 28)) "00007FFF"   # record 2's identification section far outside
    run 1 print S
    expect_records "1 3 4 5 "
    err_has "E251 smf: S: bad record at offset 135: type 200 identification section"
    ;;
empty_file)
    : >E
    run 0 print E
    [ ! -s out ] && [ ! -s err ] || fail "output for an empty data set"
    ;;
missing_file)
    run 2 print no-such-file
    err_has "^zsie: E258 smf: cannot open no-such-file: No such file or directory$"
    ;;
usage_errors)
    gen
    "$ZSIE" smf >out 2>err; [ $? = 2 ] || fail "no subcommand: not 2"
    grep -q "usage: zsie smf print" err || fail "no usage"
    run 0 --help
    out_has "  exit status: 0 good; 1 the data set holds bad records; 2 usage or unreadable file"
    run 2 frob S;                   err_has "^zsie: E257 smf: unknown subcommand 'frob'"
    run 2 print;                    err_has "E257 smf: no data set given"
    run 2 export S;                 err_has "E257 smf: export needs --json"
    run 2 print S --json;           err_has "E257 smf: unknown option '--json'"
    run 2 print S S2;               err_has "E257 smf: more than one data set"
    run 2 print S --type 256;       err_has "E257 smf: invalid record type '256'"
    run 2 print S --type -1;        err_has "E257 smf: invalid record type '-1'"
    run 2 print S --type;           err_has "E257 smf: option --type needs a value"
    run 2 print S --user TOOLONGID; err_has "E257 smf: invalid user id"
    run 2 print S --since 2026-13-01; err_has "E257 smf: invalid time '2026-13-01'"
    run 2 print S --since 2026-02-29; err_has "invalid time"   # 2026 is no leap year
    run 2 print S --since 2026-12-01T25:00; err_has "invalid time"
    run 2 print S --since 2026-12-01x; err_has "invalid time"
    run 2 print S --bogus;          err_has "E257 smf: unknown option '--bogus'"
    ;;
*)
    echo "unknown case $CASE"
    exit 99
    ;;
esac
exit 0

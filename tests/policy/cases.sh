#!/bin/bash
# The kernel policy from the command line: `zsie admin` on a policy file and on a running
# zsie's control socket, `zsie admin call` through libffi, and `zsie run --policy` with the
# GHAPI demonstration guest.
#   cases.sh ZSIE SOURCE_DIR BUILD_DIR WORKDIR CASE
# Expected decisions: the audit service allows every request, deny refuses every one (SAF 8),
# whatever examples/racf/demo.racf says; see docs/policy.md.
set -u
ZSIE=$1 SRC=$2 BUILD=$3
WORK=$4/$5
CASE=$5
. "$(cd "$(dirname "$0")" && pwd)/../lib.sh" # fail, hexput
rm -rf "$WORK" && mkdir -p "$WORK" && cd "$WORK" || exit 99
DEMO=$BUILD/guests/ghapi_demo.elf
DIR=$SRC/examples/ghapi/demo.direct
RACF=$SRC/examples/racf/demo.racf
PLUG=$BUILD/plugins

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
x010_memory)
    # DIAGNOSE X'010' goes through the VM's memory service: `release` (the default) gives the
    # two touched frames back to the host at once (8 KiB), `keep` gives nothing back; the
    # pages read as zeros either way (the corpus case's own checks, tests/diag/corpus)
    s390x-linux-gnu-as -march=zEC12 -mzarch -I "$SRC/tests/diag/corpus" -o r.o "$SRC/tests/diag/corpus/010_release.s" &&
        s390x-linux-gnu-ld -e 0 -Ttext=0 -o r.elf r.o && s390x-linux-gnu-objcopy -O binary r.elf r.bin ||
        fail "cannot assemble 010_release.s"
    zsie 0 run --storage 16M --trace=diag --dump --dump-storage 30A0:4 r.bin
    err_has "X'010' release pages .* released 2 pages 0000000000005000-0000000000006FFF, 8 KiB to the host$"
    out_has "STOR 000030A0 AA0000AA"
    printf 'memory keep\n' >keep.policy
    zsie 0 run --storage 16M --policy keep.policy --trace=diag --dump --dump-storage 30A0:4 r.bin
    err_has "X'010' release pages .* released 2 pages 0000000000005000-0000000000006FFF, 0 KiB to the host$"
    out_has "STOR 000030A0 AA0000AA"
    ;;
admin_file)
    printf '# node policy\nsecurity racf\n' >p.policy
    zsie 0 admin policy show --file p.policy
    [ "$(cat out)" = "security racf" ] || fail "show"
    zsie 0 admin policy set logging json:/tmp/x.jsonl --file p.policy --smf smf
    err_has '^zsie: I400 kernel proxy: .*\(uid [0-9]+\) set the policy file p.policy: \(none\) -> logging json:/tmp/x.jsonl$'
    zsie 0 admin policy set security audit@secnode --file p.policy --smf smf
    zsie 0 admin policy show --file p.policy
    [ "$(cat out)" = "$(printf 'security audit@secnode\nlogging json:/tmp/x.jsonl')" ] || fail "show after set"
    zsie 0 admin policy unset logging --file p.policy --smf smf
    zsie 1 admin policy unset logging --file p.policy
    err_has 'E435 admin: p.policy has no logging entry'
    # each change audited in the SMF data set: type 200 records of the application ZSIEKP
    zsie 0 smf export --json smf
    [ "$(grep -c '"type":200,.*"application":"ZSIEKP"' out)" = 3 ] || fail "expected 3 audit records"
    # the record's data is the audit line (hex): "set the policy file p.policy: security racf -> security audit@secnode"
    hex=$(printf '%s' 'set the policy file p.policy: security racf -> security audit@secnode' | od -An -tx1 | tr -d ' \n')
    grep -q "$hex" out || fail "no record of the security change"
    ;;
admin_bad)
    printf 'security racf\n' >p.policy
    zsie 2 admin policy set filesystem ufs --file p.policy
    err_has 'E433 admin: unknown service type .filesystem.'
    zsie 2 admin policy set security --file p.policy
    err_has 'E433 admin: want: policy set TYPE'
    zsie 2 admin policy show
    err_has 'E433 admin: give one of --file POLICY and --socket PATH'
    zsie 2 admin policy show --file p.policy --socket s
    zsie 2 admin policy set security deny --file p.policy --vm LINUX1
    err_has 'E433 admin: --vm works on a running zsie'
    zsie 2 admin policy frobnicate --file p.policy
    err_has "E433 admin: unknown policy operation 'frobnicate'"
    zsie 2 admin policy set 'sec!' deny --file p.policy
    zsie 2 admin policy show --file p.policy --bogus
    err_has "E431 admin: unknown option '--bogus'"
    printf 'security racf\nlogging\n' >bad.policy
    zsie 2 admin policy show --file bad.policy
    err_has "^zsie: E434 admin: bad.policy:2: 'logging' has no service id"
    zsie 2 admin policy show --file missing.policy
    err_has 'E434 admin: missing.policy: cannot open'
    zsie 2 admin policy show --socket "$WORK/nobody-listens"
    err_has 'E418 .*cannot connect'
    [ "$(cat p.policy)" = "security racf" ] || fail "a refused change touched the file"
    ;;
call_ffi)
    printf 'typetest plugin:%s/libzsie_typetest.so\n' "$PLUG" >p.policy
    T=$SRC/examples/policy/typetest.decl
    zsie 0 admin call typetest add_i32 -5 3 --policy p.policy --types "$T"
    [ "$(cat out)" = "-2" ] || fail "add_i32"
    zsie 0 admin call typetest add_u64 18446744073709551614 1 --policy p.policy --types "$T"
    [ "$(cat out)" = "18446744073709551615" ] || fail "add_u64"
    zsie 0 admin call typetest mixed -1 2 -3 4 0.5 abc --policy p.policy --types "$T"
    [ "$(cat out)" = "5.5" ] || fail "mixed"
    zsie 0 admin call typetest bump 41 --policy p.policy --types "$T"
    [ "$(cat out)" = "$(printf '41\n*arg1=42')" ] || fail "bump"
    zsie 2 admin call typetest add_i32 x 3 --policy p.policy --types "$T"
    err_has "E438 admin: argument 1 'x' is not a i32"
    zsie 2 admin call typetest add_u32 -1 3 --policy p.policy --types "$T"
    zsie 2 admin call typetest nosuch --policy p.policy --types "$T"
    err_has 'E437 admin: typetest has no function nosuch'
    # the declared type is unknown without its declaration
    zsie 2 admin call typetest add_i32 1 2 --policy p.policy
    # a missing plug-in: refused with a clear error, and a declared type has no default
    printf 'typetest plugin:%s/libnothere.so\n' "$PLUG" >q.policy
    zsie 2 admin call typetest add_i32 1 2 --policy q.policy --types "$T"
    err_has '^zsie: E400 kernel proxy: typetest plugin:.*libnothere.so: plug-in .*cannot load'
    err_has 'E439 admin: no plug-in serves typetest'
    printf 'type typetest 4\nfunction add_i32 i32 i32 i32\n' >v4.decl
    zsie 2 admin call typetest add_i32 1 2 --policy p.policy --types v4.decl
    err_has 'typetest_api_version\(\) says API version 3, the typetest type is version 4'
    ;;
run_policy)
    need_guest
    printf 'security audit\nlogging json:%s/log.jsonl\nconsole file:%s\n' "$WORK" "$WORK" >p.policy
    zsie 0 run --directory "$DIR" --user LINUX1 --policy p.policy --stats "$DEMO"
    [ -s out ] && fail "the console went to stdout, not the file"
    C=LINUX1.console
    grep -qF "ghapi_auth FACILITY APP.HR.SALARIES      READ: SAF 0 RACF 0 reason 0: allowed" $C ||
        fail "the audit service did not allow: $(cat $C)"
    grep -qF "ghapi_log PAYROLL 1.0: the event is in the host's SMF data set" $C || fail "no log"
    grep -q '"kind":"access","qualifier":0,"user":"LINUX1","class":"FACILITY","resource":"APP.HR.SALARIES"' log.jsonl ||
        fail "the allowed request was not audited"
    grep -q '"kind":"app_event","code":0,"user":"LINUX1","application":"PAYROLL","version":"1.0",.*"data_hex":"706179726f6c6c207265706f727420766965776564"' log.jsonl ||
        fail "no event"
    grep -q '"kind":"accounting","user":"LINUX1"' log.jsonl || fail "no accounting"
    err_has '^zsie: I403 LINUX1 sched threads cpu=[0-9.]+s throttled=0.000s$'
    err_has '^zsie: I404 LINUX1 resident=[0-9]+K of 65536K guest storage$'
    # the VM's POLICY statement refines the node's: LINUX1 denied (closed), with --racf and --smf as before
    { cat "$DIR"; printf 'USER LINUX9 PW 64M\n  OPTION GHAPI\n  POLICY security deny\n'; } >d.direct
    zsie 0 run --directory d.direct --user LINUX9 --racf "$RACF" --smf smf "$DEMO"
    out_has "ghapi_auth FACILITY APP.PAYROLL.REPORT   READ: SAF 8 RACF 8 reason 0: denied"
    zsie 0 run --directory d.direct --user LINUX1 --racf "$RACF" --smf smf "$DEMO"
    out_has "ghapi_auth FACILITY APP.PAYROLL.REPORT   READ: SAF 0 RACF 0 reason 0: allowed"
    # logging none: not available to the guest
    printf 'logging none\n' >n.policy
    zsie 0 run --directory "$DIR" --user LINUX1 --racf "$RACF" --smf smf --policy n.policy "$DEMO"
    out_has "ghapi_log PAYROLL 1.0: error -4 (logging not available)"
    ;;
run_bad_policy)
    need_guest
    printf 'security racf\nsecurity\n' >bad.policy
    zsie 2 run --policy bad.policy "$DEMO"
    err_has "^zsie: E420 run: bad.policy:2: 'security' has no service id"
    printf 'filesystem ufs\n' >t.policy
    zsie 2 run --policy t.policy "$DEMO"
    err_has "^zsie: E422 run: t.policy: unknown service type 'filesystem'"
    { cat "$DIR"; printf 'USER LINUX9 PW 64M\n  OPTION GHAPI\n  POLICY filesystem ufs\n'; } >d.direct
    zsie 2 run --directory d.direct --user LINUX9 "$DEMO"
    err_has "^zsie: E422 run: d.direct: POLICY of LINUX9: unknown service type 'filesystem'"
    zsie 2 run --types missing.decl "$DEMO"
    err_has '^zsie: E421 run: missing.decl: cannot open'
    # an unknown id or a missing plug-in: the default serves, and for security it is closed
    printf 'security racf-typo\n' >u.policy
    zsie 0 run --directory "$DIR" --user LINUX1 --racf "$RACF" --smf smf --policy u.policy "$DEMO"
    err_has "^zsie: E400 kernel proxy: security racf-typo for LINUX1: unknown security service 'racf-typo'; the default deny serves$"
    out_has "ghapi_auth FACILITY APP.PAYROLL.REPORT   READ: SAF 8 RACF 8 reason 0: denied"
    [ "$(grep -c E400 err)" = 1 ] || fail "the fallback was reported more than once"
    # ... and the event is a record in the SMF data set
    zsie 0 smf export --json smf
    grep -q '"type":200,.*"application":"ZSIEKP"' out || fail "no record of the fallback"
    printf 'security plugin:%s/libzsie_allowlist.so:partial\n' "$PLUG" >pl.policy
    zsie 0 run --directory "$DIR" --user LINUX1 --policy pl.policy "$DEMO"
    err_has 'E400 kernel proxy: security plugin:.*no symbol partial_auth'
    out_has "READ: SAF 8 RACF 8 reason 0: denied"
    ;;
run_control)
    # a guest that spins forever: a flat image, IPL PSW to 0x200, J * there
    { printf '\x00\x08\x00\x00\x80\x00\x02\x00'; head -c $((0x200 - 8)) /dev/zero; printf '\xa7\xf4\x00\x00'; } >spin.bin
    printf 'security deny\n' >p.policy
    "$ZSIE" run --policy p.policy --control "$WORK/ctl" --timeout 4 --stats spin.bin >run.out 2>run.err &
    pid=$!
    for _ in $(seq 100); do [ -S ctl ] && break; sleep 0.05; done
    [ -S ctl ] || fail "no control socket"
    zsie 0 admin policy show --socket "$WORK/ctl"
    out_has "security deny (node)"
    out_has "logging none (default)"
    zsie 0 admin policy set sched shares:0.05 --vm ZSIE --socket "$WORK/ctl"
    zsie 0 admin policy show --vm zsie --socket "$WORK/ctl"
    out_has "sched shares:0.05 (vm)"
    zsie 1 admin policy unset memory --socket "$WORK/ctl"
    err_has 'ERR E415 the node policy has no memory entry'
    zsie 1 admin policy set frob x --socket "$WORK/ctl"
    err_has "ERR E415 unknown service type 'frob'"
    # an oversized request and a silent one: refused, the server goes on
    python3 - "$WORK/ctl" <<'PY' || fail "oversized request"
import socket, sys
s = socket.socket(socket.AF_UNIX); s.connect(sys.argv[1]); s.sendall(b"x" * 5000)
r = s.recv(200).decode()
assert r.startswith("ERR E410"), r
PY
    zsie 0 admin policy show --socket "$WORK/ctl"
    wait $pid
    st=$?
    [ "$st" = 3 ] || { cat run.err; fail "zsie run ended with $st, expected 3 (timeout)"; }
    grep -qE '^zsie: I400 kernel proxy: .*\(uid [0-9]+\) set the policy of ZSIE: \(none\) -> sched shares:0.05$' run.err ||
        fail "the change was not audited: $(cat run.err)"
    # the share took effect without a restart: the VM was held back
    grep -qE '^zsie: I403 ZSIE sched shares:0.05 cpu=[0-9.]+s throttled=[1-9][0-9.]*s$' run.err ||
        grep -qE '^zsie: I403 ZSIE sched shares:0.05 cpu=[0-9.]+s throttled=0\.[0-9]*[1-9][0-9]*s$' run.err ||
        fail "no throttling in the statistics: $(grep I403 run.err)"
    [ -e ctl ] && fail "the socket file was left behind"
    ;;
run_shares)
    # two VMs spinning side by side with shares 0.03 and 0.12 of a processor (small, so that a
    # loaded host still has room for both): their CPU time, as the statistics show it, in the
    # ratio 1:4 within 10%.  The run ends by --timeout; the assertion is on CPU time only.
    { printf '\x00\x08\x00\x00\x80\x00\x02\x00'; head -c $((0x200 - 8)) /dev/zero; printf '\xa7\xf4\x00\x00'; } >spin.bin
    printf 'USER SMALL PW 4M\n  IPL spin.bin\n  POLICY sched shares:0.03\nUSER LARGE PW 4M\n  IPL spin.bin\n  POLICY sched shares:0.12\n' >s.direct
    zsie 3 run --directory s.direct --all --timeout 8 --stats
    small=$(sed -n 's/^zsie: I403 SMALL sched shares:0.03 cpu=\([0-9.]*\)s.*/\1/p' err)
    large=$(sed -n 's/^zsie: I403 LARGE sched shares:0.12 cpu=\([0-9.]*\)s.*/\1/p' err)
    [ -n "$small" ] && [ -n "$large" ] || fail "no I403 lines"
    awk -v s="$small" -v l="$large" 'BEGIN { r = s / l; printf "CPU SMALL %ss LARGE %ss ratio %.3f (want 0.25)\n", s, l, r; exit !(r > 0.225 && r < 0.275) }' ||
        fail "ratio of CPU time off by more than 10%"
    ;;
*)
    echo "unknown case $CASE"
    exit 99
    ;;
esac
exit 0

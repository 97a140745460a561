#!/bin/bash
# Command-line tests of `zsie racf`: cases.sh ZSIE DEMO_DB WORKDIR CASE
# Expected decisions are worked out by hand from demo.racf and RACF's rules (docs/saf.md).
set -u
ZSIE=$1
DEMO=$2
WORK=$3/$4
CASE=$4
. "$(cd "$(dirname "$0")" && pwd)/../lib.sh" # fail, hexput
rm -rf "$WORK" && mkdir -p "$WORK" && cd "$WORK" || exit 99

# run EXPECTED_STATUS ARGS...: run zsie racf, keep out/err, check the status
run() {
    local want=$1
    shift
    "$ZSIE" racf "$@" >out 2>err </dev/null
    local got=$?
    [ "$got" = "$want" ] || fail "exit status $got, expected $want (args: $*)"
}
out_has() { grep -qxE -- "$1" out || fail "stdout lacks line /$1/"; }
err_has() { grep -qE -- "$1" err || fail "stderr lacks /$1/"; }
one_line_err() { [ "$(wc -l <err)" = 1 ] || fail "stderr is not exactly one line"; }
no_err() { [ -s err ] && fail "stderr is not empty"; return 0; }

case $CASE in
allowed_by_group)
    # LINUX1 is connected to PAYROLL, which has READ on APP.PAYROLL.*
    run 0 check --db "$DEMO" LINUX1 FACILITY APP.PAYROLL.REPORT READ
    out_has "LINUX1 READ FACILITY APP.PAYROLL.REPORT: allowed"
    out_has "SAF RC 0, RACF RC X'00', RACF reason X'00'"
    out_has "profile: APP.PAYROLL.\* \(generic\)"
    out_has "access held: READ, by group PAYROLL's access-list entry"
    out_has "audit: none"
    no_err ;;
denied_by_uacc)
    # LINUX2 is not in PAYROLL: UACC NONE; the failure is audited (FAILURES(READ))
    run 8 check --db "$DEMO" LINUX2 FACILITY APP.PAYROLL.REPORT READ
    out_has "LINUX2 READ FACILITY APP.PAYROLL.REPORT: denied"
    out_has "SAF RC 8, RACF RC X'08', RACF reason X'00'"
    out_has "access held: NONE, by UACC"
    out_has "audit: SMF type 80, event 2 \(resource access\), qualifier 1" ;;
none_entry_denies)
    # LINUX1's own NONE on APP.HR.** although ID(*) would not matter: the user entry decides
    run 8 check --db "$DEMO" linux1 facility APP.HR.SALARIES READ
    out_has "profile: APP.HR.\*\* \(generic\)"
    out_has "access held: NONE, by the user's access-list entry"
    # LINUX2 through HR: UPDATE
    run 0 check --db "$DEMO" LINUX2 FACILITY APP.HR.SALARIES UPDATE ;;
warning_reason_4)
    run 0 check --db "$DEMO" LINUX2 FACILITY APP.TRIAL.NEWTHING UPDATE
    out_has "LINUX2 UPDATE FACILITY APP.TRIAL.NEWTHING: allowed \(WARNING\)"
    out_has "SAF RC 0, RACF RC X'00', RACF reason X'04'"
    out_has "audit: SMF type 80, event 2 \(resource access\), qualifier 3" ;;
not_protected)
    run 4 check --db "$DEMO" LINUX1 FACILITY OTHER.THING READ
    out_has "LINUX1 READ FACILITY OTHER.THING: no decision: the resource is not protected"
    out_has "SAF RC 4, RACF RC X'04', RACF reason X'00'"
    out_has "profile: none" ;;
class_not_active)
    printf 'RDEFINE FACILITY X UACC(NONE)\n' >db.racf
    run 4 check --db db.racf IBMUSER FACILITY X READ
    out_has "SAF RC 4, RACF RC X'00', RACF reason X'00'"
    run 4 check --db db.racf IBMUSER NOCLASS X READ
    out_has "IBMUSER READ NOCLASS X: no decision: the class is not active or not defined" ;;
protectall_denies)
    run 8 check --db "$DEMO" LINUX1 DATASET UNKNOWN.DATA.SET READ
    out_has "profile: none"
    out_has "audit: SMF type 80, event 2 \(resource access\), qualifier 2"
    run 0 check --db "$DEMO" LINUX2 DATASET SYS1.LINKLIB READ
    out_has "profile: SYS1.\*\* \(generic\)"
    run 8 check --db "$DEMO" LINUX2 DATASET SYS1.LINKLIB UPDATE
    run 0 check --db "$DEMO" LINUX1 DATASET PAYROLL.MASTER.FILE UPDATE ;;
revoked)
    run 8 check --db "$DEMO" GONE FACILITY APP.PUBLIC.NEWS READ
    out_has "SAF RC 8, RACF RC X'08', RACF reason X'1C'" ;;
restricted)
    # OPER1 is RESTRICTED: its own entry on APP.PUBLIC.**, but not ID(*) on APP.**
    run 0 check --db "$DEMO" OPER1 FACILITY APP.PUBLIC.NEWS READ
    run 8 check --db "$DEMO" OPER1 FACILITY APP.MISC EXECUTE
    out_has "access held: NONE, by RESTRICTED user, no entry"
    # an ordinary user gets EXECUTE through ID(*)
    run 0 check --db "$DEMO" LINUX2 FACILITY APP.MISC EXECUTE
    out_has "access held: EXECUTE, by ID\(\*\)" ;;
discrete_surrogat)
    # the discrete LINUX2.GHAPI beats the generic *.GHAPI; LOGOPTIONS ALWAYS for SURROGAT
    run 0 check --db "$DEMO" LINUX1 SURROGAT LINUX2.GHAPI READ
    out_has "profile: LINUX2.GHAPI \(discrete\)"
    out_has "audit: SMF type 80, event 2 \(resource access\), qualifier 0"
    run 8 check --db "$DEMO" LINUX2 SURROGAT LINUX1.GHAPI READ
    out_has "profile: \*.GHAPI \(generic\)" ;;
raclisted_class)
    # the GHAPI class is RACLISTed before a later PERMIT: it needs a REFRESH
    cat "$DEMO" >db.racf
    printf 'PERMIT SERVICE.** CLASS(GHAPI) ID(AUDITR) ACCESS(READ)\n' >>db.racf
    run 8 check --db db.racf AUDITR GHAPI SERVICE.SMF READ
    printf 'SETROPTS RACLIST(GHAPI) REFRESH\n' >>db.racf
    run 0 check --db db.racf AUDITR GHAPI SERVICE.SMF READ
    # DEFAULTRC(8): no profile means denied in this class
    run 8 check --db db.racf AUDITR GHAPI OTHER READ ;;
status_access)
    run 0 check --db "$DEMO" LINUX1 FACILITY APP.PAYROLL.UPDATE READ --status
    out_has "SAF RC 0, RACF RC X'14', RACF reason X'08'" ;;
explain)
    run 0 check --db "$DEMO" LINUX1 FACILITY APP.PAYROLL.REPORT READ --explain
    out_has "step +[0-9]+: generic profile APP.PAYROLL.\* matches"
    out_has "step +[0-9]+: generic profile APP.\*\* matches; APP.PAYROLL.\* is more specific than APP.\*\* \(position 5: 'P' over '\*\*'\)"
    out_has "step +[0-9]+: access list: group PAYROLL has READ"
    out_has "step +[0-9]+: READ held, READ requested: allowed" ;;
rlist_generic)
    run 0 rlist --db "$DEMO" FACILITY 'APP.PAYROLL.*' --user LINUX1
    out_has "FACILITY   APP.PAYROLL.\* \(G\)"
    out_has "LEVEL  OWNER      UNIVERSAL ACCESS  YOUR ACCESS  WARNING"
    out_has " 00    IBMUSER +NONE +READ +NO"
    out_has "FAILURES\(READ\)"
    out_has "PAYROLL +READ +000000" ;;
rlist_dataset)
    run 0 rlist --db "$DEMO" DATASET 'payroll.master.**'
    out_has "INFORMATION FOR DATASET PAYROLL.MASTER.\*\* \(G\)"
    out_has "PAYROLL +UPDATE +000000" ;;
rlist_missing)
    run 4 rlist --db "$DEMO" FACILITY NO.SUCH.PROFILE
    out_has "ICH13003I NO.SUCH.PROFILE NOT FOUND"
    run 2 rlist --db "$DEMO" NOCLASS X
    err_has "^zsie: E244 " ;;
listuser)
    run 0 listuser --db "$DEMO" linux1
    out_has "USER=LINUX1    NAME=Linux guest one       OWNER=IBMUSER   CREATED=[0-9]{2}\.[0-9]{3}"
    out_has " DEFAULT-GROUP=LINUX +PASSDATE=N/A.*"
    out_has " ATTRIBUTES=NONE"
    out_has "  GROUP=PAYROLL +AUTH=USE +CONNECT-OWNER=PAYROLL +CONNECT-DATE=[0-9.]+"
    run 0 listuser --db "$DEMO" AUDITR
    out_has " ATTRIBUTES=AUDITOR"
    run 0 listuser --db "$DEMO" GONE
    out_has " ATTRIBUTES=REVOKED" ;;
listuser_missing)
    run 4 listuser --db "$DEMO" NOBODY
    out_has "ICH30001I UNABLE TO LOCATE USER ENTRY NOBODY" ;;
bad_database)
    printf 'ADDUSER A\n\nPERMIT X CLASS(FACILITY) ID(A) ACCESS(READ)\n' >bad.racf
    run 2 check --db bad.racf A FACILITY X READ
    one_line_err
    err_has "^zsie: bad.racf:3: E215 PERMIT: discrete profile X not defined in class FACILITY$"
    printf 'ADDUSER A NAME(\x27unclosed)\n' >bad2.racf
    run 2 listuser --db bad2.racf A
    one_line_err
    err_has "^zsie: bad2.racf:1: E201 " ;;
missing_database)
    run 2 check --db /nonexistent/db.racf A FACILITY X READ
    one_line_err
    err_has "^zsie: /nonexistent/db.racf: E200 cannot open" ;;
usage_errors)
    run 2 check --db "$DEMO" A FACILITY X
    err_has "^zsie: E240 racf check: needs USER CLASS RESOURCE ACCESS"
    run 2 check --db "$DEMO" A FACILITY X WRITE
    err_has "^zsie: E241 "
    run 2 check A FACILITY X READ
    err_has "^zsie: E240 racf check: --db FILE is required"
    run 2 frobnicate
    err_has "^zsie: E240 racf: unknown subcommand 'frobnicate'"
    run 2 check --db "$DEMO" --bogus A FACILITY X READ
    err_has "^zsie: E240 racf: unknown option '--bogus'"
    run 2 check --db
    err_has "^zsie: E240 racf: option --db needs a value"
    run 2
    one_line_err ;;
help)
    run 0 --help
    out_has "  zsie racf check --db FILE USER CLASS RESOURCE ACCESS \[--explain\] \[--status\]"
    "$ZSIE" --help >out 2>err || fail "zsie --help failed"
    grep -q "zsie racf check|rlist|listuser" out || fail "zsie --help lacks racf" ;;
*)
    fail "no such case" ;;
esac
exit 0

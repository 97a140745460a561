#!/bin/bash
# Crash test of the SMF data set: crash.sh ZSIE HELPER WORKDIR
# Eight threads write records and print each sequence number that smf_write acknowledged; the
# writer is killed with SIGKILL mid-storm, three times over the same data set.  Afterwards the
# data set must parse from end to end and hold every acknowledged record exactly once.
set -u
ZSIE=$1 HELPER=$2 WORK=$3
rm -rf "$WORK" && mkdir -p "$WORK" && cd "$WORK" || exit 99
fail() { echo "FAIL [crash]: $*"; exit 1; }

: >acks
for round in 1 2 3; do
    "$HELPER" storm SMF 8 "$round" >"acks.$round" 2>"err.$round" &
    pid=$!
    sleep 1.$((round * 3))
    kill -KILL "$pid"
    wait "$pid" 2>/dev/null
    [ -s "acks.$round" ] || fail "round $round acknowledged nothing ($(cat "err.$round"))"
    # a line cut by the kill is not an acknowledgement
    grep -E '^ack [0-9]+$' "acks.$round" >>acks
    "$HELPER" recover SMF >"recover.$round" 2>&1 || fail "recovery after round $round: $(cat "recover.$round")"
done

: >all.json
for f in SMF SMF.*; do
    [ -e "$f" ] || continue
    "$ZSIE" smf export --json "$f" >>all.json 2>export.err || fail "export of $f: status $? $(cat export.err)"
done
sed -n 's/.*"event_code":\([0-9]*\).*/\1/p' all.json | sort >present
sort -u present >present.u
[ "$(wc -l <present)" = "$(wc -l <present.u)" ] || fail "a record is in the data set twice"
sed 's/^ack //' acks | sort -u >acked
missing=$(comm -23 acked present.u | head -5)
[ -z "$missing" ] || fail "acknowledged records missing: $missing"
n=$(wc -l <acked)
[ "$n" -gt 1000 ] || fail "only $n records acknowledged"
files=$(ls SMF* | wc -l)
echo "crash: $n acknowledged records all present, $(wc -l <present) in $files files"

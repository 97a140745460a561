# Shell helpers shared by the command-line test scripts (tests/*/cases.sh), sourced after the
# script has made and entered its work folder; a case's output is in ./out and ./err.

# fail MESSAGE: the case fails, with what the command printed
fail() { echo "FAIL [$CASE]: $*"; echo "--- stdout"; cat out 2>/dev/null; echo "--- stderr"; cat err 2>/dev/null; exit 1; }

# hexput FILE OFFSET HEX...: write the bytes at OFFSET of FILE (spaces ignored; FILE made if needed)
hexput() {
    local f=$1 off=$2 hex esc='' b
    shift 2
    hex=$(echo "$*" | tr -d ' ')
    while [ -n "$hex" ]; do
        b=${hex:0:2}
        hex=${hex:2}
        esc+="\\$(printf '%03o' "0x$b")"
    done
    [ -e "$f" ] || : >"$f"
    printf "$esc" | dd of="$f" bs=1 seek="$off" conv=notrunc 2>/dev/null
}

# A real NATS server for the distributed tests: nats-server with JetStream on a free loopback
# port, its store in the case's work folder.  Sourced by tests/*/cases.sh after tests/lib.sh;
# the server is killed when the case's shell exits.
#   nats_start [CONFIG-LINES]   start (again: same port and store); sets NATS_URL NATS_PORT NATS_PID
#   nats_kill                   SIGKILL, as a crash
#   nats_stop                   SIGTERM, and wait
NATS_SERVER=${NATS_SERVER:-$(command -v nats-server)}
NATS_PID=
NATS_PORT=

nats_free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

nats_start() {
    [ -x "$NATS_SERVER" ] || { echo "no nats-server: skipped"; exit 77; }
    [ -n "$NATS_PORT" ] || NATS_PORT=$(nats_free_port)
    mkdir -p "$PWD/nats-store"
    {
        printf 'listen: "127.0.0.1:%s"\n' "$NATS_PORT"
        printf 'server_name: zsie_test\n'
        printf 'jetstream { store_dir: "%s", max_memory_store: 64MB, max_file_store: 256MB }\n' "$PWD/nats-store"
        [ $# -gt 0 ] && printf '%s\n' "$@"
    } >nats.conf
    "$NATS_SERVER" -c nats.conf >>nats.log 2>&1 &
    NATS_PID=$!
    local i
    for i in $(seq 1 100); do
        grep -q "Server is ready" nats.log 2>/dev/null && [ "$(grep -c 'Server is ready' nats.log)" -ge "${NATS_STARTS:-1}" ] && break
        kill -0 "$NATS_PID" 2>/dev/null || fail "nats-server did not start: $(tail -5 nats.log)"
        sleep 0.1
    done
    NATS_STARTS=$(( ${NATS_STARTS:-1} + 1 ))
    NATS_URL=nats://127.0.0.1:$NATS_PORT
    trap 'nats_kill' EXIT
}

nats_kill() {
    [ -n "$NATS_PID" ] && kill -KILL "$NATS_PID" 2>/dev/null && wait "$NATS_PID" 2>/dev/null
    NATS_PID=
    return 0
}

nats_stop() {
    [ -n "$NATS_PID" ] && kill -TERM "$NATS_PID" 2>/dev/null && wait "$NATS_PID" 2>/dev/null
    NATS_PID=
    return 0
}

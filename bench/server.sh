# Sourced by the bench scripts: starts Lede the way the image does (docker/entrypoint.sh) on the PostgreSQL
# database $db, port $port, and times it to the first 200 from /q/health/ready. Callers export JAVA_OPTS and any
# LEDE_* settings of their own; the argument of start_server is the class-archive directory, if any.
server=""
ready_ms=0

start_server() {
    local started
    started=$(date +%s%N)
    LEDE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" LEDE_DB_USER=postgres PORT=$port \
        LEDE_APP_DIR=${BENCH_APP_DIR:-target/quarkus-app} LEDE_CDS_DIR="${1:-}" docker/entrypoint.sh >>"/tmp/$db.log" 2>&1 &
    server=$!
    until curl -fs -o /dev/null "http://127.0.0.1:$port/q/health/ready"; do
        kill -0 "$server" 2>/dev/null || { cat "/tmp/$db.log"; exit 1; }
        sleep 0.02
    done
    ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))
}

stop_server() {
    [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
    server=""
}

#!/usr/bin/env bash
# Start-to-ready of the built jar on PostgreSQL: launch to the first 200 from /q/health/ready, started the way the
# image starts it (docker/entrypoint.sh). First without a class archive, then once to record one, then with it.
# The database is migrated by the first start; everything is cleaned up at the end.
#
#   bench/startup.sh [runs]     BENCH_JAVA_OPTS overrides the JVM options, JAVA_HOME picks the JVM,
#                               BENCH_SKIP_BUILD=1 reuses the jar
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${1:-5}"
port=18081
db="lede_startup_$$"
cds_dir="$PWD/target/startup-cds"
psql_cmd=(psql -q -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1)
export JAVA_OPTS="${BENCH_JAVA_OPTS:--Xms64m -Xmx160m -XX:+UseSerialGC -XX:TrimNativeHeapInterval=1000}"

pg_isready -q -h 127.0.0.1 -p 5432 || pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
# shellcheck source=bench/server.sh
. bench/server.sh
cleanup() {
    stop_server
    "${psql_cmd[@]}" -d postgres -c "drop database if exists $db" 2>/dev/null || true
    rm -rf "$cds_dir"
}
trap cleanup EXIT

[ "${BENCH_SKIP_BUILD:-}" = 1 ] || ./mvnw -B -q package -DskipTests -Dspotless.check.skip=true
"${psql_cmd[@]}" -d postgres -c "create database $db"
rm -rf "$cds_dir"

export LEDE_HASH_KEY=startup
start() { # label, then the class-archive directory or nothing
    start_server "${2:-}"
    curl -fs -o /dev/null "http://127.0.0.1:$port/api/v1/articles"
    stop_server
    echo "$1: ready in $ready_ms ms"
}

echo "$("${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 | head -1); JVM options: $JAVA_OPTS"
start "migrating a fresh database"
for run in $(seq 1 "$runs"); do start "without a class archive, run $run"; done
start "recording the class archive" "$cds_dir"
for run in $(seq 1 "$runs"); do start "with the class archive, run $run" "$cds_dir"; done

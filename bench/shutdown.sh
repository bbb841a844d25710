#!/usr/bin/env bash
# Lede stopped with SIGTERM while readers post comments as fast as they can. Starts the built jar on a fresh
# PostgreSQL database, runs parallel posting loops (curl, no Idempotency-Key: each post is a new comment), sends
# SIGTERM after a few seconds and lets the loops run until the server has gone. Then it checks every attempt
# against the database and prints: posts acknowledged (201) and whether each is stored; requests cut with no answer
# and how many of them were committed anyway (the defect graceful shutdown prevents); posts refused with 503 while
# draining; and how long readiness took to go down and the process to exit.
#
#   bench/shutdown.sh [posting loops] [seconds before SIGTERM]        e.g. bench/shutdown.sh 16 5
#
# LEDE_APP_DIR picks the quarkus-app directory to run (default target/quarkus-app, built when missing);
# BENCH_PORT the port (default 18082); BENCH_DB the database name (default lede_shutdown_<pid>; created and
# dropped). LEDE_SHUTDOWN_DELAY and LEDE_SHUTDOWN_TIMEOUT pass through. Needs PostgreSQL on 127.0.0.1:5432 with
# trust auth for user postgres, and curl.
set -euo pipefail
cd "$(dirname "$0")/.."

loops_wanted="${1:-16}"
before="${2:-5}"
port="${BENCH_PORT:-18082}"
db="${BENCH_DB:-lede_shutdown_$$}"
app_dir="${LEDE_APP_DIR:-target/quarkus-app}"
base="http://127.0.0.1:$port"
work=$(mktemp -d)
psql_cmd=(psql -q -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1)
token="$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')"
server="" loops=()

cleanup() {
    for pid in "${loops[@]}"; do kill "$pid" 2>/dev/null || true; done
    [ -n "$server" ] && kill -9 "$server" 2>/dev/null || true
    "${psql_cmd[@]}" -d postgres -c "drop database if exists $db" 2>/dev/null || true
    [ -n "${BENCH_KEEP:-}" ] && cp -r "$work" "$BENCH_KEEP"
    rm -rf "$work"
}
trap cleanup EXIT

[ -f "$app_dir/quarkus-run.jar" ] || ./mvnw -B -q package -DskipTests -Dspotless.check.skip=true
"${psql_cmd[@]}" -d postgres -c "create database $db"

LEDE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" LEDE_DB_USER=postgres PORT=$port LEDE_HASH_KEY=bench \
    LEDE_ADMIN_TOKEN="$token" LEDE_COMMENTS_PER_IP=1000000000 LEDE_COMMENTS_PER_EMAIL=1000000000 \
    java ${JAVA_OPTS:--Xms64m -Xmx160m -XX:+UseSerialGC} -jar "$app_dir/quarkus-run.jar" >"$work/server.log" 2>&1 &
server=$!
until curl -fs -o /dev/null "$base/q/health/ready"; do
    kill -0 "$server" 2>/dev/null || { cat "$work/server.log"; exit 1; }
    sleep 0.1
done

staff=(-H "Authorization: Bearer $token" -H 'Content-Type: application/json')
id=$(curl -fs "${staff[@]}" -d '{"title":"The last ferry before the shutdown","body":"A story to comment on."}' \
    "$base/api/v1/admin/articles" | sed -n 's/.*"id":\([0-9]*\).*/\1/p')
slug=$(curl -fs "${staff[@]}" -X POST "$base/api/v1/admin/articles/$id/publish" | sed -n 's/.*"slug":"\([^"]*\)".*/\1/p')

now_ms() { date +%s%3N; }

post_loop() { # name: posts until the server refuses connections; one line per attempt: marker, curl exit, status,
    # when it was sent and when it ended
    local name=$1 n=0
    while :; do
        n=$((n + 1))
        local marker="$name-$n" status rc=0 started
        started=$(now_ms)
        status=$(curl -s -o /dev/null -m 60 -w '%{http_code}' -H 'Content-Type: application/json' \
            -d "{\"authorName\":\"Late reader\",\"authorEmail\":\"$marker@bench.example\",\"body\":\"Posted as the server stops, marked $marker.\"}" \
            "$base/api/v1/articles/$slug/comments") || rc=$?
        echo "$marker $rc $status $started $(now_ms)" >>"$work/$name"
        [ "$rc" = 7 ] && break
    done
}

readiness_loop() {
    while :; do
        echo "$(now_ms) $(curl -s -o /dev/null -m 5 -w '%{http_code}' "$base/q/health/ready" || true)" >>"$work/readiness"
        sleep 0.1
    done
}

for i in $(seq 1 "$loops_wanted"); do
    post_loop "poster$i" &
    loops+=($!)
done
readiness_loop &
readiness=$!

sleep "$before"
term_ms=$(now_ms)
kill -TERM "$server"
wait "$server" || true
exit_ms=$(now_ms)
server=""
sleep 1
kill "$readiness" 2>/dev/null || true
for pid in "${loops[@]}"; do kill "$pid" 2>/dev/null || true; done
loops=()

cat "$work"/poster* >"$work/attempts"
"${psql_cmd[@]}" -d "$db" -tA -c "select substring(body_markdown from 'marked (.*)\.$') from comment" | sort >"$work/stored"
awk 'NR == FNR { stored[$1] = 1; next }
    {
        marker = $1; rc = $2; status = $3; kept = (marker in stored)
        attempts++
        if (rc == 0 && status == 201) { acknowledged++; if (!kept) lost++ }
        else if (rc == 0 && status == 503) { refused++; if (kept) refusedKept++ }
        else if (rc == 7) { unreached++ }
        else if (rc != 0) { cut++; if (kept) cutKept++ }
        else { other[status]++ }
    }
    END {
        printf "Attempts: %d. Acknowledged (201): %d, of which missing from the database: %d.\n", attempts, acknowledged, lost
        printf "Cut with no answer: %d, of which committed anyway: %d.\n", cut, cutKept
        printf "Refused with 503 while draining: %d, of which stored: %d. Never reached the server: %d.\n", refused, refusedKept, unreached
        for (s in other) printf "Other answers: %d x %s\n", other[s], s
    }' "$work/stored" "$work/attempts" >"$work/summary"

down_ms=$(awk -v t="$term_ms" '$1 >= t && $2 == 503 { print $1 - t; exit }' "$work/readiness")
printf '\nLede stopped with SIGTERM under %s posting loops (%s); commit %s\n' "$loops_wanted" "$app_dir" "$(git rev-parse --short HEAD)"
printf 'Readiness down %s ms after SIGTERM; process exited %s ms after SIGTERM.\n' "${down_ms:-never}" "$((exit_ms - term_ms))"
cat "$work/summary"

#!/usr/bin/env bash
# Lede with its database taken away and brought back, under a steady load. Starts the built jar on a fresh
# PostgreSQL database reached through a TCP proxy this script controls, runs request loops — a cached public read,
# a staff read (never cached), readiness, and two readers posting comments, each post retried with its
# Idempotency-Key until it is taken — cuts the proxy (connections reset, new ones refused) for a while, restores
# it, and prints for each loop what it was answered while the database was away (statuses, slowest answer), how
# long after the database came back it first succeeded and last failed, and whether every acknowledged post is
# stored exactly once.
#
#   bench/outage.sh [seconds before] [seconds down] [seconds after]        e.g. bench/outage.sh 5 10 10
#
# LEDE_APP_DIR picks the quarkus-app directory to run (default target/quarkus-app, built when missing);
# BENCH_PORT the server's port (default 18081), BENCH_PROXY_PORT the proxy's (default port + 1), BENCH_DB the
# database name (default lede_outage_<pid>; created and dropped). Needs PostgreSQL on 127.0.0.1:5432 with trust
# auth for user postgres, curl and python3.
set -euo pipefail
cd "$(dirname "$0")/.."

before="${1:-5}"
down="${2:-10}"
after="${3:-10}"
port="${BENCH_PORT:-18081}"
proxy_port="${BENCH_PROXY_PORT:-$((port + 1))}"
db="${BENCH_DB:-lede_outage_$$}"
app_dir="${LEDE_APP_DIR:-target/quarkus-app}"
base="http://127.0.0.1:$port"
work=$(mktemp -d)
psql_cmd=(psql -q -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1)
token="$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')"
server="" proxy="" loops=()

cleanup() {
    for pid in "${loops[@]}"; do kill "$pid" 2>/dev/null || true; done
    [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
    [ -n "$proxy" ] && kill "$proxy" 2>/dev/null || true
    "${psql_cmd[@]}" -d postgres -c "drop database if exists $db" 2>/dev/null || true
    [ -n "${BENCH_KEEP:-}" ] && cp -r "$work" "$BENCH_KEEP"
    rm -rf "$work"
}
trap cleanup EXIT

[ -f "$app_dir/quarkus-run.jar" ] || ./mvnw -B -q package -DskipTests -Dspotless.check.skip=true
"${psql_cmd[@]}" -d postgres -c "create database $db"

# The proxy: SIGUSR1 cuts (resets every connection, refuses new ones), SIGUSR2 restores.
cat >"$work/proxy.py" <<'PY'
import asyncio, signal, sys
listen, target = int(sys.argv[1]), int(sys.argv[2])
state = {"cut": False}
pairs = set()
async def pipe(reader, writer):
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    except Exception:
        pass
    finally:
        writer.transport.abort()
async def handle(client_reader, client_writer):
    if state["cut"]:
        client_writer.transport.abort()
        return
    try:
        upstream_reader, upstream_writer = await asyncio.open_connection("127.0.0.1", target)
    except Exception:
        client_writer.transport.abort()
        return
    pair = (client_writer, upstream_writer)
    pairs.add(pair)
    await asyncio.gather(pipe(client_reader, upstream_writer), pipe(upstream_reader, client_writer))
    pairs.discard(pair)
def cut():
    state["cut"] = True
    for client, upstream in list(pairs):
        client.transport.abort()
        upstream.transport.abort()
def restore():
    state["cut"] = False
async def main():
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGUSR1, cut)
    loop.add_signal_handler(signal.SIGUSR2, restore)
    server = await asyncio.start_server(handle, "127.0.0.1", listen)
    async with server:
        await server.serve_forever()
asyncio.run(main())
PY
python3 "$work/proxy.py" "$proxy_port" 5432 &
proxy=$!
until (echo >"/dev/tcp/127.0.0.1/$proxy_port") 2>/dev/null; do sleep 0.1; done

LEDE_DB_URL="jdbc:postgresql://127.0.0.1:$proxy_port/$db" LEDE_DB_USER=postgres PORT=$port LEDE_HASH_KEY=bench \
    LEDE_ADMIN_TOKEN="$token" LEDE_COMMENTS_PER_IP=1000000000 LEDE_COMMENTS_PER_EMAIL=1000000000 \
    java ${JAVA_OPTS:--Xms64m -Xmx160m -XX:+UseSerialGC} -jar "$app_dir/quarkus-run.jar" >"$work/server.log" 2>&1 &
server=$!
until curl -fs -o /dev/null "$base/q/health/ready"; do
    kill -0 "$server" 2>/dev/null || { cat "$work/server.log"; exit 1; }
    sleep 0.1
done

staff=(-H "Authorization: Bearer $token" -H 'Content-Type: application/json')
id=$(curl -fs "${staff[@]}" -d '{"title":"The harbour through an outage","body":"A story to read while the database is away."}' \
    "$base/api/v1/admin/articles" | sed -n 's/.*"id":\([0-9]*\).*/\1/p')
slug=$(curl -fs "${staff[@]}" -X POST "$base/api/v1/admin/articles/$id/publish" | sed -n 's/.*"slug":"\([^"]*\)".*/\1/p')
curl -fs -o /dev/null "$base/api/v1/articles/$slug"

now_ms() { date +%s%3N; }

read_loop() { # name url [curl options...]
    local name=$1 url=$2
    shift 2
    while :; do
        local started
        started=$(now_ms)
        echo "$started $(curl -s -o /dev/null -m 30 -w '%{http_code} %{time_total}' "$@" "$url")" >>"$work/$name"
        sleep 0.05
    done
}

post_loop() { # name
    local name=$1 n=0
    while :; do
        n=$((n + 1))
        local marker="$name-$n-$$"
        while :; do
            local started answer
            started=$(now_ms)
            answer=$(curl -s -o "$work/$name.body" -m 30 -w '%{http_code} %{time_total}' -H 'Content-Type: application/json' \
                -H "Idempotency-Key: $marker" \
                -d "{\"authorName\":\"Steady reader\",\"authorEmail\":\"$marker@bench.example\",\"body\":\"Posted through the outage, marked $marker.\"}" \
                "$base/api/v1/articles/$slug/comments") || true
            echo "$started $answer" >>"$work/$name"
            if [ "${answer%% *}" = 201 ]; then
                echo "$marker $(sed -n 's/^{"id":\([0-9]*\).*/\1/p' "$work/$name.body")" >>"$work/acknowledged"
                break
            fi
            sleep 0.1
        done
    done
}

touch "$work/acknowledged"
read_loop cached-read "$base/api/v1/articles/$slug" & loops+=($!)
read_loop staff-read "$base/api/v1/admin/articles/$id" -H "Authorization: Bearer $token" & loops+=($!)
read_loop readiness "$base/q/health/ready" & loops+=($!)
post_loop posts-a & loops+=($!)
post_loop posts-b & loops+=($!)

sleep "$before"
cut_ms=$(now_ms)
kill -USR1 "$proxy"
sleep "$down"
restore_ms=$(now_ms)
kill -USR2 "$proxy"
sleep "$after"
for pid in "${loops[@]}"; do kill "$pid" 2>/dev/null || true; done
loops=()
sleep 0.5
cat "$work/posts-a" "$work/posts-b" >"$work/posts"

printf '\nLede with its database away for %s s (%s); commit %s\n\n' "$down" "$app_dir" "$(git rev-parse --short HEAD)"
printf '| %-12s | %-36s | %13s | %22s | %21s |\n' loop "answers while the database was away" "slowest, s" \
    "first success after, ms" "last failure after, ms"
printf '|%s|%s|%s|%s|%s|\n' --------------  -------------------------------------- --------------- \
    ------------------------ -----------------------
for name in cached-read staff-read readiness posts; do
    awk -v cut="$cut_ms" -v back="$restore_ms" -v name="$name" '
        { t = $1; status = $2; took = $3 }
        t >= cut && t < back { count[status]++; if (took > slowest) slowest = took }
        t >= back && status ~ /^2/ && (first == "" || t - back < first) { first = t - back }
        t >= back && status !~ /^2/ && (last == "" || t - back > last) { last = t - back }
        END {
            answers = ""
            for (s in count) answers = answers (answers == "" ? "" : ", ") count[s] " × " (s == "000" ? "no answer" : s)
            printf "| %-12s | %-36s | %13.3f | %22s | %21s |\n", name, answers, slowest, first == "" ? "never" : first, last == "" ? "none" : last
        }' "$work/$name"
done

acknowledged=$(wc -l <"$work/acknowledged")
stored=0 missing=0 duplicated=0
while read -r marker comment_id; do
    count=$("${psql_cmd[@]}" -d "$db" -tA -c "select count(*) from comment where body_markdown = 'Posted through the outage, marked $marker.'")
    if [ "$count" = 0 ]; then missing=$((missing + 1)); elif [ "$count" -gt 1 ]; then duplicated=$((duplicated + 1)); else stored=$((stored + 1)); fi
done <"$work/acknowledged"
printf '\nPosts acknowledged with 201: %s; stored once: %s; missing: %s; stored more than once: %s\n' \
    "$acknowledged" "$stored" "$missing" "$duplicated"

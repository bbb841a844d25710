#!/usr/bin/env bash
# Lede's benchmark: build the jar, start it on PostgreSQL with a generated data set, warm it up, run wrk against
# each hot endpoint and print one table, each endpoint's throughput as a fraction of a constant-JSON ceiling
# measured in the same run, and of nginx serving the same bytes from files right after it (bench/nginx.sh: the
# physical limit). Everything it starts is stopped, and its database dropped, when it ends.
#
#   bench/run.sh [articles] [seconds per endpoint]      e.g. bench/run.sh 100000 10
#
# Needs PostgreSQL on 127.0.0.1:5432 with trust auth for user postgres (as on the project's machines), wrk and
# nginx (both installed from Debian's packages when missing); nginx listens on BENCH_PORT + 1. BENCH_JAVA_OPTS
# overrides the JVM options, which default to the ones measured best on 2 cores (see RESULTS.md); JAVA_HOME picks
# the JVM; BENCH_SKIP_BUILD=1 reuses the jar; BENCH_PORT (default 18080) and BENCH_DB (default lede_bench_<pid>)
# keep concurrent runs apart; BENCH_ONLY (a regular expression) runs only the endpoints whose name matches, with the
# ceiling.
set -euo pipefail
cd "$(dirname "$0")/.."

articles="${1:-1000}"
seconds="${2:-10}"
threads=2
connections=32
port="${BENCH_PORT:-18080}"
db="${BENCH_DB:-lede_bench_$$}"
base="http://127.0.0.1:$port"
psql_cmd=(psql -q -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1)
cds_dir="$PWD/target/bench-cds"

command -v wrk >/dev/null || { apt-get install -y -qq wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }; }
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

# The first start, which migrates the fresh database, records an archive of the classes this build loads
# (docker/entrypoint.sh, as in the image); the measured start uses it, as every start after a deployment's first
# does. Both come before the data is generated, so PostgreSQL is not busy with the bulk load.
rm -rf "$cds_dir"
export LEDE_HASH_KEY=bench LEDE_COMMENTS_PER_IP=1000000000 LEDE_COMMENTS_PER_EMAIL=1000000000
LEDE_ADMIN_TOKEN="$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')"
export LEDE_ADMIN_TOKEN
export JAVA_OPTS="${BENCH_JAVA_OPTS:--Xms64m -Xmx160m -XX:+UseSerialGC -XX:TrimNativeHeapInterval=1000}"
start_server "$cds_dir"
first_ready_ms=$ready_ms
for path in ping articles articles/none people tags quotes; do
    curl -s -o /dev/null "$base/api/v1/$path"
done
sleep 2 # the background warm-up of the public reads
stop_server
start_server "$cds_dir"

generated=$(date +%s)
"${psql_cmd[@]}" -d "$db" -v articles="$articles" -f bench/generate.sql
generate_s=$(( $(date +%s) - generated ))

newest=$("${psql_cmd[@]}" -d "$db" -tA -c "select slug from article order by publish_at desc, id desc limit 1")
quoted=$("${psql_cmd[@]}" -d "$db" -tA -c "select a.slug from article a join quote q on q.article_id = a.id order by a.publish_at desc limit 1")
deep_page=$(( articles / 20 > 1000 ? 1000 : articles / 20 ))
deep_cursor=$("${psql_cmd[@]}" -d "$db" -tA -c "
    select rtrim(translate(encode(convert_to(id || ':' || (extract(epoch from publish_at)::bigint * 1000000), 'UTF8'),
           'base64'), '+/', '-_'), '=')
    from article order by publish_at desc, id desc offset $(( (deep_page - 1) * 20 - 1 )) limit 1")
etag=$(curl -fsI "$base/api/v1/articles/$newest" | tr -d '\r' | awk -F': ' 'tolower($1) == "etag" {print $2}')

# A partner with a key whose quota the benchmark cannot exhaust: quotas are counted, never refused.
partner=$(curl -fs -H "Authorization: Bearer $LEDE_ADMIN_TOKEN" -H 'Content-Type: application/json' \
    -d '{"name":"Bench Wire","contact":"bench@wire.example","tier":"standard","formats":["json"]}' \
    "$base/api/v1/admin/partners" | sed -E 's/^\{"id":([0-9]+).*/\1/')
partner_key=$(curl -fs -H "Authorization: Bearer $LEDE_ADMIN_TOKEN" -H 'Content-Type: application/json' \
    -d '{"name":"bench","plan":{"requests":1000000000,"windowSeconds":60,"burst":1000000000}}' \
    "$base/api/v1/admin/partners/$partner/keys" | sed -E 's/.*"key":"([^"]+)".*/\1/')

endpoints=( # name|url|request header or POST|the same bytes from nginx (a captured answer's name)
    "ceiling (constant JSON)|$base/api/v1/ping||ping"
    "article by slug|$base/api/v1/articles/$newest||article"
    "article, If-None-Match (304)|$base/api/v1/articles/$newest|If-None-Match: $etag|article-304"
    "first list page|$base/api/v1/articles||list"
    "list page $deep_page by cursor|$base/api/v1/articles?cursor=$deep_cursor||deep-list"
    "list filtered by tag|$base/api/v1/articles?tag=tag-7||tag-list"
    "an article's quotes|$base/api/v1/articles/$quoted/quotes||quotes"
    "first comment page (20k comments)|$base/api/v1/articles/$newest/comments||comments"
    "post a comment|$base/api/v1/articles/$newest/comments|POST|"
    "partner: article by slug|$base/api/v1/partner/articles/$newest|Authorization: Bearer $partner_key|partner-article"
    "partner: first list page|$base/api/v1/partner/articles|Authorization: Bearer $partner_key|partner-list"
    "feed: Atom, every article|$base/feeds/articles.atom||feed-atom"
    "feed: JSON Feed, a tag|$base/feeds/tags/tag-7.json||feed-json"
)

if [ -n "${BENCH_ONLY:-}" ]; then # e.g. BENCH_ONLY=post: the ceiling and the endpoints whose name matches
    selected=("${endpoints[0]}")
    for entry in "${endpoints[@]:1}"; do
        [[ "${entry%%|*}" =~ $BENCH_ONLY ]] && selected+=("$entry")
    done
    endpoints=("${selected[@]}")
fi

run_wrk() { # url header duration
    if [ "$2" = POST ]; then
        wrk -t"$threads" -c"$connections" -d"$3" --latency -s bench/post-comment.lua "$1"
    elif [ -n "$2" ]; then
        wrk -t"$threads" -c"$connections" -d"$3" --latency -H "$2" "$1"
    else
        wrk -t"$threads" -c"$connections" -d"$3" --latency "$1"
    fi
}

for entry in "${endpoints[@]}"; do   # warm-up: JIT, pools, caches
    IFS='|' read -r _ url header _ <<<"$entry"
    run_wrk "$url" "$header" 3s >/dev/null
done

# shellcheck source=bench/nginx.sh
. bench/nginx.sh
nginx_port=$((port + 1))
for entry in "${endpoints[@]}"; do   # the bytes of each GET answer, for nginx to serve
    IFS='|' read -r _ url header same <<<"$entry"
    case "$same" in
        "" | *-304) ;;
        *) if [[ "$header" == Authorization:* ]]; then nginx_capture "$same" "$url" "$header"; else nginx_capture "$same" "$url"; fi ;;
    esac
done
nginx_start "$nginx_port"
trap 'nginx_stop; cleanup' EXIT
nginx_url() { # name of a captured answer (name-304: the same, conditional) -> url|header
    case "$1" in
        *-304) echo "http://127.0.0.1:$nginx_port/${1%-304}|If-None-Match: $(nginx_etag "${1%-304}")" ;;
        *) echo "http://127.0.0.1:$nginx_port/$1|" ;;
    esac
}
for entry in "${endpoints[@]}"; do   # nginx's warm-up
    IFS='|' read -r _ _ _ same <<<"$entry"
    [ -n "$same" ] || continue
    IFS='|' read -r url header <<<"$(nginx_url "$same")"
    run_wrk "$url" "$header" 1s >/dev/null
done

max_rss=0
results=()
notes=()
measure() { # url header -> rps|p50|p99|errors, and a note when some answers were errors
    local out rps p50 p99 non2xx socket
    out=$(run_wrk "$1" "$2" "${seconds}s")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    non2xx=$(awk '/Non-2xx or 3xx/ {print $NF}' <<<"$out")
    socket=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' <<<"$out")
    measured="$rps|$p50|$p99|$(( ${non2xx:-0} + ${socket:-0} ))"
    measured_note=""
    if (( ${non2xx:-0} + ${socket:-0} > 0 )); then
        measured_note="${non2xx:-0} answers other than 2xx or 3xx; $(awk '/Socket errors/ {sub(/^ */, ""); print}' <<<"$out")"
    fi
}
for entry in "${endpoints[@]}"; do
    IFS='|' read -r name url header same <<<"$entry"
    measure "$url" "$header"
    rss=$(ps -o rss= -p "$server" | tr -d ' ')
    (( rss > max_rss )) && max_rss=$rss
    [ -z "$measured_note" ] || notes+=("$name: $measured_note")
    lede="$measured"
    nginx_rps=""
    if [ -n "$same" ]; then   # the same bytes from nginx, right after, under the same conditions
        IFS='|' read -r nurl nheader <<<"$(nginx_url "$same")"
        measure "$nurl" "$nheader"
        [ -z "$measured_note" ] || notes+=("nginx, $name: $measured_note")
        nginx_rps=$(cut -d'|' -f1 <<<"$measured")
    fi
    results+=("$name|$lede|$nginx_rps")
done
# The ceiling again, now that every path is compiled: the first measurement runs while the JIT is still at work, so
# the ratios use the higher of the two.
IFS='|' read -r _ url header _ <<<"${endpoints[0]}"
measure "$url" "$header"
ceiling_again=$(cut -d'|' -f1 <<<"$measured")
nginx_stop

ceiling_first=$(cut -d'|' -f2 <<<"${results[0]}")
ceiling=$(awk -v a="$ceiling_first" -v b="$ceiling_again" 'BEGIN {print (b > a ? b : a)}')
printf '\nLede benchmark: %s articles, %s s per endpoint, wrk -t%s -c%s, %s cores; commit %s\n' \
    "$articles" "$seconds" "$threads" "$connections" "$(nproc)" "$(git rev-parse --short HEAD)"
printf 'start to ready: %s ms with the class archive (%s ms for the first start, which records it); %s\n' \
    "$ready_ms" "$first_ready_ms" "$("${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 | head -1)"
printf 'data generated in %s s; peak resident memory under load: %s MB; JVM options: %s\n\n' \
    "$generate_s" "$(( max_rss / 1024 ))" "$JAVA_OPTS"
printf 'ceiling (constant JSON through Quarkus REST): %s requests/s first, %s at the end; shares below are of %s\n\n' \
    "$ceiling_first" "$ceiling_again" "$ceiling"
printf '| %-32s | %10s | %9s | %9s | %6s | %10s | %10s | %8s |\n' endpoint requests/s p50 p99 errors "of ceiling" \
    "nginx r/s" "of nginx"
printf '|%s|%s|%s|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..34})" "$(printf -- '-%.0s' {1..12})" \
    "$(printf -- '-%.0s' {1..11})" "$(printf -- '-%.0s' {1..11})" "$(printf -- '-%.0s' {1..8})" "$(printf -- '-%.0s' {1..12})" \
    "$(printf -- '-%.0s' {1..12})" "$(printf -- '-%.0s' {1..10})"
for row in "${results[@]}"; do
    IFS='|' read -r name rps p50 p99 errors nginx_rps <<<"$row"
    share=$(awk -v r="$rps" -v c="$ceiling" 'BEGIN {printf "%.0f%%", 100 * r / c}')
    of_nginx=""
    [ -z "$nginx_rps" ] || of_nginx=$(awk -v r="$rps" -v n="$nginx_rps" 'BEGIN {printf "%.0f%%", 100 * r / n}')
    printf '| %-32s | %10s | %9s | %9s | %6s | %10s | %10s | %8s |\n' "$name" "$rps" "$p50" "$p99" "$errors" "$share" \
        "$nginx_rps" "$of_nginx"
done
for note in "${notes[@]}"; do echo "$note"; done
echo
echo "Posted comments are screened like any other: the benchmark's posts differ only by a number, so they are held as near-duplicates (still 201)."

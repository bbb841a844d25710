#!/usr/bin/env bash
# Statements per posted comment, counted by PostgreSQL itself: the jar runs on a fresh database whose sessions log
# every statement (log_statement = all, set on that database only), posts comments one after another the way the
# benchmark does, and counts what the server log shows between two markers. The content-version poll and other
# background chores are left out of the count (they do not grow with posts). Needs read access to the server log.
#
#   bench/statements.sh [posts]        BENCH_SKIP_BUILD=1 reuses the jar, BENCH_APP_DIR picks another build,
#                                      BENCH_PORT (default 18082) and BENCH_DB (default lede_statements_<pid>)
set -euo pipefail
cd "$(dirname "$0")/.."

posts="${1:-50}"
port="${BENCH_PORT:-18082}"
db="${BENCH_DB:-lede_statements_$$}"
base="http://127.0.0.1:$port"
psql_cmd=(psql -q -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1)
log="${PG_LOG:-$(ls -t /var/log/postgresql/postgresql-*-main.log | head -1)}"

pg_isready -q -h 127.0.0.1 -p 5432 || pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
# shellcheck source=bench/server.sh
. bench/server.sh
cleanup() {
    stop_server
    "${psql_cmd[@]}" -d postgres -c "drop database if exists $db" 2>/dev/null || true
}
trap cleanup EXIT

[ "${BENCH_SKIP_BUILD:-}" = 1 ] || ./mvnw -B -q package -DskipTests -Dspotless.check.skip=true
"${psql_cmd[@]}" -d postgres -c "create database $db"
"${psql_cmd[@]}" -d postgres -c "alter database $db set log_statement = 'all'"
export LEDE_HASH_KEY=bench LEDE_COMMENTS_PER_IP=1000000000 LEDE_COMMENTS_PER_EMAIL=1000000000
LEDE_ADMIN_TOKEN="$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')"
export LEDE_ADMIN_TOKEN
export JAVA_OPTS="${BENCH_JAVA_OPTS:--Xms64m -Xmx160m -XX:+UseSerialGC}"
start_server
"${psql_cmd[@]}" -d "$db" -v articles=10 -f bench/generate.sql >/dev/null
# The generated comments are dated after now, so the posts below would never be among the most recent ones that
# duplicates are judged against; on a live site each post is, so they go.
"${psql_cmd[@]}" -d "$db" -c "delete from comment"
slug=$("${psql_cmd[@]}" -d "$db" -tA -c "select slug from article order by publish_at desc, id desc limit 1")

post() { # n [extra curl arguments]
    local n=$1
    shift
    curl -fs -o /dev/null "$@" -H 'Content-Type: application/json' "$base/api/v1/articles/$slug/comments" \
        -d "{\"authorName\":\"Bench reader $n\",\"authorEmail\":\"reader$n@bench.example\",\"body\":\"Comment $n: the late ferry should keep running through the winter.\"}"
}

count() { # label, commands that post
    local label=$1 from to
    from=$(wc -l <"$log")
    "${psql_cmd[@]}" -d "$db" -c "select 'statements-from-$label'"
    eval "$2"
    "${psql_cmd[@]}" -d "$db" -c "select 'statements-to-$label'"
    sleep 0.5
    to=$(wc -l <"$log")
    tail -n +"$from" "$log" | head -n $((to - from + 1)) \
        | awk -v db="@$db " -v label="$label" -v posts="$posts" '
            index($0, "statements-from-" label) { on = 1; next }
            index($0, "statements-to-" label) { on = 0 }
            on && index($0, db) && / LOG:  (statement|execute [^:]*):/ {
                if ($0 ~ /from content_change where id = 1|comments_changed_at >|rate_limit_usage where resets_at|idempotency_record where expires_at|: select version from comment_spam_model where id = 1$/) next
                sub(/^.* LOG:  (statement|execute [^:]*): /, "")
                n++; seen[$0]++
            }
            END { printf "%s: %d statements for %d posts, %.2f per post\n", label, n, posts, n / posts
                  for (s in seen) printf "  %6d  %s\n", seen[s], substr(s, 1, 150) }'
}

for i in 1 2 3 4 5; do post "warm$i"; done # first-use paths (prepared statements, caches) out of the count
count plain "for i in \$(seq 1 $posts); do post p\$i; done"
count idempotent "for i in \$(seq 1 $posts); do post k\$i -H \"Idempotency-Key: key-\$i\"; done"

#!/usr/bin/env bash
# Search benchmark: bench/search.sh [articles] [quotations]
# Builds the jar, generates the data set in SQL on a fresh PostgreSQL database (127.0.0.1:5432, user postgres; with
# BENCH_REUSE=1 it uses the database $BENCH_DB from an earlier run and generates nothing; BENCH_KEEP=1 keeps it),
# starts Lede on it, and times 200 fixed queries in each of seven classes, each query asked once (uncached), then
# all of them again (answered from the cache), and the ceiling (/api/v1/ping) the same way. Prints p50 and p95 in
# milliseconds per class, the cached p50 as a multiple of the ceiling's, and the load average before and after.
# Every query is a distinct URL, so the first pass never hits the response cache. BENCH_ONLY_GENERATE=1 stops
# after generating (with BENCH_KEEP=1, to time queries later with BENCH_REUSE=1).
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-100000}
quotes=${2:-500000}
db=${BENCH_DB:-bench_search}
port=${BENCH_PORT:-8204}
per_class=${BENCH_PER_CLASS:-200}
export JAVA_OPTS=${JAVA_OPTS:--Xms64m -Xmx160m -XX:+UseSerialGC}
source bench/server.sh
trap stop_server EXIT

[ -f "${BENCH_APP_DIR:-target/quarkus-app}/quarkus-run.jar" ] && [ -z "${BENCH_BUILD:-}" ] || ./mvnw -B -q package -DskipTests
if [ -z "${BENCH_REUSE:-}" ]; then
    psql -h 127.0.0.1 -U postgres -qc "drop database if exists $db" -c "create database $db"
    start_server ""
    stop_server
    started=$(date +%s)
    psql -h 127.0.0.1 -U postgres -d "$db" -q -v articles="$articles" -v quotes="$quotes" -f bench/search.sql
    echo "generated $articles articles, $(psql -h 127.0.0.1 -U postgres -d "$db" -Atc 'select count(*) from quote')" \
         "quotations in $(( $(date +%s) - started )) s, load average $(cut -d' ' -f1-3 /proc/loadavg)"
    if [ -n "${BENCH_ONLY_GENERATE:-}" ]; then exit 0; fi
fi
start_server ""

# Seven classes of queries, drawn with a fixed seed from the generator's whole vocabulary and names: one word (each
# of the 192 once), two words, a phrase (and a word), a name, a misspelt name, a word that is nowhere, and web-search
# syntax (-word, or, a phrase with -word, or with a phrase).
queries=$(mktemp)
awk -v seed=42 -v per_class="$per_class" '
BEGIN {
    srand(seed)
    n = split("harbour ferry council budget school hospital tram station bridge river market festival election  " \
        "mayor police court museum library housing rent tax fishing storm flood coast pier quay airport  " \
        "railway bus cycle park garden theatre concert football rowing sailing island lighthouse tide  " \
        "weather winter summer spring autumn night morning evening vote plan report survey protest strike  " \
        "union workers nurses teachers doctors students parents children pensioners farmers shops restaurant  " \
        "cafe bakery brewery factory port terminal cargo container crane shipyard energy wind solar heating  " \
        "water sewer road tunnel traffic parking fares timetable delay closure opening repair construction  " \
        "inquiry investigation fraud theft fire rescue ambulance lifeboat volunteers charity church mosque  " \
        "synagogue cemetery archive history heritage ruins castle wall gate tower square street avenue  " \
        "district suburb village town city region minister ministry parliament committee board director  " \
        "chief secretary spokesperson resident neighbour owner landlord tenant developer architect engineer  " \
        "contractor planning permission appeal objection consultation petition referendum campaign donation  " \
        "grant subsidy loan debt deficit surplus salary pension benefit welfare clinic pharmacy vaccine  " \
        "virus outbreak harvest drought fishermen catch quota salmon herring oysters seals gulls dunes beach  " \
        "erosion seawall barrier pump reservoir dam canal lock ferryman captain crew passengers tickets", words, " ")
    f = split("Marta Tobias Priya Ilse Oren Ines Halvard Edda Rosalind Ysolde Amara Bjorn Chiara Dmitri Elif", first, " ")
    s = split("Hajiyev Keane Grell Natarajan Varga Blackwood Barros Quennell Krag Solberg Okafor Lindqvist Moreau " \
        "Petrov Yilmaz Haddad Schulz Novak Rossi Tanaka Mensah Kowalski Duarte Fitzgerald Andersen", last, " ")
    for (c = 0; c < 7; c++) {
        count = 0
        tries = 0
        while (count < per_class && tries++ < 100000) {
            w1 = words[int(rand() * n) + 1]; w2 = words[int(rand() * n) + 1]; w3 = words[int(rand() * n) + 1]
            name = last[int(rand() * s) + 1]
            if (c == 0) q = w1
            if (c == 1) q = w1 " " w2
            if (c == 2) q = "\"" w1 " " w2 "\"" (count % 2 ? " " w3 : "")
            if (c == 3) q = (count % 2 ? first[int(rand() * f) + 1] " " name : name " " w1)
            if (c == 4) { i = int(rand() * (length(name) - 2)) + 2; q = substr(name, 1, i - 1) substr(name, i + 1) (count % 2 ? "" : " " w1) }
            if (c == 5) q = "zq" int(rand() * 1000000) "x"
            if (c == 6) q = (count % 4 == 0 ? w1 " -" w2 : count % 4 == 1 ? w1 " or " w2 : count % 4 == 2 ? "\"" w1 " " w2 "\" -" w3 : w1 " or \"" w2 " " w3 "\"")
            class = (c == 0 ? "word" : c == 1 ? "words" : c == 2 ? "phrase" : c == 3 ? "name" : c == 4 ? "misspelling" : c == 5 ? "no-hit" : "syntax")
            if (!(q in seen)) { seen[q] = 1; print class "\t" q; count++ }
        }
    }
}' > "$queries"

time_pass() {  # label, then lines of "class<TAB>query" on stdin; prints class and milliseconds per request
    while IFS=$'\t' read -r class q; do
        ms=$(curl -s -o /dev/null -w '%{time_total}' -G "http://127.0.0.1:$port/api/v1/search" \
             --data-urlencode "q=$q" -d limit=20 | awk '{ printf "%.1f", $1 * 1000 }')
        echo "$1 $class $ms"
    done
}
report() {
    sort -k1,1 -k2,2 -k3,3n | awk '
    { key = $1 " " $2; v[key, ++c[key]] = $3; if (!(key in seen)) { seen[key] = 1; order[++k] = key } }
    END {
        ceiling = v["ceiling ping", int((c["ceiling ping"] + 1) * 0.5)]
        printf "%-22s %6s %8s %8s %18s\n", "pass class", "n", "p50 ms", "p95 ms", "p50 / ceiling p50"
        for (i = 1; i <= k; i++) { key = order[i]; n = c[key]; p50 = v[key, int((n + 1) * 0.5)]
            printf "%-22s %6d %8.1f %8.1f %18.1f\n", key, n, p50, v[key, int(n * 0.95 + 0.5)], p50 / ceiling }
    }'
}
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
{
    for i in $(seq 1 200); do echo "ping"; done | while read -r _; do
        curl -s -o /dev/null -w 'ceiling ping %{time_total}\n' "http://127.0.0.1:$port/api/v1/ping" \
            | awk '{ printf "%s %s %.1f\n", $1, $2, $3 * 1000 }'
    done
    time_pass uncached < "$queries"
    echo "load average after the uncached pass: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
    time_pass cached < "$queries"
} | report
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -f "$queries"
psql -h 127.0.0.1 -U postgres -d "$db" -Atc "select 'articles ' || pg_size_pretty(pg_relation_size('article_search'))
    || ', quotations ' || pg_size_pretty(pg_relation_size('quote_search')) || ' of GIN index'"
stop_server
[ -n "${BENCH_KEEP:-}" ] || psql -h 127.0.0.1 -U postgres -qc "drop database if exists $db"

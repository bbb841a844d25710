#!/usr/bin/env bash
# Proves the spec in openapi/ against the server: generates a Java (okhttp-gson) and a TypeScript (typescript-fetch)
# client with openapi-generator (clients/pom.xml; everything generated goes to clients/target/), compiles both, starts
# the built jar on a fresh PostgreSQL database and runs each client's scenario against it. Needs the jar
# (./mvnw package) and PostgreSQL on 127.0.0.1:5432 with user postgres; LEDE_CLIENTS_PORT picks the port.
set -euo pipefail
cd "$(dirname "$0")/.."

port=${LEDE_CLIENTS_PORT:-8089}
db=lede_clients_$$
token=$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')
base="http://127.0.0.1:$port"
log=clients/target/server.log
server=""

cleanup() {
    if [ -n "$server" ]; then
        kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
    fi
    dropdb -h 127.0.0.1 -U postgres --if-exists "$db" 2>/dev/null || true
}
trap cleanup EXIT

source clients/npm.sh
if [ ! -f target/quarkus-app/quarkus-run.jar ]; then
    ./mvnw -B -q package -DskipTests
fi

echo "== generate and compile the clients (openapi-generator)"
./mvnw -B -q -f clients/pom.xml compile
(cd clients && node_modules/.bin/tsc -p tsconfig.json)

echo "== start Lede on $base (PostgreSQL database $db)"
if ! pg_isready -q -h 127.0.0.1 -p 5432; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
    for _ in $(seq 1 30); do
        pg_isready -q -h 127.0.0.1 -p 5432 && break
        sleep 1
    done
fi
createdb -h 127.0.0.1 -U postgres "$db"
LEDE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" LEDE_DB_USER=postgres LEDE_ADMIN_TOKEN="$token" \
    LEDE_HASH_KEY="$token" LEDE_WARM_UP=false PORT="$port" \
    java -jar target/quarkus-app/quarkus-run.jar >"$log" 2>&1 &
server=$!
for _ in $(seq 1 120); do
    curl -fs -o /dev/null "$base/q/health/ready" && break
    kill -0 "$server" 2>/dev/null || { cat "$log"; exit 1; }
    sleep 0.5
done
curl -fs -o /dev/null "$base/q/health/ready" || { cat "$log"; exit 1; }

echo "== Java client scenario"
./mvnw -B -q -f clients/pom.xml exec:java -Dexec.args="$base $token"

echo "== TypeScript client scenario"
node clients/target/typescript-build/typescript/scenario.js "$base" "$token"

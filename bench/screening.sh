#!/usr/bin/env bash
# Comment screening: CPU time per comment on one thread, every rule with 500 recent comments to compare with
# (io.lede.comment.screening.ScreeningThroughput). Over the real comments in ../shared when present, else the seed.
# Usage: bench/screening.sh   (builds the test classes first); SCREENING_CLASSES=<dir or jar> times another build's
# main classes with this harness (e.g. a copy of an older target/classes).
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q -DskipTests -Dspotless.check.skip=true test-compile
classpath_file="$(mktemp)"
trap 'rm -f "$classpath_file"' EXIT
./mvnw -q dependency:build-classpath -Dmdep.outputFile="$classpath_file" -Dmdep.includeScope=test
classpath="target/test-classes:${SCREENING_CLASSES:-target/classes}:$(cat "$classpath_file")"
java -cp "$classpath" io.lede.comment.screening.ScreeningThroughput

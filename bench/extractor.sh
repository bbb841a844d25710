#!/usr/bin/env bash
# The quote extractor: CPU time of the worst inputs known at the largest body the API accepts, then single-thread
# throughput over the gold-set articles and over the PolNeAR train texts (read from ../shared; skipped if absent).
# Usage: bench/extractor.sh   (from anywhere; builds the test classes first)
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q -DskipTests -Dspotless.check.skip=true test-compile
classpath_file="$(mktemp)"
trap 'rm -f "$classpath_file"' EXIT
./mvnw -q dependency:build-classpath -Dmdep.outputFile="$classpath_file" -Dmdep.includeScope=test
classpath="target/test-classes:target/classes:$(cat "$classpath_file")"
java -cp "$classpath" io.lede.quote.extraction.ExtractorWorstCases
java -cp "$classpath" io.lede.quote.extraction.ExtractorThroughput

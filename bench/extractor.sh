#!/usr/bin/env bash
# Single-thread throughput of the quote extractor over the gold-set articles.
# Usage: bench/extractor.sh   (from anywhere; builds the test classes first)
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q -DskipTests test-compile
classpath_file="$(mktemp)"
trap 'rm -f "$classpath_file"' EXIT
./mvnw -q dependency:build-classpath -Dmdep.outputFile="$classpath_file" -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat "$classpath_file")" io.lede.quote.extraction.ExtractorThroughput

#!/usr/bin/env bash
# Rendering time of the worst Markdown inputs known, at the largest article body and comment the API accepts.
# Usage: bench/markdown.sh   (from anywhere; builds the test classes first)
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q -DskipTests -Dspotless.check.skip=true test-compile
classpath_file="$(mktemp)"
trap 'rm -f "$classpath_file"' EXIT
./mvnw -q dependency:build-classpath -Dmdep.outputFile="$classpath_file" -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat "$classpath_file")" io.lede.article.MarkdownWorstCases

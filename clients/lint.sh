#!/usr/bin/env bash
# Lints the committed spec with Spectral's OpenAPI rules (.spectral.yaml) and fails on any error or warning.
set -euo pipefail
cd "$(dirname "$0")/.."
source clients/npm.sh
clients/node_modules/.bin/spectral lint --ruleset .spectral.yaml --fail-severity=warn openapi/openapi.json

#!/usr/bin/env bash
# Runs every test suite (unit, integration against a real PostgreSQL, Playwright e2e in Chromium),
# keeps going after a failing suite so one run shows everything, then prints the real totals.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
mkdir -p .tmp/test-results
rm -f .tmp/test-results/*.json

status=0
npx vitest run --project unit --reporter=default --reporter=json --outputFile.json=.tmp/test-results/unit.json || status=1
npx vitest run --project integration --reporter=default --reporter=json --outputFile.json=.tmp/test-results/integration.json || status=1
PLAYWRIGHT_JSON_OUTPUT_NAME=.tmp/test-results/e2e.json bash scripts/e2e.sh --reporter=list,json || status=1

node scripts/test-summary.mjs .tmp/test-results/unit.json .tmp/test-results/integration.json .tmp/test-results/e2e.json
exit $status

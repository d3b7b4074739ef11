#!/usr/bin/env bash
# Runs every check and test suite (lint, format, types, unit, integration against a real PostgreSQL, Playwright e2e in Chromium),
# keeps going after a failing suite so one run shows everything, then prints the real totals.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
mkdir -p .tmp/test-results
rm -f .tmp/test-results/*.json

status=0
# Static checks first: the architecture's never-rules (ESLint), one format (Prettier), types (tsc).
checks=()
run_check() {
  local name=$1; shift
  echo "── $name: $*"
  if "$@"; then checks+=("\"$name\": true"); else checks+=("\"$name\": false"); status=1; fi
}
run_check eslint npx eslint --max-warnings 0 .
run_check prettier npx prettier --check --log-level warn .
run_check typecheck npx tsc --noEmit
(IFS=,; echo "{\"checks\": {${checks[*]}}}") > .tmp/test-results/checks.json

npx vitest run --project unit --reporter=default --reporter=json --outputFile.json=.tmp/test-results/unit.json || status=1
npx vitest run --project integration --reporter=default --reporter=json --outputFile.json=.tmp/test-results/integration.json || status=1
# ALBEDO_TEST_NODE_BIN (CI sets it to Node 24's bin folder): the unit and integration suites again on that Node.
extra_reports=()
if [[ -n "${ALBEDO_TEST_NODE_BIN:-}" ]]; then
  node_label=$("$ALBEDO_TEST_NODE_BIN/node" --version)
  for project in unit integration; do
    echo "── $project tests on Node $node_label"
    PATH="$ALBEDO_TEST_NODE_BIN:$PATH" npx vitest run --project "$project" --reporter=dot --reporter=json \
      --outputFile.json=".tmp/test-results/$project-node-$node_label.json" || status=1
    extra_reports+=(".tmp/test-results/$project-node-$node_label.json")
  done
fi
PLAYWRIGHT_JSON_OUTPUT_NAME=.tmp/test-results/e2e.json bash scripts/e2e.sh --reporter=list,json || status=1

node scripts/test-summary.mjs .tmp/test-results/checks.json .tmp/test-results/unit.json .tmp/test-results/integration.json .tmp/test-results/e2e.json "${extra_reports[@]}"
exit $status

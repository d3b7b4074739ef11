#!/usr/bin/env bash
# Browser tests: makes sure Chromium is there, then runs Playwright. Arguments go to `playwright test`
# (e.g. `npm run test:e2e -- e2e/invitations.spec.ts` or `--reporter=list,json`).
# The app is started by playwright.config.ts (webServer) on its own port and a throwaway database.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
bash scripts/ensure-chromium.sh
exec npx playwright test "$@"

#!/usr/bin/env bash
# Starts Albedo for the browser tests (playwright.config.ts `webServer`): a fresh embedded PostgreSQL
# (ALBEDO_PG_DATA / ALBEDO_PG_PORT, set by the config), migrations, demo data, then `next start -p $PORT`.
# The e2e run never uses an outside database, even when DATABASE_URL is set in the shell; APP_URL comes
# from the config.
# Server output goes to .tmp/e2e-server.log (Auth.js logs every refused sign-in with a stack trace, and the
# specs refuse many); its end is printed here if the server stops on its own.
set -uo pipefail
cd "$(dirname "$0")/.."
unset DATABASE_URL
export NEXT_TELEMETRY_DISABLED=1
mkdir -p .tmp
log=.tmp/e2e-server.log
: >"$log"

node --import tsx e2e/reset-database.ts || exit 1

# Playwright stops the server by sending SIGINT to this whole process group, so the start wrapper gets
# it directly and stops Next, then PostgreSQL. This shell only waits (a second SIGINT would make the
# wrapper exit before stopping PostgreSQL).
stopping=0
trap 'stopping=1' INT TERM
node --import tsx scripts/start.ts >>"$log" 2>&1 &
server=$!
echo "[e2e] server pid $server, log: $log" >&2
status=0
while :; do
  wait "$server"
  status=$?
  kill -0 "$server" 2>/dev/null || break # wait was only interrupted by a signal
done
if [[ $stopping -eq 0 ]]; then
  echo "[e2e] the app server stopped by itself (exit $status). Last lines of $log:" >&2
  tail -n 60 "$log" >&2
fi
exit "$status"

#!/usr/bin/env bash
# Makes sure a Chromium the browser tests can drive is installed.
# Playwright's own browser download is not used: its CDN is unreachable on our machines, so the
# tests run Debian's Chromium (/usr/bin/chromium) or whatever CHROMIUM_PATH points at.
set -euo pipefail

if [[ -n "${CHROMIUM_PATH:-}" ]]; then
  if [[ -x "$CHROMIUM_PATH" ]]; then
    exit 0
  fi
  echo "ensure-chromium: CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file." >&2
  exit 1
fi

if [[ -x /usr/bin/chromium ]]; then
  exit 0
fi

if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: /usr/bin/chromium is missing; installing Debian's chromium package with apt-get (about 20 s)..."
  export DEBIAN_FRONTEND=noninteractive
  log="$(mktemp)"
  if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium; } >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "ensure-chromium: apt-get could not install chromium (see above)." >&2
    exit 1
  fi
  rm -f "$log"
  if [[ -x /usr/bin/chromium ]]; then
    echo "ensure-chromium: installed $(/usr/bin/chromium --version 2>/dev/null | head -n1 || echo chromium)."
    exit 0
  fi
  echo "ensure-chromium: apt-get finished but /usr/bin/chromium is still missing." >&2
  exit 1
fi

cat >&2 <<'MSG'
ensure-chromium: the browser tests need Chromium, and /usr/bin/chromium is missing.
  Install it with:   sudo apt-get install chromium
  or point the tests at another Chromium/Chrome binary:   CHROMIUM_PATH=/path/to/chrome npm run test:e2e
MSG
exit 1

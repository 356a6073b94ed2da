#!/usr/bin/env bash
# Runs a benchmark under bench/ with the project's Node 24 and packages (set up like the tests).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
ensure_node
ensure_all_deps
ensure_chromium
cd "$PORTAL_ROOT"
script="$1"; shift
exec node "$script" "$@"

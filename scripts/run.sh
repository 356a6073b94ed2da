#!/usr/bin/env bash
# Runs a TypeScript script of the project (scripts/, bench/) with the project's Node 24 and packages,
# set up like the two README commands.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
ensure_node
ensure_all_deps
cd "$PORTAL_ROOT"
script="$1"; shift
exec node "$script" "$@"

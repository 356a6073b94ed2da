#!/usr/bin/env bash
# The README's first command: serve the whole portal locally. Sets itself up on a fresh machine.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
ensure_node
ensure_all_deps
ensure_cms_env
cd "$PORTAL_ROOT"
exec node scripts/serve.ts

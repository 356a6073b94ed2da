#!/usr/bin/env bash
# The README's first command: serve the whole portal locally. Sets itself up on a fresh machine.
set -euo pipefail
here="$(dirname "${BASH_SOURCE[0]}")"
# Options first, with whatever Node the machine has: bad input stops here, before any set-up (exit 2).
if command -v node >/dev/null 2>&1; then
  status=0
  node "$here/lib/serve-options.mjs" "$@" || status=$?
  [ "$status" = 3 ] && exit 0 # --help printed the usage
  [ "$status" = 0 ] || exit "$status"
fi
source "$here/env.sh"
ensure_node
ensure_all_deps
ensure_cms_env
cd "$PORTAL_ROOT"
exec node scripts/serve.ts "$@"

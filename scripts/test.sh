#!/usr/bin/env bash
# The README's second command: every test (types, unit, integration, end-to-end). Sets itself up on a
# fresh machine (Node 24, packages, Debian's Chromium) and exits non-zero if any part fails.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
ensure_node
ensure_all_deps
ensure_chromium
cd "$PORTAL_ROOT"

failed=()
results="$PORTAL_ROOT/.run/results"
rm -rf "$results" && mkdir -p "$results"
step() {
  local name="$1"; shift
  local started=$SECONDS
  log "── $name"
  if "$@"; then
    log "── $name: passed in $((SECONDS - started)) s"
  else
    log "── $name: FAILED (exit $?) after $((SECONDS - started)) s"
    failed+=("$name")
    return 1
  fi
}

step "type checks" npm run --silent typecheck
step "unit tests" npx vitest run --project unit --reporter=default --reporter=json --outputFile.json="$results/unit.json"
# Integration and end-to-end tests need a built Strapi; without one they are reported as not run.
if step "CMS build" node scripts/build-cms.ts && [ -f cms/dist/.portal-built ]; then
  step "integration tests (real Strapi, SQLite)" npx vitest run --project integration --reporter=default --reporter=json --outputFile.json="$results/integration.json"
  # The same files again, each on a fresh database of a PostgreSQL server started for the run from the
  # machine's binaries (tests/support/postgres.ts); fails loudly when they are missing.
  step "integration tests (real Strapi, PostgreSQL)" npx vitest run --project integration-postgres --reporter=default --reporter=json --outputFile.json="$results/integration-postgres.json"
  step "end-to-end tests (Chromium)" npx playwright test -c tests/playwright.config.ts
fi

log "Summary:"
node scripts/summarize-tests.ts "$results"
if [ ${#failed[@]} -gt 0 ]; then
  log "Failed: ${failed[*]}"
  exit 1
fi
log "All test suites passed."

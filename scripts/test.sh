#!/usr/bin/env bash
# The README's second command: every test (types, unit, integration, end-to-end). Sets itself up on a
# fresh machine (Node 24, packages, Debian's Chromium) and exits non-zero if any part fails.
# Each phase's time goes to .run/results/phases.tsv; scripts/summarize-tests.ts prints them with the
# counts, the tests that came close to their timeout and the closing "Tests: N passed, N failed".
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
setup_started=$SECONDS
ensure_node
ensure_all_deps
ensure_chromium
cd "$PORTAL_ROOT"

failed=()
results="$PORTAL_ROOT/.run/results"
rm -rf "$results" && mkdir -p "$results"
phases="$results/phases.tsv"
printf 'set-up (Node, packages, Chromium)\tdone\t%s\n' "$((SECONDS - setup_started))" > "$phases"
step() {
  local name="$1"; shift
  local started=$SECONDS
  log "── $name"
  if "$@"; then
    log "── $name: passed in $((SECONDS - started)) s"
    printf '%s\tpassed\t%s\n' "$name" "$((SECONDS - started))" >> "$phases"
  else
    local code=$?
    log "── $name: FAILED (exit $code) after $((SECONDS - started)) s"
    printf '%s\tFAILED\t%s\n' "$name" "$((SECONDS - started))" >> "$phases"
    failed+=("$name")
    return 1
  fi
}
not_run() {
  printf '%s\tnot run (no built Strapi)\t0\n' "$1" >> "$phases"
}

# vitest: the console, the JSON report summarize-tests reads, and each test's and hook's time against
# its timeout (scripts/test-timings-reporter.ts writes NAME.timings.json beside NAME.json).
vitest_run() {
  local project="$1" report="$2"
  npx vitest run --project "$project" --reporter=default --reporter=./scripts/test-timings-reporter.ts \
    --reporter=json --outputFile.json="$results/$report.json"
}

step "type checks" npm run --silent typecheck
step "unit tests" vitest_run unit unit
# Integration and end-to-end tests need a built Strapi; without one they are reported as not run.
if step "CMS build" node scripts/build-cms.ts && [ -f cms/dist/.portal-built ]; then
  step "integration tests (real Strapi, SQLite)" vitest_run integration integration
  # The same files again, each on a fresh database of a PostgreSQL server started for the run from the
  # machine's binaries (tests/support/postgres.ts); fails loudly when they are missing.
  step "integration tests (real Strapi, PostgreSQL)" vitest_run integration-postgres integration-postgres
  step "end-to-end tests (Chromium)" npx playwright test -c tests/playwright.config.ts
else
  not_run "integration tests (real Strapi, SQLite)"
  not_run "integration tests (real Strapi, PostgreSQL)"
  not_run "end-to-end tests (Chromium)"
fi

log "Summary:"
# Non-zero when the reports count a failure the steps' exit codes did not (e.g. a test that did not run).
node scripts/summarize-tests.ts "$results" || [ ${#failed[@]} -gt 0 ] || failed+=("the summary's count")
if [ ${#failed[@]} -gt 0 ]; then
  log "Failed: ${failed[*]}"
  exit 1
fi
log "All test suites passed."

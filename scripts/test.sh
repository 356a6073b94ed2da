#!/usr/bin/env bash
# The README's second command: every test (types, unit, integration, end-to-end). Sets itself up on a
# fresh machine (Node 24, packages, Debian's Chromium) and exits non-zero if any part fails.
# Each phase's time goes to .run/results/phases.tsv; scripts/summarize-tests.ts prints them with the
# counts, the tests that came close to their timeout and the closing "Tests: N passed, N failed".
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
started_at=$SECONDS
ensure_node
# The two package trees install side by side: each npm ci mostly waits for the network and the disk.
# (cms/ links ../schema as a folder; neither install needs the other.)
( ensure_deps "$PORTAL_ROOT/cms" ) &
cms_deps=$!
ensure_deps "$PORTAL_ROOT"
wait "$cms_deps" || die "npm ci failed in $PORTAL_ROOT/cms"
ensure_all_deps # both trees are up to date now: this builds the shared schema package
ensure_chromium
cd "$PORTAL_ROOT"

failed=()
results="$PORTAL_ROOT/.run/results"
rm -rf "$results" && mkdir -p "$results"
phases="$results/phases.tsv"
printf 'set-up (Node, packages, Chromium)\tdone\t%s\n' "$((SECONDS - started_at))" > "$phases"

# One phase: its output as it runs, its result and time in phases.tsv. A phase that ran in the
# background (below) is timed from `phase_started` to the time it wrote into `phase_ended_file`.
step() {
  local name="$1"; shift
  local started=${phase_started:-$SECONDS} code=0
  log "── $name"
  "$@" || code=$?
  local ended=$SECONDS
  if [ -n "${phase_ended_file:-}" ] && [ -s "$phase_ended_file" ]; then ended=$(cat "$phase_ended_file"); fi
  if [ "$code" = 0 ]; then
    log "── $name: passed in $((ended - started)) s"
    printf '%s\tpassed\t%s\n' "$name" "$((ended - started))" >> "$phases"
  else
    log "── $name: FAILED (exit $code) after $((ended - started)) s"
    printf '%s\tFAILED\t%s\n' "$name" "$((ended - started))" >> "$phases"
    failed+=("$name")
    return 1
  fi
}
# A phase beside the next ones: output into $results/ID.log, its end time into $results/ID.ended.
in_background() {
  local id="$1"; shift
  ( code=0; "$@" > "$results/$id.log" 2>&1 || code=$?; echo "$SECONDS" > "$results/$id.ended"; exit "$code" ) &
}
# Waits for it, then prints its output; its exit code is the phase's.
background_done() {
  local id="$1" pid="$2" code=0
  wait "$pid" || code=$?
  cat "$results/$id.log" >&2
  return "$code"
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

# The CMS build (a minute on a fresh clone, nothing when Strapi's sources did not change) needs neither
# the type checks nor the unit tests, which leave a core idle: it runs beside them, and its output is
# printed when they are done.
log "── CMS build (beside the type checks and the unit tests; its output follows them)"
cms_build_started=$SECONDS
in_background cms-build node scripts/build-cms.ts
cms_build=$!

step "type checks" npm run --silent typecheck
step "unit tests" vitest_run unit unit
if phase_started=$cms_build_started phase_ended_file="$results/cms-build.ended" \
  step "CMS build (beside the two above)" background_done cms-build "$cms_build" && [ -f cms/dist/.portal-built ]; then
  # The integration files on SQLite, and the same files again, each on a fresh database of a
  # PostgreSQL server started for the run from the machine's binaries (tests/support/postgres.ts;
  # fails loudly when they are missing). The two suites run side by side: each runs one file, one
  # Strapi, at a time (vitest.config.ts), and one Strapi mostly keeps one core busy, so two on two
  # cores take as long as the longer suite instead of both in a row. They share no database, port or
  # folder. PostgreSQL's output is printed when both are done.
  log "── integration tests (real Strapi, PostgreSQL) (beside the SQLite ones; its output follows them)"
  postgres_started=$SECONDS
  in_background integration-postgres vitest_run integration-postgres integration-postgres
  postgres_suite=$!
  step "integration tests (real Strapi, SQLite)" vitest_run integration integration
  phase_started=$postgres_started phase_ended_file="$results/integration-postgres.ended" \
    step "integration tests (real Strapi, PostgreSQL; beside SQLite)" background_done integration-postgres "$postgres_suite"
  step "end-to-end tests (Chromium)" npx playwright test -c tests/playwright.config.ts
else
  not_run "integration tests (real Strapi, SQLite)"
  not_run "integration tests (real Strapi, PostgreSQL)"
  not_run "end-to-end tests (Chromium)"
fi
printf 'wall clock\t\t%s\n' "$((SECONDS - started_at))" >> "$phases"

log "Summary:"
# Non-zero when the reports count a failure the steps' exit codes did not (e.g. a test that did not run).
node scripts/summarize-tests.ts "$results" || [ ${#failed[@]} -gt 0 ] || failed+=("the summary's count")
if [ ${#failed[@]} -gt 0 ]; then
  log "Failed: ${failed[*]}"
  exit 1
fi
log "All test suites passed."

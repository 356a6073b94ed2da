// The summary of `npm test` (scripts/test.sh): how long each phase took, what each suite counted, the
// tests and hooks that used more than half of their timeout (they are the next to time out on a busy
// machine), the tests that did not run and why, and the closing line CI reads:
// "Tests: N passed, N failed" (", N skipped" only for tests skipped on purpose).
//
// Honest counting: a suite whose report is missing (it crashed before reporting) counts as one
// failure; so does a vitest run that failed outside any test; a test that did not run because
// something before it failed (an earlier test of its serial group, a hook of its file) counts as a
// failure too — only a test the code itself declares skipped is "skipped".
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Timing, Timings } from './test-timings-reporter.ts';

const dir = process.argv[2] ?? '.run/results';
const read = (file: string): any => JSON.parse(readFileSync(join(dir, file), 'utf8'));

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
  /** Tests that did not run because something before them failed; counted in `failed` as well. */
  notRun: number;
  /** One reason per group of tests that did not run. */
  notRunWhy: string[];
  /** Every test and hook with its duration and timeout, for the slowness lines. */
  timings: Array<Timing & { hook?: boolean }>;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const clock = (s: number) => `${Math.floor(s / 60)}:${String(Math.round(s % 60)).padStart(2, '0')}`;
const short = (text: string, max = 150) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** vitest's JSON report, with the timings file scripts/test-timings-reporter.ts writes beside it. */
function vitest(file: string): Counts {
  const report = read(file);
  const timingsFile = file.replace(/\.json$/, '.timings.json');
  const timings: Timings = existsSync(join(dir, timingsFile)) ? read(timingsFile) : { tests: [], hooks: [], notRun: [] };
  // A run that failed outside any test (e.g. its globalSetup could not start PostgreSQL) counts as one failure.
  const outside = report.success === false && report.numFailedTests === 0 ? 1 : 0;
  const counts: Counts = { passed: report.numPassedTests, failed: report.numFailedTests + outside, skipped: 0, notRun: 0, notRunWhy: [], timings: [...timings.tests, ...timings.hooks.map((h) => ({ ...h, hook: true }))] };
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  const notRun = timings.notRun ?? [];
  counts.notRun = notRun.length;
  counts.skipped = skipped - notRun.length;
  const groups = new Map<string, number>();
  for (const t of notRun) {
    const key = `${t.file}, after «${short(t.why, 70)}»`;
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  counts.notRunWhy = [...groups].map(([key, n]) => `${n} in ${key}`);
  // The failure that stopped them (a hook) is outside any test: `outside` counts it once when no test failed.
  counts.failed += counts.notRun;
  return counts;
}

/** Playwright's JSON report. */
function playwright(file: string): Counts {
  const report = read(file);
  const counts: Counts = { passed: 0, failed: 0, skipped: 0, notRun: 0, notRunWhy: [], timings: [] };
  type FileEntry = { failed: string[]; notRun: number; neverStarted: number };
  const byFile = new Map<string, FileEntry>();
  // Suites: a file, then its describe blocks; a test's name is the describe titles and its own.
  const walk = (suite: any, file: string, describes: string[]) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        const where = spec.file ?? file;
        const entry: FileEntry = byFile.get(where) ?? { failed: [], notRun: 0, neverStarted: 0 };
        byFile.set(where, entry);
        const title = [test.projectName, where, ...describes, spec.title].join(' › ');
        for (const result of test.results) counts.timings.push({ file: where, name: title, duration: result.duration, timeout: test.timeout });
        if (test.status === 'expected' || test.status === 'flaky') counts.passed += 1;
        else if (test.status === 'unexpected') {
          counts.failed += 1;
          entry.failed.push(spec.title);
        } else if (test.expectedStatus === 'skipped') counts.skipped += 1; // test.skip()/fixme in the code
        else {
          counts.notRun += 1;
          entry.notRun += 1;
          if (!test.results.length) entry.neverStarted += 1;
        }
      }
    }
    for (const child of suite.suites ?? []) walk(child, child.file ?? file, [...describes, child.title]);
  };
  for (const suite of report.suites ?? []) walk(suite, suite.file, []);
  for (const [where, entry] of byFile) {
    if (!entry.notRun) continue;
    const why = entry.failed.length
      ? `an earlier test of their serial group failed («${short(entry.failed[0]!, 100)}»)`
      : entry.neverStarted
        ? 'they never started (a project they depend on had a failure, or the run stopped)'
        : 'skipped at run time';
    counts.notRunWhy.push(`${where}: ${entry.notRun}, ${why}`);
  }
  // Errors outside any test (global setup, a worker that crashed) with nothing counted as failed.
  if (report.errors?.length && counts.failed === 0 && counts.notRun === 0) counts.failed += 1;
  counts.failed += counts.notRun;
  return counts;
}

const suites: Array<[string, string, (file: string) => Counts]> = [
  ['unit', 'unit.json', vitest],
  ['integration', 'integration.json', vitest],
  ['integration-postgres', 'integration-postgres.json', vitest],
  ['end-to-end', 'e2e.json', playwright],
];

// Each phase's time, as scripts/test.sh recorded it: name, result, seconds; then the whole run's wall
// clock (some phases overlap, so it is less than their sum).
if (existsSync(join(dir, 'phases.tsv'))) {
  const rows = readFileSync(join(dir, 'phases.tsv'), 'utf8').trim().split('\n').map((line) => line.split('\t') as [string, string, string]);
  const phases = rows.filter(([name]) => name !== 'wall clock');
  const wall = rows.find(([name]) => name === 'wall clock');
  const width = Math.max(...rows.map(([name]) => name.length), 'total, wall clock'.length);
  for (const [name, result, secs] of phases) console.log(`  ${name.padEnd(width)}  ${clock(Number(secs)).padStart(5)}  ${result}`);
  const total = wall ? Number(wall[2]) : phases.reduce((sum, [, , secs]) => sum + Number(secs), 0);
  console.log(`  ${(wall ? 'total, wall clock' : 'total').padEnd(width)}  ${clock(total).padStart(5)}`);
}

const total = { passed: 0, failed: 0, skipped: 0 };
const notes: string[] = [];
const notRun = { count: 0, why: [] as string[] };
for (const [name, file, counts] of suites) {
  if (!existsSync(join(dir, file))) {
    console.log(`  ${name.padEnd(20)} no report (the suite did not run to the end)`);
    total.failed += 1;
    continue;
  }
  let c: Counts;
  try {
    c = counts(file);
  } catch (error) {
    console.log(`  ${name.padEnd(20)} unreadable report ${file}: ${(error as Error).message}`);
    total.failed += 1;
    continue;
  }
  const didNotRun = c.notRun ? ` (${c.notRun} of them did not run)` : '';
  console.log(`  ${name.padEnd(20)} ${c.passed} passed, ${c.failed} failed${didNotRun}, ${c.skipped} skipped`);
  total.passed += c.passed;
  total.failed += c.failed;
  total.skipped += c.skipped;
  notRun.count += c.notRun;
  if (c.notRun) notRun.why.push(`${name}: ${c.notRunWhy.join('; ')}`);
  // The slowest test and the slowest hook of the suite against their timeouts, and a warning for
  // every one over half of it: the next to time out on a busier machine.
  const share = (t: Timing) => t.duration / t.timeout;
  const describe = (t: Timing) => `${short(t.name.includes(t.file) ? t.name : `${t.file} › ${t.name}`)}: ${seconds(t.duration)} of ${seconds(t.timeout)} (${Math.round(100 * share(t))}%)`;
  const timed = c.timings.filter((t) => t.timeout > 0).sort((a, b) => share(b) - share(a));
  const slowest = [timed.find((t) => !t.hook), timed.find((t) => t.hook)].filter((t) => t !== undefined);
  if (slowest.length) console.log(`  ${''.padEnd(20)} slowest against its timeout: ${slowest.map((t) => `${t.hook ? 'hook' : 'test'} ${describe(t)}`).join('; ')}`);
  for (const t of timed.filter((t) => share(t) > 0.5)) notes.push(`WARNING over half its timeout: ${name} ${t.hook ? 'hook' : 'test'} ${describe(t)}`);
}
for (const note of notes) console.log(`  ${note}`);
// One line for every test that did not run, with why; they are counted as failed above.
if (notRun.count) console.log(`  DID NOT RUN, counted as failed: ${notRun.count} test${notRun.count > 1 ? 's' : ''} — ${notRun.why.join(' | ')}`);
console.log(`Tests: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exitCode = total.failed > 0 ? 1 : 0;

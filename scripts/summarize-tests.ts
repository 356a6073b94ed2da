// Adds up the JSON reports of the test runners into one closing line: "Tests: N passed, N failed".
// A suite whose report is missing (it crashed before reporting) counts as one failure.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '.run/results';

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

const suites: Array<[string, string, (report: any) => Counts]> = [
  ['unit', 'unit.json', vitest],
  ['integration', 'integration.json', vitest],
  ['integration-postgres', 'integration-postgres.json', vitest],
  ['end-to-end', 'e2e.json', (r) => ({ passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected, skipped: r.stats.skipped })],
];

function vitest(report: any): Counts {
  // A run that failed outside any test (e.g. its globalSetup could not start PostgreSQL) counts as one failure.
  const outside = report.success === false && report.numFailedTests === 0 ? 1 : 0;
  return { passed: report.numPassedTests, failed: report.numFailedTests + outside, skipped: report.numPendingTests + report.numTodoTests };
}

const total: Counts = { passed: 0, failed: 0, skipped: 0 };
for (const [name, file, read] of suites) {
  const path = join(dir, file);
  if (!existsSync(path)) {
    console.log(`  ${name.padEnd(20)} no report (the suite did not run to the end)`);
    total.failed += 1;
    continue;
  }
  const counts = read(JSON.parse(readFileSync(path, 'utf8')));
  console.log(`  ${name.padEnd(20)} ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
}
console.log(`Tests: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);

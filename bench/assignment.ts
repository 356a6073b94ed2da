// Benchmark of the expert assignment (issue 6). Not part of `npm test`.
//   npm run bench:assignment                  # 1,000 and 10,000 projects
//   npm run bench:assignment -- --sizes 1000
// For each size it builds a deterministic synthetic round (cities of uneven size, a council that
// gives every project about three reviews, a few declared conflicts), times assignProjects (median
// of 5 runs) and verifyAssignment, and runs a naive baseline in the same process: a shuffled
// round-robin with no eligibility check and no fairness repair, whose rule violations are counted.
import { parseArgs } from 'node:util';
import type { AssignmentExpert, AssignmentProject } from '@portal/schema';
import {
  type AssignmentInput,
  type AssignmentResult,
  assignProjects,
  sha256Hex,
  verifyAssignment,
} from '@portal/schema/domain';
// The synthetic data only (the assignment has its own seeded PRNG).
import { mulberry32 } from '../scripts/lib/practice-generator.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' }, runs: { type: 'string', default: '5' } } });
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const PER_EXPERT = 3;
const REVIEWS_PER_PROJECT = 3;
const TARGET_SECONDS = 2;

/**
 * A round of n projects: ~n/12 cities, sizes skewed like Russia's (a few large, many small). With
 * `capitalShare`, that share of the projects and of the council comes from one city, whose experts
 * can review only the other cities' projects: the greedy pass then needs the repair step.
 */
function syntheticRound(n: number, capitalShare: number): AssignmentInput {
  const random = mulberry32(n + Math.round(capitalShare * 100));
  const cityCount = Math.max(10, Math.round(n / 12));
  const city = () => (random() < capitalShare ? 'Москва' : `Город ${Math.floor(cityCount * random() ** 2.5)}`);
  const projects: AssignmentProject[] = Array.from({ length: n }, (_, i) => ({ id: `p${String(i).padStart(6, '0')}`, city: city() }));
  const expertCount = Math.round((n * REVIEWS_PER_PROJECT) / PER_EXPERT);
  const experts: AssignmentExpert[] = Array.from({ length: expertCount }, (_, i) => ({
    id: `e${String(i).padStart(6, '0')}`,
    city: city(),
    conflicts: Array.from({ length: Math.floor(random() * 3) }, () => projects[Math.floor(random() * n)]!.id),
    ...(random() < 0.1 ? { conflictCities: [city()] } : {}),
  }));
  return { projects, experts, perExpert: PER_EXPERT, seed: `bench-${n}` };
}

/** The baseline: shuffle, then deal projects round-robin, three per expert, nothing checked. */
function roundRobin(input: AssignmentInput): AssignmentResult {
  const random = mulberry32(7);
  const ids = input.projects.map((p) => p.id);
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
  }
  const reviewsPerProject: Record<string, number> = Object.fromEntries(ids.map((id) => [id, 0]));
  let next = 0;
  const assignments = input.experts.map((e) => {
    const projectIds = Array.from({ length: input.perExpert }, () => ids[next++ % ids.length]!);
    for (const id of projectIds) reviewsPerProject[id]!++;
    return { expertId: e.id, projectIds };
  });
  return { algorithm: 'assignment-v1', seed: input.seed, seedHash: sha256Hex(input.seed), perExpert: input.perExpert, assignments, reviewsPerProject };
}

function time<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const spread = (r: AssignmentResult) => {
  const loads = Object.values(r.reviewsPerProject);
  return `${Math.min(...loads)}–${Math.max(...loads)}`;
};

const scenarios = [
  { name: 'typical', capitalShare: 0 },
  { name: 'one city has 40 %', capitalShare: 0.4 },
];
const rows: string[] = [];
for (const n of sizes) for (const scenario of scenarios) {
  process.stderr.write(`${n} projects, ${scenario.name}: generating the round...\n`);
  const input = syntheticRound(n, scenario.capitalShare);
  const timings: number[] = [];
  let result: AssignmentResult | undefined;
  for (let i = 0; i < runs; i++) {
    const t = time(() => assignProjects(input));
    timings.push(t.ms);
    if (result && JSON.stringify(result) !== JSON.stringify(t.value)) throw new Error('assignProjects is not deterministic');
    result = t.value;
    process.stderr.write(`  run ${i + 1}/${runs}: ${seconds(t.ms)}\n`);
  }
  const verified = time(() => verifyAssignment(input, result!));
  const baseline = time(() => roundRobin(input));
  const baselineViolations = verifyAssignment(input, baseline.value).length;
  const shortfalls = result!.assignments.filter((a) => a.shortfall).length;
  const ms = median(timings);
  rows.push(
    `| ${n.toLocaleString('en')} | ${scenario.name} | ${input.experts.length.toLocaleString('en')} | ${seconds(ms)} | ${seconds(verified.ms)} | ${ms <= TARGET_SECONDS * 1000 ? '✓' : '✗'} ≤ ${TARGET_SECONDS} s | ${spread(result!)} | ${shortfalls} | ${verified.value.length} | ${seconds(baseline.ms)} | ${spread(baseline.value)} | ${baselineViolations} |`,
  );
}

process.stdout.write(
  [
    `Expert assignment, ${PER_EXPERT} projects per expert, median of ${runs} runs (Node ${process.version}).`,
    '',
    '| projects | round | experts | assign (median) | verify | target | reviews per project | shortfalls | violations | baseline: round-robin | its reviews per project | its violations |',
    '|---:|:---|---:|---:|---:|:---|:---:|---:|---:|---:|:---:|---:|',
    ...rows,
    '',
  ].join('\n'),
);

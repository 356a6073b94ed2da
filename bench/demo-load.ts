// Benchmark of npm start's demo (issue 14: generated with progress shown, loaded in ≤ 60 s on 2
// cores). Not part of `npm test`.
//   npm run bench:demo                                  # every stage
//   npm run bench:demo -- --stages collection,announcement --seed 7
// For each stage it generates the dataset (as npm start does) and starts a real Strapi on a fresh
// SQLite file that loads it (DEMO_DATA), reading the load's own time from the CMS log. The baseline,
// in the same run, is the same Strapi started on a fresh file without the demo: the boot and the
// seed of content/ that every start pays. Prints one table; exits 1 when a load misses the target.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEMO_STAGES, type DemoStage } from '@portal/schema';
import { generateDemo } from '../scripts/lib/demo/generate.ts';
import { log, startStrapi } from '../scripts/lib/services.ts';

const TARGET_SECONDS = 60;
const { values } = parseArgs({ options: { stages: { type: 'string', default: DEMO_STAGES.join(',') }, seed: { type: 'string', default: '2026' } } });
const stages = values.stages.split(',') as DemoStage[];
for (const stage of stages) if (!DEMO_STAGES.includes(stage)) throw new Error(`Unknown stage "${stage}". Valid stages: ${DEMO_STAGES.join(', ')}.`);
const seed = Number(values.seed);

interface Row {
  what: string;
  generateMs: number | null;
  readySeconds: number;
  loadSeconds: number | null;
  projects: number | null;
  votes: number | null;
}

/** Starts Strapi on a fresh SQLite file (with `dataset` as DEMO_DATA when given) and stops it once it answers. */
async function timedStart(what: string, dataset: string | null): Promise<{ readySeconds: number; loadSeconds: number | null }> {
  const dir = mkdtempSync(join(tmpdir(), 'portal-bench-demo-'));
  const logFile = join(dir, 'strapi.log');
  const env: Record<string, string> = { VOTER_HASH_KEY: 'bench-voter-hash-key-0123456789', OUTBOX_DIR: join(dir, 'outbox'), ...(dataset ? { DEMO_DATA: dataset } : {}) };
  log(`bench:demo: ${what}: starting Strapi...`);
  const started = performance.now();
  const strapi = await startStrapi({ dbFile: join(dir, 'data.db'), env, logFile });
  const readySeconds = (performance.now() - started) / 1000;
  await strapi.stop();
  const loaded = /demo: loaded;.*\((\d+(?:\.\d+)?) s\)/.exec(readFileSync(logFile, 'utf8'));
  rmSync(dir, { recursive: true, force: true });
  return { readySeconds, loadSeconds: loaded ? Number(loaded[1]) : null };
}

const rows: Row[] = [];
const baseline = await timedStart('baseline (no demo)', null);
rows.push({ what: 'baseline: start without the demo', generateMs: null, readySeconds: baseline.readySeconds, loadSeconds: null, projects: null, votes: null });

for (const stage of stages) {
  const work = mkdtempSync(join(tmpdir(), 'portal-bench-dataset-'));
  try {
    const t = performance.now();
    const data = generateDemo({ seed, stage, today: new Date(), onProgress: (m) => log(`bench:demo: ${stage}: ${m}`) });
    const generateMs = performance.now() - t;
    const file = join(work, 'dataset.json');
    writeFileSync(file, JSON.stringify(data));
    const run = await timedStart(stage, file);
    const projects = data.applications.filter((a) => a.moderation === 'published').length;
    rows.push({ what: `demo at ${stage}`, generateMs, readySeconds: run.readySeconds, loadSeconds: run.loadSeconds, projects, votes: data.votes.length });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const fmt = (n: number | null, digits = 1) => (n === null ? '—' : n.toFixed(digits));
console.log(`\nDemo load, seed ${seed}, ${new Date().toISOString().slice(0, 10)} (target: loaded in ≤ ${TARGET_SECONDS} s)\n`);
console.log('| run | generated (ms) | Strapi ready (s) | of it the load (s) | ready minus baseline (s) | published projects | votes | target |');
console.log('|:---|---:|---:|---:|---:|---:|---:|:---|');
let missed = 0;
for (const r of rows) {
  const over = r.readySeconds - baseline.readySeconds;
  const met = r.loadSeconds === null ? '' : r.loadSeconds <= TARGET_SECONDS ? '✓ met' : '✗ missed';
  if (met === '✗ missed') missed += 1;
  console.log(`| ${r.what} | ${fmt(r.generateMs, 0)} | ${fmt(r.readySeconds)} | ${fmt(r.loadSeconds)} | ${r.generateMs === null ? '—' : fmt(over)} | ${r.projects ?? '—'} | ${r.votes ?? '—'} | ${met} |`);
}
process.exit(missed ? 1 : 0);

import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { DemoDatasetSchema, type DemoDataset, type DemoStage } from '@portal/schema';
import { withMailHeld } from '../core/mailer';
import { revealDrawsIfDue } from '../selection/draw';
import { loadApplications, loadExperts, loadIdeasAndRefinements, loadResidentsAndVotes, loadRounds, loadSelection } from './load';
import { config } from '../core/config';

/**
 * The demo round (`npm start`, see scripts/lib/demo/): with DEMO_DATA naming a generated dataset,
 * the CMS loads it once into its database at start, after the seed. A database holds the demo or
 * the programme's real content, never both by accident: npm start keeps the demo in a database
 * file of its own, NODE_ENV=production refuses to load it, and the public `GET /api/demo` says
 * whether this CMS holds demo data, so that the site shows its notice and a production build from
 * such a CMS stops (site/src/loaders/strapi-client.ts).
 */
const STORE = { type: 'core', name: 'portal', key: 'demo' } as const;

export interface DemoRecord {
  seed: number;
  stage: DemoStage;
  today: string;
  stageUntil: string;
  version: number;
  loadedAt: string;
}

export async function demoRecord(strapi: Core.Strapi): Promise<DemoRecord | null> {
  const value = (await strapi.store.get(STORE)) as DemoRecord | null;
  return value && typeof value === 'object' && 'stage' in value ? value : null;
}

function readDataset(file: string): DemoDataset {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`demo: DEMO_DATA=${file} cannot be read as JSON: ${(e as Error).message}`);
  }
  const parsed = DemoDatasetSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 10).map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`demo: DEMO_DATA=${file} is not a demo dataset:\n  ${issues.join('\n  ')}`);
  }
  return parsed.data;
}

export async function loadDemo(strapi: Core.Strapi): Promise<void> {
  const setting = config().DEMO_DATA;
  if (!setting) return;
  if (config().NODE_ENV === 'production') {
    throw new Error('demo: DEMO_DATA is set while NODE_ENV=production. Demo data never goes into a production database: unset DEMO_DATA.');
  }
  const existing = await demoRecord(strapi);
  if (existing) {
    strapi.log.info(`demo: this database holds the demo (seed ${existing.seed}, stage ${existing.stage}, made for ${existing.today}); not loaded again`);
    return;
  }
  const file = path.resolve(strapi.dirs.app.root, setting);
  const data = readDataset(file);
  const started = Date.now();
  const progress = (message: string) => strapi.log.info(`demo: ${message} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  progress(`loading ${data.applications.length} applications, ${data.residents.length} residents, ${data.votes.length} votes (seed ${data.seed}, stage ${data.stage})`);

  const { dropped } = await withMailHeld(async () => {
    await loadRounds(strapi, data);
    await loadExperts(strapi, data);
    progress(`rounds ${data.rounds.map((r) => r.year).join(', ')}; experts ${data.experts.length}`);
    const projects = await loadApplications(strapi, data, progress);
    const voters = await loadResidentsAndVotes(strapi, data, projects, progress);
    await loadIdeasAndRefinements(strapi, data, projects, voters, progress);
    const [last, current] = data.rounds;
    await loadSelection(strapi, data, last!.year, { share: 1, conflicts: 2, finish: true }, progress);
    if (data.stage === 'main_selection') await loadSelection(strapi, data, current!.year, { share: 0.55, conflicts: 1, finish: false }, progress);
    if (data.stage === 'announcement') await loadSelection(strapi, data, current!.year, { share: 1, conflicts: 1, finish: true }, progress);
    // What the hourly job would do next: publish the seed of a draw whose main selection is over.
    await revealDrawsIfDue(strapi);
  });

  const record: DemoRecord = { seed: data.seed, stage: data.stage, today: data.today, stageUntil: data.stageUntil, version: data.version, loadedAt: new Date().toISOString() };
  await strapi.store.set({ ...STORE, value: record });
  progress(`loaded; ${dropped} emails to made-up people were not written`);
}

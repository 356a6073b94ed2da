// The serve command's demo (scripts/serve.ts): which database file the CMS runs on, whether the demo
// must be made anew, and the dataset the CMS loads (DEMO_DATA, cms/src/demo). The demo lives in a
// database of its own (cms/.tmp/demo/), beside the real content's cms/.tmp/data.db, so that
// `npm start -- --archive` never shows demo data and the demo never mixes with an editor's work.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_DATASET_VERSION, type DemoStage } from '@portal/schema';
import { calendarDate } from '@portal/schema/domain';
import { ROOT } from '../services.ts';
import { generateDemo } from './generate.ts';

export const DEMO_DIR = join(ROOT, 'cms', '.tmp', 'demo');

export interface DemoPlan {
  seed: number;
  stage: DemoStage;
  /** The CMS's SQLite file for the demo. */
  dbFile: string;
  /** The dataset the CMS loads when the database is new (DEMO_DATA). */
  dataFile: string;
  /** True when the database was removed and the CMS loads the demo at this start. */
  fresh: boolean;
  /** The last day the round is at this stage; after it the next start makes the demo anew. */
  stageUntil: string;
  /** The folder of the demo's database, dataset and state. */
  dir: string;
  /** The digest of the demo's code this plan was made with (kept in the state). */
  code: string;
  demoResident: string;
  demoExpert: string;
}

interface DemoState {
  seed: number;
  stage: DemoStage;
  code: string;
  stageUntil: string;
  demoResident: string;
  demoExpert: string;
}

/** A digest of the code that makes the demo: a changed generator or loader makes the demo anew. */
function demoCodeDigest(): string {
  const hash = createHash('sha256').update(String(DEMO_DATASET_VERSION));
  for (const dir of [join(ROOT, 'scripts', 'lib', 'demo'), join(ROOT, 'cms', 'src', 'demo')]) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).sort()) hash.update(readFileSync(join(dir, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

const stateFile = (dir: string) => join(dir, 'state.json');

function readState(dir: string): DemoState | null {
  try {
    return JSON.parse(readFileSync(stateFile(dir), 'utf8')) as DemoState;
  } catch {
    return null;
  }
}

/**
 * Decides whether the demo database of an earlier start can be used again (same seed, stage and
 * code, and the round still at that stage today); otherwise removes it and generates the dataset.
 */
export function prepareDemo({ seed, stage, now = new Date(), log, dir = DEMO_DIR }: { seed: number; stage: DemoStage; now?: Date; log: (message: string) => void; dir?: string }): DemoPlan {
  mkdirSync(dir, { recursive: true });
  const dbFile = join(dir, 'data.db');
  const dataFile = join(dir, 'dataset.json');
  const code = demoCodeDigest();
  const today = calendarDate(now, 'Europe/Moscow');
  const state = readState(dir);
  if (state && state.seed === seed && state.stage === stage && state.code === code && today <= state.stageUntil && existsSync(dbFile)) {
    log(`Demo: using the demo database made earlier (seed ${seed}, stage ${stage}; kept until ${state.stageUntil}, with your changes).`);
    return { seed, stage, dbFile, dataFile, fresh: false, stageUntil: state.stageUntil, demoResident: state.demoResident, demoExpert: state.demoExpert, dir, code };
  }
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(dbFile + suffix, { force: true });
  rmSync(stateFile(dir), { force: true });
  log(`Demo: generating a demo round at the stage «${stage}» from seed ${seed}...`);
  const started = performance.now();
  const data = generateDemo({ seed, stage, today: now, onProgress: (message) => log(`Demo: ${message}`) });
  writeFileSync(dataFile, JSON.stringify(data));
  log(`Demo: generated in ${((performance.now() - started) / 1000).toFixed(1)} s; the CMS loads it into a new database (${dbFile.slice(ROOT.length)}).`);
  return { seed, stage, dbFile, dataFile, fresh: true, stageUntil: data.stageUntil, demoResident: data.demoResident, demoExpert: data.demoExpert, dir, code };
}

/** Called once the CMS has loaded the demo: the next start uses the same database. */
export function rememberDemo(plan: DemoPlan): void {
  const state: DemoState = { seed: plan.seed, stage: plan.stage, code: plan.code, stageUntil: plan.stageUntil, demoResident: plan.demoResident, demoExpert: plan.demoExpert };
  writeFileSync(stateFile(plan.dir), JSON.stringify(state, null, 2));
}

/**
 * Prints the CMS log's `demo:` lines (the load's progress) while the CMS starts; answers a stop
 * function. Polls the file (the CMS writes it directly, not through this process).
 */
export function followDemoProgress(logFile: string, print: (line: string) => void): () => void {
  let offset = 0;
  let rest = '';
  const poll = () => {
    if (!existsSync(logFile)) return;
    const size = statSync(logFile).size;
    if (size < offset) offset = 0;
    if (size === offset) return;
    const buffer = Buffer.alloc(size - offset);
    const fd = openSync(logFile, 'r');
    try {
      readSync(fd, buffer, 0, buffer.length, offset);
    } finally {
      closeSync(fd);
    }
    offset = size;
    const lines = (rest + buffer.toString('utf8')).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      const at = line.indexOf('demo: ');
      if (at >= 0) print(`Demo: ${line.slice(at + 6).trim()}`);
    }
  };
  const timer = setInterval(poll, 300);
  return () => {
    clearInterval(timer);
    poll();
  };
}

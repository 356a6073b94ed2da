import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { prepareDemo, rememberDemo } from './prepare.ts';

// When npm start reuses the demo database of an earlier start and when it makes the demo anew.
// The database file here is a stand-in written by the test (the CMS would create the real one).
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'portal-demo-plan-'));
  dirs.push(dir);
  return dir;
}

const noon = (date: string) => new Date(`${date}T09:00:00Z`);
const log = () => undefined;

/** A start: the plan, then (as the CMS would) a database, then the state once the load is done. */
function start(dir: string, stage: 'collection' | 'main_selection', date: string, seed = 2026) {
  const plan = prepareDemo({ seed, stage, now: noon(date), log, dir });
  if (plan.fresh) writeFileSync(plan.dbFile, `loaded ${stage} ${seed} ${date}`);
  rememberDemo(plan);
  return plan;
}

describe('the demo database between starts', () => {
  it('is made on the first start, with the dataset for the CMS to load', () => {
    const dir = folder();
    const plan = prepareDemo({ seed: 2026, stage: 'collection', now: noon('2026-12-07'), log, dir });
    expect(plan.fresh).toBe(true);
    expect(JSON.parse(readFileSync(plan.dataFile, 'utf8'))).toMatchObject({ seed: 2026, stage: 'collection', today: '2026-12-07' });
    expect(plan.stageUntil >= '2026-12-07').toBe(true);
  });

  it('is used again on a later start with the same seed and stage, keeping what was changed in it', () => {
    const dir = folder();
    const first = start(dir, 'collection', '2026-12-07');
    writeFileSync(first.dbFile, 'an editor changed something');
    const again = start(dir, 'collection', '2026-12-08');
    expect(again.fresh).toBe(false);
    expect(readFileSync(again.dbFile, 'utf8')).toBe('an editor changed something');
  });

  it('is made anew for another stage or another seed', () => {
    const dir = folder();
    start(dir, 'collection', '2026-12-07');
    expect(start(dir, 'main_selection', '2026-12-07').fresh).toBe(true);
    expect(start(dir, 'main_selection', '2026-12-07', 7).fresh).toBe(true);
  });

  it('is made anew once the round has moved past the stage', () => {
    const dir = folder();
    const first = start(dir, 'collection', '2026-12-07');
    const dayAfter = new Date(noon(first.stageUntil).getTime() + 86_400_000).toISOString().slice(0, 10);
    expect(start(dir, 'collection', first.stageUntil).fresh).toBe(false);
    expect(start(dir, 'collection', dayAfter).fresh).toBe(true);
  });

  it('is made anew when a start stopped before the load finished (no state written)', () => {
    const dir = folder();
    const plan = prepareDemo({ seed: 2026, stage: 'collection', now: noon('2026-12-07'), log, dir });
    writeFileSync(plan.dbFile, 'half loaded');
    const next = prepareDemo({ seed: 2026, stage: 'collection', now: noon('2026-12-07'), log, dir });
    expect(next.fresh).toBe(true);
    expect(existsSync(next.dbFile)).toBe(false);
  });
});

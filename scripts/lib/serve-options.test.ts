import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, parseServeOptions, STAGES } from './serve-options.mjs';

describe('npm start options', () => {
  it('starts the demo at the collection stage with the default seed when given nothing', () => {
    expect(parseServeOptions([], {})).toEqual({ mode: 'demo', stage: 'collection', seed: DEFAULT_SEED, db: 'sqlite', replicas: 1 });
  });

  it('travels to every stage, with the value after a space or an equals sign', () => {
    for (const stage of STAGES) {
      expect(parseServeOptions(['--stage', stage], {})).toMatchObject({ stage });
      expect(parseServeOptions([`--stage=${stage}`], {})).toMatchObject({ stage });
    }
  });

  it('takes the seed and the archive switch from the environment, options winning', () => {
    expect(parseServeOptions([], { PORTAL_DEMO_SEED: '7', PORTAL_DEMO_STAGE: 'announcement' })).toEqual({ mode: 'demo', stage: 'announcement', seed: 7, db: 'sqlite', replicas: 1 });
    expect(parseServeOptions(['--seed', '9'], { PORTAL_DEMO_SEED: '7' })).toMatchObject({ seed: 9 });
    expect(parseServeOptions([], { PORTAL_ARCHIVE: '1' })).toEqual({ mode: 'archive', db: 'sqlite', replicas: 1 });
    expect(parseServeOptions(['--archive'], {})).toEqual({ mode: 'archive', db: 'sqlite', replicas: 1 });
  });

  it('refuses a stage that does not exist, listing the valid ones', () => {
    expect(() => parseServeOptions(['--stage', 'voting'], {})).toThrow(/Valid stages: collection, technical_review, main_selection, announcement/);
  });

  it('refuses a seed that is not a whole number', () => {
    for (const seed of ['abc', '-1', '1.5', '1e3']) expect(() => parseServeOptions(['--seed', seed], {})).toThrow(/whole number/);
  });

  it('refuses an unknown flag, a missing value and --archive with demo options', () => {
    expect(() => parseServeOptions(['--demo'], {})).toThrow(/Unknown option: --demo\. Valid options/);
    expect(() => parseServeOptions(['--stage'], {})).toThrow(/needs a value/);
    expect(() => parseServeOptions(['--archive', '--seed', '3'], {})).toThrow(/takes no --stage or --seed/);
  });

  it('runs several CMS instances on a throwaway PostgreSQL, from options or the environment', () => {
    expect(parseServeOptions(['--db', 'postgres', '--replicas', '2'], {})).toMatchObject({ mode: 'demo', db: 'postgres', replicas: 2 });
    expect(parseServeOptions(['--db=postgres', '--replicas=3', '--archive'], {})).toEqual({ mode: 'archive', db: 'postgres', replicas: 3 });
    expect(parseServeOptions([], { PORTAL_DB: 'postgres', PORTAL_REPLICAS: '2' })).toMatchObject({ db: 'postgres', replicas: 2 });
    expect(parseServeOptions(['--replicas', '1'], { PORTAL_DB: 'postgres', PORTAL_REPLICAS: '4' })).toMatchObject({ db: 'postgres', replicas: 1 });
    expect(parseServeOptions(['--db', 'postgres'], {})).toMatchObject({ db: 'postgres', replicas: 1 });
  });

  it('refuses an unknown database, a wrong number of instances, and several instances on SQLite', () => {
    expect(() => parseServeOptions(['--db', 'mysql'], {})).toThrow(/Unknown database "mysql"\. Valid databases: sqlite, postgres/);
    for (const n of ['0', '-1', '1.5', 'two', '9', '100']) expect(() => parseServeOptions(['--db', 'postgres', '--replicas', n], {})).toThrow(/--replicas must be a whole number from 1 to 8/);
    expect(() => parseServeOptions(['--replicas', '2'], {})).toThrow(/needs --db postgres/);
    expect(() => parseServeOptions(['--db'], {})).toThrow(/needs a value/);
  });

  it('the check run by npm start exits 2 with the usage on bad input, and starts nothing', () => {
    const run = spawnSync(process.execPath, [join(import.meta.dirname, 'serve-options.mjs'), '--stage', 'nope'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Unknown stage "nope"');
    expect(run.stderr).toContain('Usage: npm start');
  });
});

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, parseServeOptions, STAGES } from './serve-options.mjs';

describe('npm start options', () => {
  it('starts the demo at the collection stage with the default seed when given nothing', () => {
    expect(parseServeOptions([], {})).toEqual({ mode: 'demo', stage: 'collection', seed: DEFAULT_SEED });
  });

  it('travels to every stage, with the value after a space or an equals sign', () => {
    for (const stage of STAGES) {
      expect(parseServeOptions(['--stage', stage], {})).toMatchObject({ stage });
      expect(parseServeOptions([`--stage=${stage}`], {})).toMatchObject({ stage });
    }
  });

  it('takes the seed and the archive switch from the environment, options winning', () => {
    expect(parseServeOptions([], { PORTAL_DEMO_SEED: '7', PORTAL_DEMO_STAGE: 'announcement' })).toEqual({ mode: 'demo', stage: 'announcement', seed: 7 });
    expect(parseServeOptions(['--seed', '9'], { PORTAL_DEMO_SEED: '7' })).toMatchObject({ seed: 9 });
    expect(parseServeOptions([], { PORTAL_ARCHIVE: '1' })).toEqual({ mode: 'archive' });
    expect(parseServeOptions(['--archive'], {})).toEqual({ mode: 'archive' });
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

  it('the check run by npm start exits 2 with the usage on bad input, and starts nothing', () => {
    const run = spawnSync(process.execPath, [join(import.meta.dirname, 'serve-options.mjs'), '--stage', 'nope'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Unknown stage "nope"');
    expect(run.stderr).toContain('Usage: npm start');
  });
});

import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cmsNodeFlags } from './services.ts';

// Strapi's Node options live in one place, the CMS's start script (what production runs); npm start,
// the tests and the benchmarks read them from there (scripts/lib/services.ts).
describe("Strapi's Node options", () => {
  it('are the options between `node` and Strapi in the start script', () => {
    expect(cmsNodeFlags()).toEqual(['--heap-growing-percent=300', '--no-allocation-site-pretenuring', '--expose-gc']);
  });

  it('are accepted by this Node (an upgrade that drops one fails here, not in production)', () => {
    const run = spawnSync(process.execPath, [...cmsNodeFlags(), '-e', 'process.exit(0)'], { encoding: 'utf8' });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
  });
});

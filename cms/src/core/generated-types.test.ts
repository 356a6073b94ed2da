import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * cms/types/generated/ is committed: it types the content-type ids (`strapi.documents('api::…')`)
 * and the documents of cms/src. It must say what the schemas say. After changing a schema.json:
 * `cd cms && npx strapi ts:generate-types`, and commit the result.
 */
const CMS = resolve(__dirname, '../..');
const OUT = join('.tmp', `typegen-check-${process.pid}`);
afterAll(() => rmSync(join(CMS, OUT), { recursive: true, force: true }));

describe('generated Strapi types', () => {
  it('are what `strapi ts:generate-types` makes of the current schemas', () => {
    execFileSync(process.execPath, [join(CMS, 'node_modules/@strapi/strapi/bin/strapi.js'), 'ts:generate-types', '--silent', '--out-dir', OUT], { cwd: CMS, stdio: 'pipe' });
    const fresh = join(CMS, OUT, 'generated');
    const committed = join(CMS, 'types/generated');
    expect(existsSync(committed), 'cms/types/generated/ is missing: run `cd cms && npx strapi ts:generate-types`').toBe(true);
    expect(readdirSync(committed).sort()).toEqual(readdirSync(fresh).sort());
    for (const file of readdirSync(fresh)) {
      expect(readFileSync(join(committed, file), 'utf8'), `cms/types/generated/${file} is stale: run \`cd cms && npx strapi ts:generate-types\` and commit it`).toBe(readFileSync(join(fresh, file), 'utf8'));
    }
  }, 180_000);
});

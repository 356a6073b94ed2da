import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPONENTS, CONTENT_TYPES } from './admin-labels';

// The label table is complete: every field of every content type and component the portal defines
// (read from the schema files themselves) has a Russian label and a Russian hint in the admin panel.
const SRC = join(import.meta.dirname, '..');
const CYRILLIC = /[а-яё]/i;

function schemas(): Array<{ uid: string; attributes: string[] }> {
  const found: Array<{ uid: string; attributes: string[] }> = [];
  for (const api of readdirSync(join(SRC, 'api'))) {
    const dir = join(SRC, 'api', api, 'content-types');
    let types: string[];
    try {
      types = readdirSync(dir);
    } catch {
      continue; // an API without a content type of its own (routes only)
    }
    for (const type of types) {
      const schema = JSON.parse(readFileSync(join(dir, type, 'schema.json'), 'utf8'));
      found.push({ uid: `api::${api}.${type}`, attributes: Object.keys(schema.attributes) });
    }
  }
  for (const category of readdirSync(join(SRC, 'components'))) {
    for (const file of readdirSync(join(SRC, 'components', category))) {
      const schema = JSON.parse(readFileSync(join(SRC, 'components', category, file), 'utf8'));
      found.push({ uid: `${category}.${file.replace(/\.json$/, '')}`, attributes: Object.keys(schema.attributes) });
    }
  }
  return found;
}

describe('the admin panel’s Russian labels', () => {
  const all = schemas();

  it('finds the content types and components', () => {
    expect(all.filter((s) => s.uid.startsWith('api::')).length).toBeGreaterThanOrEqual(20);
    expect(all.filter((s) => !s.uid.startsWith('api::')).length).toBeGreaterThanOrEqual(19);
  });

  it('gives every field a Russian label and a Russian hint', () => {
    const missing: string[] = [];
    for (const { uid, attributes } of all) {
      const table = (uid.startsWith('api::') ? CONTENT_TYPES : COMPONENTS)[uid] ?? {};
      for (const field of attributes) {
        const [label, hint] = table[field] ?? ['', ''];
        if (!label || !CYRILLIC.test(label)) missing.push(`${uid}.${field}: label`);
        if (!hint || !CYRILLIC.test(hint)) missing.push(`${uid}.${field}: hint`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('labels no field that does not exist', () => {
    const fields = new Set(all.flatMap(({ uid, attributes }) => attributes.map((a) => `${uid}.${a}`)));
    const tables = [...Object.entries(CONTENT_TYPES), ...Object.entries(COMPONENTS)];
    const stale = tables.flatMap(([uid, labels]) => Object.keys(labels).map((f) => `${uid}.${f}`)).filter((f) => !fields.has(f));
    expect(stale).toEqual([]);
  });
});

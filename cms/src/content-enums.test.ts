import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CMS_ENUMS } from '@portal/schema';
import { describe, expect, it } from 'vitest';

// Every Strapi enumeration must equal the shared contract's tuple, so that a state added on one
// side cannot be refused (or silently dropped) by the other.
const SRC = join(import.meta.dirname);

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? jsonFiles(join(dir, e.name)) : e.name.endsWith('.json') ? [join(dir, e.name)] : [],
  );
}

function enumerations(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of jsonFiles(join(SRC, 'api'))) {
    if (!file.endsWith('schema.json')) continue;
    const schema = JSON.parse(readFileSync(file, 'utf8'));
    for (const [field, attr] of Object.entries<any>(schema.attributes)) if (attr.type === 'enumeration') found.set(`${schema.info.singularName}.${field}`, attr.enum);
  }
  for (const file of jsonFiles(join(SRC, 'components'))) {
    const schema = JSON.parse(readFileSync(file, 'utf8'));
    const name = relative(join(SRC, 'components'), file).replace(/\.json$/, '');
    for (const [field, attr] of Object.entries<any>(schema.attributes)) if (attr.type === 'enumeration') found.set(`${name}.${field}`, attr.enum);
  }
  return found;
}

describe('Strapi enumerations and the shared contract', () => {
  const found = enumerations();

  it('finds the enumerations it checks', () => {
    expect(found.size).toBeGreaterThan(15);
  });

  it.each([...found.keys()])('%s has a tuple in CMS_ENUMS equal to its schema.json enum', (key) => {
    expect(CMS_ENUMS[key], `add ${key} to schema/src/cms-enums.ts`).toBeDefined();
    expect([...found.get(key)!]).toEqual([...CMS_ENUMS[key]!]);
  });

  it('lists no attribute that the CMS no longer has', () => {
    expect(Object.keys(CMS_ENUMS).filter((key) => !found.has(key))).toEqual([]);
  });
});

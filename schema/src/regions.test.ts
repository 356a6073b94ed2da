import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RegionSchema, RUSSIAN_REGIONS } from './index.js';

const root = join(import.meta.dirname, '..', '..');
const readJson = (...path: string[]): unknown => JSON.parse(readFileSync(join(root, ...path), 'utf8'));

describe('the federal subjects', () => {
  it('are the 89 of the Constitution, each once', () => {
    expect(RUSSIAN_REGIONS).toHaveLength(89);
    expect(new Set(RUSSIAN_REGIONS).size).toBe(89);
    expect(RUSSIAN_REGIONS).toContain('Ханты-Мансийский автономный округ — Югра');
    expect(RUSSIAN_REGIONS).toContain('Кемеровская область — Кузбасс');
    const kind = (pattern: RegExp) => RUSSIAN_REGIONS.filter((r) => pattern.test(r)).length;
    expect(kind(/Республик|Чувашия/)).toBe(24);
    expect(kind(/ край$/)).toBe(9);
    expect(kind(/ область( — |$)/)).toBe(49); // 48 oblasts and the Jewish autonomous oblast
    expect(kind(/^(Москва|Санкт-Петербург|Севастополь)$/)).toBe(3);
    expect(kind(/ автономный округ( — |$)/)).toBe(4);
  });

  it('agree with the reference list content/regions.json', () => {
    expect(readJson('content', 'regions.json')).toEqual([...RUSSIAN_REGIONS]);
  });

  it('agree with the region choices the CMS offers editors', () => {
    const schema = readJson('cms', 'src', 'api', 'best-practice', 'content-types', 'best-practice', 'schema.json') as {
      attributes: { region: { type: string; enum: string[] } };
    };
    expect(schema.attributes.region.type).toBe('enumeration');
    expect(schema.attributes.region.enum).toEqual([...RUSSIAN_REGIONS]);
  });

  it('accept a constitutional name and refuse anything else in Russian', () => {
    expect(RegionSchema.parse('Пермский край')).toBe('Пермский край');
    for (const wrong of ['Пермская область', 'ХМАО', 'пермский край', '']) {
      const result = RegionSchema.safeParse(wrong);
      expect(result.success, wrong).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/^Регион: субъект РФ/);
    }
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentError, loadContent, withExtraPractices } from './load';

const contentDir = path.resolve(__dirname, '..', '..', '..', 'content');
const dir = mkdtempSync(path.join(tmpdir(), 'seed-extra-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const practice = (slug: string, over: Record<string, unknown> = {}) => ({
  title: 'Синтетическая практика',
  slug,
  city: 'Кунгур',
  region: 'Пермский край',
  topic: 'smart-city',
  year: 2021,
  summary: 'Кратко.',
  body: 'Подробно.',
  synthetic: true,
  ...over,
});

function file(name: string, content: unknown): string {
  const full = path.join(dir, name);
  writeFileSync(full, typeof content === 'string' ? content : JSON.stringify(content));
  return full;
}

function problems(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error('expected a ContentError');
}

describe('SEED_EXTRA_PRACTICES: withExtraPractices', () => {
  const loaded = loadContent(contentDir);
  const seeded = loaded.find((l) => l.name === 'bestPractices')!.entries.length;

  it('appends the file’s practices to those of content/, parsed with the same schema', () => {
    const merged = withExtraPractices(loaded, file('good.json', [practice('a'), practice('b')]));
    const practices = merged.find((l) => l.name === 'bestPractices')!.entries;
    expect(practices).toHaveLength(seeded + 2);
    expect(practices.slice(seeded).map((p) => [p.slug, p.synthetic, p.steps])).toEqual([
      ['a', true, []],
      ['b', true, []],
    ]);
    expect(merged.filter((l) => l.name !== 'bestPractices')).toEqual(loaded.filter((l) => l.name !== 'bestPractices'));
  });

  it('refuses an invalid practice, naming the file, the entry and the field', () => {
    expect(problems(() => withExtraPractices(loaded, file('bad.json', [practice('c', { region: 'Пермская область' })])))).toEqual([
      expect.stringMatching(/^bad\.json: \[0\]\.region \(slug "c"\): Регион: субъект РФ/),
    ]);
  });

  it('refuses a slug that content/ or the file itself already has', () => {
    const list = problems(() => withExtraPractices(loaded, file('dupes.json', [practice('surgut-park'), practice('d'), practice('d')])));
    expect(list).toEqual(['dupes.json: [0].slug: duplicate slug "surgut-park"', 'dupes.json: [2].slug: duplicate slug "d"']);
  });

  it('refuses a missing file and one that is not JSON', () => {
    expect(problems(() => withExtraPractices(loaded, path.join(dir, 'none.json')))).toEqual(['none.json: file not found']);
    expect(problems(() => withExtraPractices(loaded, file('text.json', 'not json')))[0]).toMatch(/^text\.json: /);
  });
});

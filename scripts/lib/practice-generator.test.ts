import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BestPracticeContentSchema, RUSSIAN_REGIONS } from '@portal/schema';
import { afterAll, describe, expect, it } from 'vitest';
import { CITIES } from './practice-data.ts';
import { coveredQueries, loadHeldout } from '../../bench/lib/heldout.ts';
import { FIRST_YEAR, generateLookalikes, generatePractices, LAST_YEAR, lookalikeTheme, mulberry32, transliterate } from './practice-generator.ts';
import { THEMES } from './practice-themes.ts';

const root = join(import.meta.dirname, '..', '..');
const topics = (JSON.parse(readFileSync(join(root, 'content', 'topics.json'), 'utf8')) as Array<{ slug: string }>).map((t) => t.slug);
const practices = generatePractices({ count: 500, seed: 42, topics });
const parsed = practices.map((p) => BestPracticeContentSchema.parse(p));
const allText = parsed
  .flatMap((p) => [p.title, p.summary, p.body, p.problem ?? '', ...p.steps.flatMap((s) => [s.title, s.text])])
  .join('\n')
  .toLowerCase();

describe('the city table', () => {
  it('has at least 150 real cities, each once, each in a federal subject of the reference list', () => {
    expect(CITIES.length).toBeGreaterThanOrEqual(150);
    expect(new Set(CITIES.map((c) => c.name)).size).toBe(CITIES.length);
    for (const city of CITIES) expect(RUSSIAN_REGIONS, city.name).toContain(city.region);
    expect(CITIES).toContainEqual({ name: 'Сургут', region: 'Ханты-Мансийский автономный округ — Югра' });
    expect(new Set(CITIES.map((c) => c.region)).size).toBeGreaterThanOrEqual(70);
  });
});

describe('generatePractices', () => {
  it('writes practices that are valid content, all marked synthetic, with unique slugs', () => {
    const invalid = practices.map((p) => BestPracticeContentSchema.safeParse(p)).filter((r) => !r.success);
    expect(invalid.map((r) => r.error?.issues)).toEqual([]);
    expect(parsed.every((p) => p.synthetic)).toBe(true);
    expect(new Set(parsed.map((p) => p.slug)).size).toBe(500);
  });

  it('is deterministic: the same seed gives the same practices, another seed others', () => {
    expect(JSON.stringify(generatePractices({ count: 500, seed: 42, topics }))).toBe(JSON.stringify(practices));
    expect(generatePractices({ count: 20, seed: 43, topics }).map((p) => p.slug)).not.toEqual(practices.slice(0, 20).map((p) => p.slug));
    const a = mulberry32(7);
    const b = mulberry32(7);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it('varies: many cities and regions, every topic, every year 2015–2024, many titles', () => {
    expect(new Set(parsed.map((p) => p.city)).size).toBeGreaterThanOrEqual(120);
    expect(new Set(parsed.map((p) => p.region)).size).toBeGreaterThanOrEqual(60);
    expect(new Set(parsed.map((p) => p.topic).filter(Boolean))).toEqual(new Set(topics));
    expect(new Set(parsed.map((p) => p.year))).toEqual(new Set(Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i)));
    expect(new Set(parsed.map((p) => p.title)).size).toBeGreaterThanOrEqual(250);
    expect(parsed.some((p) => p.budget?.sources.length)).toBe(true);
    expect(parsed.some((p) => p.partners.length > 0)).toBe(true);
    expect(parsed.some((p) => p.contact?.email)).toBe(true);
    expect(parsed.every((p) => p.results.length > 0 && p.steps.length >= 3)).toBe(true);
  });

  it('keeps every city in its real region', () => {
    const regionOf = new Map(CITIES.map((c) => [c.name, c.region]));
    for (const p of parsed) expect(p.region, p.city).toBe(regionOf.get(p.city));
  });

  it('uses the word forms a Russian search must match', () => {
    for (const form of ['парк ', 'парка', 'парков', 'парками', 'детская площадка', 'детских площадок', 'лыжная столица', 'лыжной столицы', 'набережная', 'фабрика', 'фабрики', 'сквер', 'библиотека']) {
      expect(allText, form).toContain(form);
    }
  });

  it('keeps to the regions asked for', () => {
    const hmao = 'Ханты-Мансийский автономный округ — Югра';
    const some = generatePractices({ count: 20, seed: 1, topics, regions: [hmao, 'Пермский край'] });
    expect(new Set(some.map((p) => p.region))).toEqual(new Set([hmao, 'Пермский край']));
    expect(() => generatePractices({ count: 1, seed: 1, topics, regions: ['Луганская Народная Республика'] })).toThrow(/no city/);
  });

  it('makes slugs from Russian names', () => {
    expect(transliterate('Ростов-на-Дону')).toBe('rostov-na-donu');
    expect(transliterate('Нарьян-Мар')).toBe('naryan-mar');
    expect(transliterate('Орёл')).toBe('orel');
  });
});

// Each test starts Node several times: seconds each on two busy cores.
describe('node scripts/generate-practices.ts', { timeout: 30_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'practices-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (...args: string[]) => execFileSync(process.execPath, [join(root, 'scripts', 'generate-practices.ts'), ...args], { encoding: 'utf8', stdio: 'pipe' });

  it('writes the same file twice for the same seed', () => {
    run('--count', '30', '--seed', '5', '--out', join(dir, 'a.json'));
    run('--count', '30', '--seed', '5', '--out', join(dir, 'b.json'));
    const a = readFileSync(join(dir, 'a.json'), 'utf8');
    expect(readFileSync(join(dir, 'b.json'), 'utf8')).toBe(a);
    expect(JSON.parse(a)).toHaveLength(30);
  });

  it('refuses to write into content/ and bad arguments', () => {
    expect(() => run('--out', join(root, 'content', 'synthetic.json'))).toThrow(/Refusing to write into content/);
    expect(() => run('--count', 'many')).toThrow(/--count must be a whole number/);
    expect(() => run('--region', 'Югра')).toThrow(/is not a federal subject/);
    expect(JSON.parse(run('--count', '3', '--region', 'Пермский край')).map((p: { region: string }) => p.region)).toEqual(Array(3).fill('Пермский край'));
  });
});

// Stemming a few thousand practices takes seconds on two busy cores (bench/search.ts checks 10,000).
describe('generateLookalikes', { timeout: 20_000 }, () => {
  const heldout = loadHeldout();
  const lookalikes = generateLookalikes({ count: 2000, seed: 42, anchors: heldout.anchors });

  it('writes valid synthetic practices with unique slugs, the same for the same seed', () => {
    const sample = lookalikes.slice(0, 500);
    expect(sample.map((p) => BestPracticeContentSchema.safeParse(p)).filter((r) => !r.success)).toEqual([]);
    expect(sample.every((p) => p.synthetic)).toBe(true);
    const slugs = new Set([...lookalikes, ...heldout.practices].map((p) => p.slug));
    expect(slugs.size).toBe(lookalikes.length + heldout.practices.length);
    expect(JSON.stringify(generateLookalikes({ count: 50, seed: 42, anchors: heldout.anchors }))).toBe(JSON.stringify(lookalikes.slice(0, 50)));
  });

  it('shares the real practices’ cities and common words: about half sit in their cities', () => {
    const cities = new Set(heldout.anchors.map((a) => a.city));
    const near = lookalikes.filter((p) => cities.has(p.city)).length / lookalikes.length;
    expect(near).toBeGreaterThan(0.45);
    const text = lookalikes.slice(0, 2000).map((p) => `${p.title} ${p.summary} ${p.body}`.toLowerCase()).join('\n');
    for (const word of ['двор', 'набережн', 'библиотек', 'остановк', 'фонари', 'школ', 'парк', 'волонтёр', 'отход', 'ярмарк', 'завод', 'жител']) expect(text, word).toContain(word);
  });

  it('puts no look-alike of a real practice’s theme in its region', () => {
    expect(new Set(lookalikes.map((p) => lookalikeTheme(p.slug)))).toEqual(new Set(THEMES.map((t) => t.key)));
    for (const a of heldout.anchors) {
      const clash = lookalikes.find((p) => p.region === a.region && a.themes.includes(lookalikeTheme(p.slug)!));
      expect(clash?.slug, `${a.city}: ${a.themes.join(', ')}`).toBeUndefined();
    }
  });

  it('leaves every held-out query a fair one: no look-alike holds all of its words', () => {
    expect(coveredQueries(heldout, lookalikes)).toEqual([]);
  });

  it('refuses a theme it does not know', () => {
    expect(() => generateLookalikes({ count: 1, seed: 1, anchors: [{ city: 'Сургут', region: 'Ханты-Мансийский автономный округ — Югра', themes: ['zoo'] }] })).toThrow(/unknown themes zoo/);
  });
});

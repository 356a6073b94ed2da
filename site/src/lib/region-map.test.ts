import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REGION_GRID_COLUMNS, REGION_GRID_ROWS, RUSSIAN_REGIONS } from '@portal/schema';
import { describe, expect, it } from 'vitest';
import { nouns, pluralize } from './plural.ts';
import { binLabel, binOf, contrastRatio, countByRegion, INK, PAPER, textOn, regionBins, regionFilter, regionMapId, regionMapTiles, regionRows, SCALE, SCALE_DARK, SCALE_LIGHT } from './region-map.ts';

const projects = (n: number) => pluralize(n, nouns.project);

describe('the regions map', () => {
  it('counts items (or sums an amount) per region, leaving out regions with none', () => {
    const items = [{ region: 'Москва' }, { region: 'Пермский край' }, { region: 'Москва' }] as const;
    expect(countByRegion(items, (i) => i.region)).toEqual({ Москва: 2, 'Пермский край': 1 });
    expect(countByRegion([], (i: { region: 'Москва' }) => i.region)).toEqual({});
    const votes = [{ region: 'Москва', votes: 5 }, { region: 'Москва', votes: 2 }, { region: 'Севастополь', votes: 0 }] as const;
    expect(countByRegion(votes, (p) => p.region, (p) => p.votes)).toEqual({ Москва: 7 });
  });

  it('draws its scale from the site palette', () => {
    const css = readFileSync(join(import.meta.dirname, '..', 'styles', 'global.css'), 'utf8');
    const variable = (name: string) => css.match(new RegExp(`${name}:\\s*(#[0-9a-f]{6});`))?.[1];
    expect(variable('--brand-soft')).toBe(SCALE_LIGHT);
    expect(variable('--brand')).toBe(SCALE_DARK);
    expect(variable('--ink')).toBe(INK);
    expect(variable('--paper')).toBe(PAPER);
    expect(SCALE.at(-1)).toBe(SCALE_DARK);
  });

  it('places and shades the tiles from the stylesheet (no style attributes: the pages’ CSP refuses them)', () => {
    const css = readFileSync(join(import.meta.dirname, '..', 'styles', 'global.css'), 'utf8');
    expect(css).toContain(`grid-template-columns: repeat(${REGION_GRID_COLUMNS}, minmax(0, 1fr));`);
    for (let col = 1; col <= REGION_GRID_COLUMNS; col += 1) expect(css).toContain(`.region-tile[data-col="${col}"] {\n  grid-column: ${col};\n}`);
    for (let row = 1; row <= REGION_GRID_ROWS; row += 1) expect(css).toContain(`.region-tile[data-row="${row}"] {\n  grid-row: ${row};\n}`);
    SCALE.forEach((fill, shade) => expect(css).toContain(`[data-shade="${shade}"] {\n  --tile-bg: ${fill};\n  --tile-fg: ${textOn(fill)};\n}`));
  });

  it('writes every label in a colour that meets WCAG AA on its tile', () => {
    const bins = regionBins({ Москва: 40, Севастополь: 1, 'Пермский край': 12, 'Республика Алтай': 25 });
    expect(bins).toHaveLength(4);
    for (const bin of bins) expect(contrastRatio(bin.fill, bin.text), bin.fill).toBeGreaterThanOrEqual(4.5);
    // Adjacent classes differ visibly, and the lightest still differs from an empty (paper) tile.
    for (let i = 1; i < SCALE.length; i += 1) expect(contrastRatio(SCALE[i - 1]!, SCALE[i]!)).toBeGreaterThan(1.5);
    expect(contrastRatio(SCALE[0]!, PAPER)).toBeGreaterThan(1.5);
  });

  it('makes ranges a reader can say, covering 1…max without gaps', () => {
    expect(regionBins({})).toEqual([]);
    expect(regionBins({ Москва: 0 })).toEqual([]);
    expect(regionBins({ Москва: 10 }).map((b) => [b.from, b.to])).toEqual([[1, 3], [4, 6], [7, 9], [10, 10]]);
    expect(regionBins({ Москва: 2 }).map((b) => [b.from, b.to])).toEqual([[1, 1], [2, 2]]);
    // A single class takes the darkest colour, so it stands out from the empty tiles.
    expect(regionBins({ Москва: 1 })).toEqual([{ from: 1, to: 1, fill: SCALE_DARK, text: PAPER, shade: SCALE.length - 1 }]);
    for (const max of [1, 3, 4, 5, 7, 99, 1000]) {
      const bins = regionBins({ Москва: max });
      expect(bins[0]!.from).toBe(1);
      expect(bins.at(-1)!.to).toBe(max);
      for (let i = 1; i < bins.length; i += 1) expect(bins[i]!.from).toBe(bins[i - 1]!.to + 1);
    }
  });

  it('puts each value in its class and zero in none', () => {
    const bins = regionBins({ Москва: 10 });
    expect(binOf(0, bins)).toBeNull();
    expect(binOf(undefined, bins)).toBeNull();
    expect(binOf(3, bins)?.to).toBe(3);
    expect(binOf(4, bins)?.from).toBe(4);
    expect(binOf(10, bins)).toBe(bins.at(-1));
  });

  it('names a class in Russian with the noun agreeing with its last number', () => {
    expect(binLabel({ from: 1, to: 3 }, projects)).toBe('1–3 проекта');
    expect(binLabel({ from: 5, to: 8 }, projects)).toBe('5–8 проектов');
    expect(binLabel({ from: 1, to: 1 }, projects)).toBe('1 проект');
    expect(binLabel({ from: 1001, to: 2000 }, projects)).toBe('1\u00a0001–2\u00a0000 проектов');
  });

  it('lays every subject on the map, absent values as zero', () => {
    const tiles = regionMapTiles({ Москва: 2 }, regionBins({ Москва: 2 }));
    expect(tiles).toHaveLength(RUSSIAN_REGIONS.length);
    expect(tiles.find((t) => t.region === 'Москва')).toMatchObject({ label: 'МСК', value: 2, bin: { from: 2, to: 2 } });
    expect(tiles.find((t) => t.region === 'Севастополь')).toMatchObject({ value: 0, bin: null });
  });
});

describe('the regions map as a list filter', () => {
  it('links each region to its list filtered by the query parameter the list reads, and names the counts', () => {
    const props = regionFilter('projects');
    expect(props.hrefFor('Республика Саха (Якутия)')).toBe('/projects/?region=%D0%A0%D0%B5%D1%81%D0%BF%D1%83%D0%B1%D0%BB%D0%B8%D0%BA%D0%B0+%D0%A1%D0%B0%D1%85%D0%B0+%28%D0%AF%D0%BA%D1%83%D1%82%D0%B8%D1%8F%29');
    expect(new URL(props.hrefFor('Москва'), 'https://example.ru').searchParams.get('region')).toBe('Москва');
    expect(props.allHref).toBe('/projects/');
    expect(props.valueLabel(21)).toBe('21 проект');
    expect(regionFilter('practices').valueLabel(3)).toBe('3 практики');
    expect(regionFilter('practices').hrefFor('Москва')).toMatch(/^\/practices\/\?region=/);
  });

  it('lists the regions with a value for the table, most first, ties by name', () => {
    expect(regionRows({ Москва: 2, 'Пермский край': 5, 'Амурская область': 2, Севастополь: 0 })).toEqual([
      { region: 'Пермский край', value: 5 },
      { region: 'Амурская область', value: 2 },
      { region: 'Москва', value: 2 },
    ]);
  });

  it('gives two maps of one page different ids, the same on every build', () => {
    expect(regionMapId('Проекты по регионам')).toBe(regionMapId('Проекты по регионам'));
    expect(regionMapId('Проекты по регионам')).not.toBe(regionMapId('Голоса по регионам'));
    expect(regionMapId('Проекты по регионам')).toMatch(/^region-map-[0-9a-z]+$/);
  });
});

import { describe, expect, it } from 'vitest';
import { REGION_GRID, REGION_GRID_COLUMNS, REGION_GRID_ROWS, REGION_LABELS, RUSSIAN_REGIONS } from './index.js';

const tileOf = (region: string) => REGION_GRID.find((tile) => tile.region === region);

describe('the tile grid of the regions map', () => {
  it('gives every federal subject exactly one tile, and no tile to anything else', () => {
    for (const region of RUSSIAN_REGIONS) expect(REGION_GRID.filter((tile) => tile.region === region), region).toHaveLength(1);
    expect(REGION_GRID).toHaveLength(RUSSIAN_REGIONS.length);
    for (const tile of REGION_GRID) expect(RUSSIAN_REGIONS).toContain(tile.region);
    expect(Object.keys(REGION_LABELS).sort()).toEqual([...RUSSIAN_REGIONS].sort());
  });

  it('puts no two subjects in one place, all inside the grid', () => {
    const places = REGION_GRID.map((tile) => `${tile.col},${tile.row}`);
    expect(new Set(places).size).toBe(places.length);
    for (const { col, row } of REGION_GRID) {
      expect(col).toBeGreaterThanOrEqual(0);
      expect(col).toBeLessThan(REGION_GRID_COLUMNS);
      expect(row).toBeGreaterThanOrEqual(0);
      expect(row).toBeLessThan(REGION_GRID_ROWS);
    }
  });

  it('labels each tile with three unique capital Cyrillic letters', () => {
    const labels = Object.values(REGION_LABELS);
    expect(new Set(labels).size).toBe(labels.length);
    for (const label of labels) expect(label).toMatch(/^[А-ЯЁ]{3}$/);
    expect(tileOf('Москва')?.label).toBe('МСК');
    expect(tileOf('Санкт-Петербург')?.label).toBe('СПБ');
  });

  it('is one connected piece, each tile touching another at a side or a corner', () => {
    const at = new Set(REGION_GRID.map((t) => `${t.col},${t.row}`));
    const seen = new Set<string>();
    const queue = [`${REGION_GRID[0]!.col},${REGION_GRID[0]!.row}`];
    while (queue.length > 0) {
      const place = queue.pop()!;
      if (seen.has(place)) continue;
      seen.add(place);
      const [col, row] = place.split(',').map(Number) as [number, number];
      for (const dc of [-1, 0, 1]) for (const dr of [-1, 0, 1]) if (at.has(`${col + dc},${row + dr}`)) queue.push(`${col + dc},${row + dr}`);
    }
    expect(seen.size).toBe(REGION_GRID.length);
  });

  it('keeps the geography a reader expects', () => {
    const place = (region: string) => tileOf(region)!;
    const westmost = Math.min(...REGION_GRID.map((t) => t.col));
    expect(place('Калининградская область').col).toBe(westmost);
    expect(place('Чукотский автономный округ')).toMatchObject({ col: REGION_GRID_COLUMNS - 1, row: 0 });
    for (const east of ['Камчатский край', 'Сахалинская область', 'Приморский край']) expect(place(east).col).toBeGreaterThanOrEqual(REGION_GRID_COLUMNS - 2);
    // The capitals beside their oblasts.
    const touching = (a: string, b: string) => Math.abs(place(a).col - place(b).col) <= 1 && Math.abs(place(a).row - place(b).row) <= 1;
    expect(touching('Москва', 'Московская область')).toBe(true);
    expect(touching('Санкт-Петербург', 'Ленинградская область')).toBe(true);
    expect(touching('Севастополь', 'Республика Крым')).toBe(true);
    // The Caucasus at the bottom, west of the Urals; the Urals west of Siberia.
    const caucasus = ['Республика Дагестан', 'Чеченская Республика', 'Республика Ингушетия', 'Кабардино-Балкарская Республика'];
    for (const region of caucasus) expect(place(region).row).toBeGreaterThanOrEqual(REGION_GRID_ROWS - 2);
    expect(place('Свердловская область').col).toBeLessThan(place('Новосибирская область').col);
    expect(place('Республика Дагестан').col).toBeLessThan(place('Свердловская область').col);
  });
});

import { REGION_GRID, type Region, type RegionTile } from '@portal/schema';
import { formatNumber } from './format-number.ts';
import { nouns, type PluralForms, pluralize } from './plural.ts';

/**
 * How many items fall in each region — or, with `amountOf`, the sum of an amount per item (votes per
 * region from the votes per project). Regions with none are left out.
 */
export function countByRegion<T>(items: Iterable<T>, regionOf: (item: T) => Region, amountOf: (item: T) => number = () => 1): Partial<Record<Region, number>> {
  const counts: Partial<Record<Region, number>> = {};
  for (const item of items) {
    const amount = amountOf(item);
    if (amount <= 0) continue;
    const region = regionOf(item);
    counts[region] = (counts[region] ?? 0) + amount;
  }
  return counts;
}

/** The palette's ends (site/src/styles/global.css): --brand-soft for few, --brand for most; text is --ink or --paper. */
export const SCALE_LIGHT = '#e8edf6';
export const SCALE_DARK = '#12264d';
export const INK = '#151a24';
export const PAPER = '#ffffff';

/** At most this many classes of positive values; zero is a class of its own. */
const CLASSES = 4;

function channels(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function mix(from: string, to: string, t: number): string {
  const a = channels(from);
  const b = channels(to);
  return `#${a.map((c, i) => Math.round(c + (b[i]! - c) * t).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG 2 contrast ratio of two #rrggbb colours (1–21). */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = channels(hex).map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Ink or paper, whichever reads better on `fill`. */
export const textOn = (fill: string): string => (contrastRatio(fill, INK) >= contrastRatio(fill, PAPER) ? INK : PAPER);

/** The sequential scale, light to dark: steps from --brand-soft (a quarter of the way) to --brand. */
export const SCALE: readonly string[] = Array.from({ length: CLASSES }, (_, i) => mix(SCALE_LIGHT, SCALE_DARK, (i + 1) / CLASSES));

/** One class of the legend: values from `from` to `to` inclusive, drawn in `fill` with `text` on it. */
export interface RegionBin {
  from: number;
  to: number;
  fill: string;
  text: string;
  /** The index of `fill` in SCALE: the `data-shade` global.css colours. */
  shade: number;
}

/**
 * Equal-width classes of whole numbers over 1…max, at most four, each a range a reader can say
 * («1–3», «4–6»): the darkest colours for the fewest classes, so a single class still stands out
 * from the empty tiles. Empty when nothing is positive.
 */
export function regionBins(values: Partial<Record<Region, number>>): RegionBin[] {
  const max = Math.max(0, ...Object.values(values).filter((n): n is number => typeof n === 'number' && Number.isFinite(n)));
  if (max <= 0) return [];
  const top = Math.ceil(max);
  const step = Math.ceil(top / CLASSES);
  const count = Math.ceil(top / step);
  return Array.from({ length: count }, (_, i) => {
    const shade = CLASSES - count + i;
    const fill = SCALE[shade]!;
    return { from: i * step + 1, to: Math.min((i + 1) * step, top), fill, text: textOn(fill), shade };
  });
}

/** The class a value belongs to; null for zero or nothing. */
export function binOf(value: number | undefined, bins: readonly RegionBin[]): RegionBin | null {
  if (!value || value <= 0) return null;
  return bins.find((bin) => value <= bin.to) ?? bins.at(-1) ?? null;
}

/** A legend entry: «1–3 проекта» (the noun agrees with the last number), «5 проектов». */
export function binLabel(bin: Pick<RegionBin, 'from' | 'to'>, valueLabel: (n: number) => string): string {
  return bin.from === bin.to ? valueLabel(bin.to) : `${formatNumber(bin.from)}–${valueLabel(bin.to)}`;
}

/** A tile with what the map shows on it. */
export interface RegionMapTile extends RegionTile {
  value: number;
  bin: RegionBin | null;
}

/** Every tile of the grid with its value (0 when absent) and class. */
export function regionMapTiles(values: Partial<Record<Region, number>>, bins: readonly RegionBin[]): RegionMapTile[] {
  return REGION_GRID.map((tile) => {
    const value = values[tile.region] ?? 0;
    return { ...tile, value, bin: binOf(value, bins) };
  });
}

/** A list page filtered to one region, with the query parameter its filters read: /projects/?region=Москва. */
export const regionHref = (base: string, region: Region): string => `${base}?${new URLSearchParams({ region })}`;

/** The regions with a value, most first, then by name as a Russian reader sorts: the map's table. */
export function regionRows(values: Partial<Record<Region, number>>): Array<{ region: Region; value: number }> {
  return (Object.entries(values) as Array<[Region, number]>)
    .filter(([, value]) => value > 0)
    .map(([region, value]) => ({ region, value }))
    .sort((a, b) => b.value - a.value || a.region.localeCompare(b.region, 'ru'));
}

/** A stable id for a map on a page with several: from its title (FNV-1a), so builds repeat it. */
export function regionMapId(title: string): string {
  let hash = 0x811c9dc5;
  for (const char of title) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193) >>> 0;
  return `region-map-${hash.toString(36)}`;
}

/** The list pages the map filters, and how each names what it counts. */
const FILTERS = {
  projects: { base: '/projects/', title: 'Проекты по регионам', things: 'проекты', heading: 'Проектов', noun: nouns.project },
  practices: { base: '/practices/', title: 'Практики по регионам', things: 'практики', heading: 'Практик', noun: nouns.practice },
} as const satisfies Record<string, { base: string; title: string; things: string; heading: string; noun: PluralForms }>;

/** The props that make a RegionMap the region filter of a list page: tiles link to `?region=…`. */
export function regionFilter(list: keyof typeof FILTERS) {
  const { base, title, things, heading, noun } = FILTERS[list];
  return {
    title,
    caption: `Выберите регион на карте, чтобы увидеть его ${things}.`,
    valueLabel: (n: number) => pluralize(n, noun),
    valueHeading: heading,
    hrefFor: (region: Region) => regionHref(base, region),
    allHref: base,
  };
}

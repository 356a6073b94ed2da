// Charts rendered at build time as static SVG: Observable Plot (maintained, declarative, renders with
// any DOM it is given) over linkedom's server-side document. No JavaScript reaches the browser.
import * as Plot from '@observablehq/plot';
import type { DailyCount } from '@portal/schema';
import { parseHTML } from 'linkedom';
import { formatNumber } from '../format-number.ts';

/** One bar of a category chart: what it counts and how many. */
export interface CategoryCount {
  label: string;
  count: number;
}

/** The SVG viewBox width: scaled to the column (width 100%), down to a 360 px phone. */
const WIDTH = 560;
const dayTick = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const document = () => parseHTML('<!doctype html><html lang="ru"><body></body></html>').document;
const integerTicks = (d: number) => (Number.isInteger(d) ? formatNumber(d) : '');

/**
 * The chart's size and name. Its look (the site's font and colours, text large enough once scaled)
 * is `.chart-svg svg` in site/src/styles/global.css: a style attribute is refused by the pages'
 * Content-Security-Policy (no 'unsafe-inline').
 */
const common = (ariaLabel: string) => ({
  document: document(),
  width: WIDTH,
  ariaLabel,
});

/**
 * The rendered <svg> as markup, announced as one image named by its aria-label (the data is in the
 * table beside it). Plot names its inner groups too («bar», «y-axis tick»): an aria-label on an
 * element without a role is not allowed, and inside an image nobody hears it, so those go. So do
 * coordinates' digits beyond a hundredth of a pixel, a third of the markup.
 */
function markup(svg: Element): string {
  for (const inner of svg.querySelectorAll('[aria-label]')) inner.removeAttribute('aria-label');
  // Plot's own <style> in every chart would make the browser restyle the page at each one while
  // parsing; its two rules live once in global.css (.chart-svg).
  for (const style of svg.querySelectorAll('style')) style.remove();
  for (const styled of [svg, ...svg.querySelectorAll('[style]')]) styled.removeAttribute('style');
  svg.removeAttribute('class');
  svg.setAttribute('role', 'img');
  svg.removeAttribute('height');
  svg.setAttribute('width', '100%');
  return svg.outerHTML.replace(/(\d\.\d{2})\d+/g, '$1');
}

/** Counts per calendar day as columns on a time axis («13 янв.»), the y axis in `unit` («заявок»). */
export function dailyChart(series: readonly DailyCount[], ariaLabel: string, unit: string): string {
  const data = series.map((d) => ({ date: new Date(`${d.date}T00:00:00Z`), count: d.count }));
  const svg = Plot.plot({
    ...common(ariaLabel),
    height: 260,
    marginLeft: 56,
    marginBottom: 36,
    x: { type: 'utc', label: null, ticks: 5, tickFormat: (d: Date) => dayTick.format(d) },
    y: { grid: true, label: `↑ ${unit} в день`, labelAnchor: 'top', ticks: 5, tickFormat: integerTicks },
    marks: [Plot.rectY(data, { x: 'date', y: 'count', interval: 'day', fill: 'var(--brand)', inset: 0.5 }), Plot.ruleY([0], { stroke: 'var(--ink)' })],
  }) as unknown as Element;
  return markup(svg);
}

/**
 * Horizontal bars, largest first, each with its label above it and its figure at its end: long
 * Russian names (regions, topics) stay readable at a phone's width without a wide left margin.
 */
export function categoryChart(items: readonly CategoryCount[], ariaLabel: string): string {
  const data = [...items].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'ru'));
  const max = Math.max(1, ...data.map((d) => d.count));
  const svg = Plot.plot({
    ...common(ariaLabel),
    height: 24 + data.length * 52,
    marginLeft: 0,
    marginRight: 56,
    marginTop: 8,
    marginBottom: 8,
    x: { axis: null, domain: [0, max] },
    y: { axis: null, domain: data.map((d) => d.label), paddingInner: 0.1, paddingOuter: 0 },
    marks: [
      Plot.barX(data, { x: 'count', y: 'label', fill: 'var(--brand)', insetTop: 24, insetBottom: 2 }),
      Plot.text(data, { x: 0, y: 'label', text: 'label', textAnchor: 'start', frameAnchor: 'left', dy: -11, fill: 'var(--ink)', lineWidth: 40 }),
      Plot.text(data, { x: 'count', y: 'label', text: (d: CategoryCount) => formatNumber(d.count), textAnchor: 'start', dx: 6, dy: 12, fill: 'var(--ink)', fontWeight: 700 }),
    ],
  }) as unknown as Element;
  return markup(svg);
}

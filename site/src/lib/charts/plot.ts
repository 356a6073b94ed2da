// Charts rendered at build time as static SVG files: Observable Plot (maintained, declarative, renders
// with any DOM it is given) over linkedom's server-side document. No JavaScript reaches the browser.
// A page shows a chart as an <img> (src/components/Chart.astro): the picture is one element of the
// page instead of hundreds, and its look is written into the file, not taken from the page's CSS.
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

/** A chart as a file: the SVG markup and its size in CSS pixels (the <img>'s width and height). */
export interface ChartImage {
  svg: string;
  width: number;
  height: number;
}

/**
 * The palette and type of site/src/styles/global.css (--brand, --ink, --font-sans), written into the
 * file as literal values: an image does not see the page's custom properties or its fonts.
 */
export const CHART_BRAND = '#12264d';
export const CHART_INK = '#151a24';
const FONT = "'PT Sans', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'Liberation Sans', sans-serif";

/** The chart's size and name. */
const common = (ariaLabel: string) => ({
  document: document(),
  width: WIDTH,
  ariaLabel,
});

/**
 * The rendered <svg> as a standalone file: one image named by its aria-label (the page's <img> has the
 * same words as its alt, and the data is in the table beside it). Plot names its inner groups too
 * («bar», «y-axis tick»); inside an image nobody hears them, so those go. Plot's <style> and style
 * attributes go as well (a file served under a strict Content-Security-Policy keeps to presentation
 * attributes): the font, size and text colour are attributes of the root. So do coordinates' digits
 * beyond a hundredth of a pixel, a third of the markup.
 */
function markup(svg: Element, height: number): ChartImage {
  for (const inner of svg.querySelectorAll('[aria-label]')) inner.removeAttribute('aria-label');
  for (const style of svg.querySelectorAll('style')) style.remove();
  for (const styled of [svg, ...svg.querySelectorAll('[style]')]) styled.removeAttribute('style');
  svg.removeAttribute('class');
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  svg.setAttribute('role', 'img');
  svg.setAttribute('width', String(WIDTH));
  svg.setAttribute('height', String(height));
  svg.setAttribute('color', CHART_INK);
  svg.setAttribute('font-family', FONT);
  svg.setAttribute('font-size', '15');
  return { svg: svg.outerHTML.replace(/(\d\.\d{2})\d+/g, '$1'), width: WIDTH, height };
}

/** Counts per calendar day as columns on a time axis («13 янв.»), the y axis in `unit` («заявок»). */
export function dailyChart(series: readonly DailyCount[], ariaLabel: string, unit: string): ChartImage {
  const data = series.map((d) => ({ date: new Date(`${d.date}T00:00:00Z`), count: d.count }));
  const height = 260;
  const svg = Plot.plot({
    ...common(ariaLabel),
    height,
    marginLeft: 56,
    marginBottom: 36,
    x: { type: 'utc', label: null, ticks: 5, tickFormat: (d: Date) => dayTick.format(d) },
    y: { grid: true, label: `↑ ${unit} в день`, labelAnchor: 'top', ticks: 5, tickFormat: integerTicks },
    marks: [Plot.rectY(data, { x: 'date', y: 'count', interval: 'day', fill: CHART_BRAND, inset: 0.5 }), Plot.ruleY([0], { stroke: CHART_INK })],
  }) as unknown as Element;
  return markup(svg, height);
}

/**
 * Horizontal bars, largest first, each with its label above it and its figure at its end: long
 * Russian names (regions, topics) stay readable at a phone's width without a wide left margin.
 */
export function categoryChart(items: readonly CategoryCount[], ariaLabel: string): ChartImage {
  const data = [...items].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'ru'));
  const max = Math.max(1, ...data.map((d) => d.count));
  const height = 24 + data.length * 52;
  const svg = Plot.plot({
    ...common(ariaLabel),
    height,
    marginLeft: 0,
    marginRight: 56,
    marginTop: 8,
    marginBottom: 8,
    x: { axis: null, domain: [0, max] },
    y: { axis: null, domain: data.map((d) => d.label), paddingInner: 0.1, paddingOuter: 0 },
    marks: [
      Plot.barX(data, { x: 'count', y: 'label', fill: CHART_BRAND, insetTop: 24, insetBottom: 2 }),
      Plot.text(data, { x: 0, y: 'label', text: 'label', textAnchor: 'start', frameAnchor: 'left', dy: -11, fill: CHART_INK, lineWidth: 40 }),
      Plot.text(data, { x: 'count', y: 'label', text: (d: CategoryCount) => formatNumber(d.count), textAnchor: 'start', dx: 6, dy: 12, fill: CHART_INK, fontWeight: 700 }),
    ],
  }) as unknown as Element;
  return markup(svg, height);
}

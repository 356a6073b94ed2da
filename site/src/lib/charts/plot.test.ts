import { describe, expect, it } from 'vitest';
import { categoryChart, dailyChart } from './plot.ts';

/** The text a reader sees: entities decoded. */
const text = (svg: string) => svg.replaceAll('&#160;', '\u00a0');

describe('dailyChart', () => {
  const { svg, width, height } = dailyChart(
    [
      { date: '2026-01-13', count: 1200 },
      { date: '2026-01-14', count: 0 },
      { date: '2026-01-15', count: 35 },
    ],
    'Заявки по дням',
    'заявок',
  );

  it('is one standalone SVG file, named, with its size', () => {
    expect(svg).toMatch(/^<svg /);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-label="Заявки по дням"');
    expect({ width, height }).toEqual({ width: 560, height: 260 });
    expect(svg).toContain('width="560"');
    expect(svg).toContain('height="260"');
    expect(svg).toMatch(/viewBox="0 0 560 260"/);
    expect(svg).not.toContain('<script');
    // Only the image itself is named: inner groups with an aria-label and no role are not allowed.
    expect(svg.match(/aria-label=/g)).toHaveLength(1);
    expect(svg).not.toMatch(/\d\.\d{3}/);
    expect(svg).not.toContain('<style');
    // No style attribute either: the look is in presentation attributes, with the palette's literal
    // colours (an image sees none of the page's custom properties).
    expect(svg).not.toContain('style=');
    expect(svg).not.toContain('var(');
    expect(svg).toContain('color="#151a24"');
    expect(svg).toContain("font-family=\"'PT Sans'");
  });

  it('writes dates and numbers the Russian way, with the unit on the axis', () => {
    expect(svg).toContain('13 янв.');
    expect(text(svg)).toContain('1\u00a0200');
    expect(svg).toContain('заявок в день');
  });
});

describe('categoryChart', () => {
  it('draws one bar per category, largest first, labelled with its name and figure', () => {
    const { svg, height } = categoryChart(
      [
        { label: 'Пермский край', count: 3 },
        { label: 'Ханты-Мансийский автономный округ — Югра', count: 1012 },
      ],
      'Проекты по регионам',
    );
    expect(svg.match(/<rect /g)).toHaveLength(2);
    expect(svg.indexOf('Ханты-Мансийский')).toBeLessThan(svg.indexOf('Пермский край'));
    expect(text(svg)).toContain('1\u00a0012');
    expect(svg).toContain('fill="#12264d"');
    expect(height).toBe(24 + 2 * 52);
  });
});

import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chosenRegion, markRegion } from './region-map.ts';

// The map's markup as RegionMap.astro writes it (the parts these helpers read), in a real DOM.
const { window, document } = parseHTML(`<!doctype html><body>
  <figure data-region-map>
    <p><a href="/projects/" data-region="" aria-current="true">Все регионы</a></p>
    <ol>
      <li><a href="/projects/?region=Москва" data-region="Москва"><span>МСК</span><span>Москва: 2 проекта</span></a></li>
      <li><a href="/projects/?region=Севастополь" data-region="Севастополь">СЕВ</a></li>
      <li><span tabindex="0">ЧУК</span></li>
    </ol>
  </figure>
  <a href="/elsewhere/" data-region="Москва" id="outside">Москва</a>
</body>`);

const click = (target: Element, init: Partial<MouseEvent> = {}) =>
  ({ target, button: 0, defaultPrevented: false, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false, ...init }) as MouseEvent;
const q = (selector: string) => document.querySelector(selector)!;

describe('a list page taking over the regions map', () => {
  const original = globalThis.Element;
  beforeAll(() => {
    globalThis.Element = window.Element;
  });
  afterAll(() => {
    globalThis.Element = original;
  });

  it('reads the region of a plain click on a tile, even on the text inside it', () => {
    expect(chosenRegion(click(q('a[data-region="Москва"] span')))).toBe('Москва');
    expect(chosenRegion(click(q('a[data-region="Севастополь"]')))).toBe('Севастополь');
    expect(chosenRegion(click(q('a[data-region=""]')))).toBe('');
  });

  it('leaves other clicks to the browser: new tabs, other buttons, handled ones, tiles without a link, links outside a map', () => {
    const moscow = q('a[data-region="Москва"]');
    for (const init of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { altKey: true }, { button: 1 }, { defaultPrevented: true }]) {
      expect(chosenRegion(click(moscow, init)), JSON.stringify(init)).toBeNull();
    }
    expect(chosenRegion(click(q('[tabindex="0"]')))).toBeNull();
    expect(chosenRegion(click(q('#outside')))).toBeNull();
  });

  it('marks the chosen tile alone as current, «Все регионы» when none is chosen', () => {
    markRegion(document, 'Севастополь');
    expect([...document.querySelectorAll('[aria-current]')].map((a) => a.getAttribute('data-region'))).toEqual(['Севастополь']);
    markRegion(document, '');
    expect([...document.querySelectorAll('[aria-current]')].map((a) => a.getAttribute('data-region'))).toEqual(['']);
    expect(q('#outside').hasAttribute('aria-current')).toBe(false);
  });
});

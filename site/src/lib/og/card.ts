// The Open Graph card (1200×630): what a shared link shows in messengers and social networks. A plain
// element tree in satori's React-like shape (no JSX, no React at build time), free of I/O so that it
// can be tested and digested for the image cache.

import { clip } from '../text.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** What one card says; every field is part of the cache key. */
export interface OgCard {
  /** The section the page belongs to: «Федеральный сборник успешных практик», «Проект на отборе». */
  kicker: string;
  /** The page's own title, the largest line. */
  title: string;
  /** Where and when: «Сургут · Ханты-Мансийский автономный округ — Югра · 2020»; may be empty. */
  meta: string;
  /** The programme's name, in the footer line. */
  programme: string;
}

export interface OgNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: string | OgNode | OgNode[]; [key: string]: unknown };
}

// The site's palette (src/styles/global.css): the header's navy, its red line, white text.
const BRAND = '#12264d';
const ACCENT = '#e0485f';
const SOFT = '#c9d4ea';
/** The families registered in render.ts: PT Sans's Cyrillic subset, then its Latin one for digits and «». */
export const OG_FONT_FAMILY = 'PT Sans Cyrillic, PT Sans Latin';

const h = (type: string, style: Record<string, string | number>, children?: OgNode['props']['children'], extra = {}): OgNode => ({
  type,
  props: { style, ...(children === undefined ? {} : { children }), ...extra },
});

/** The longest title and meta line a card shows in full (five lines of the smallest size; two lines). */
export const TITLE_MAX = 160;
export const META_MAX = 110;

/** Long titles shrink so that they keep to about four lines. */
export function titleSize(title: string): number {
  const length = [...title].length;
  if (length <= 40) return 68;
  if (length <= 80) return 56;
  if (length <= 140) return 46;
  return 40;
}

// The programme's skyline mark (public/favicon.svg), inline so the card needs no file.
const MARK =
  'data:image/svg+xml;utf8,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><rect width="40" height="40" rx="6" fill="#fff"/>' +
      '<path d="M7 31V19h5v12zm7 0V9h6v22zm8 0V15h5v16zm7 0V22h4v9z" fill="#12264d"/><rect x="7" y="33" width="26" height="2.5" fill="#b81d36"/></svg>',
  );

export function ogCardTree(card: OgCard): OgNode {
  const text = { display: 'flex', width: OG_WIDTH - 2 * 72 };
  // Satori sizes boxes without their padding: the fixed outer box has none, the content sits in margins.
  const content = h(
    'div',
    { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', flexGrow: 1, margin: '60px 72px 48px' },
    [
      h('div', { ...text, fontSize: 30, fontWeight: 700, color: SOFT, textTransform: 'uppercase', letterSpacing: 1 }, card.kicker),
      h('div', { ...text, flexDirection: 'column' }, [
        h('div', { ...text, fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.12 }, clip(card.title, TITLE_MAX)),
        ...(card.meta ? [h('div', { ...text, marginTop: 24, fontSize: 32, color: SOFT }, clip(card.meta, META_MAX))] : []),
      ]),
      h('div', { ...text, alignItems: 'center', fontSize: 30, fontWeight: 700 }, [
        h('img', { width: 56, height: 56, marginRight: 20 }, undefined, { src: MARK, width: 56, height: 56 }),
        h('div', { display: 'flex' }, card.programme),
      ]),
    ],
  );
  return h(
    'div',
    { width: OG_WIDTH, height: OG_HEIGHT, display: 'flex', flexDirection: 'column', background: BRAND, color: '#ffffff', fontFamily: OG_FONT_FAMILY },
    [content, h('div', { display: 'flex', height: 12, background: ACCENT }, [])],
  );
}

// What each kind of page puts on its card.
const joinMeta = (...parts: Array<string | number | null | undefined>) => parts.filter((p) => p !== null && p !== undefined && p !== '').join(' · ');

export function practiceCard(p: { title: string; city: string; region: string; year: number }, programme: string): OgCard {
  return { kicker: 'Федеральный сборник успешных практик', title: p.title, meta: joinMeta(p.city, p.region, p.year), programme };
}

export function projectCard(p: { title: string; city: string; region: string; year: number }, programme: string): OgCard {
  return { kicker: `Проект на отборе ${p.year} года`, title: p.title, meta: joinMeta(p.city, p.region), programme };
}

export function storyCard(s: { title: string; city: string }, programme: string): OgCard {
  return { kicker: 'История успеха', title: s.title, meta: s.city, programme };
}

/** The card of every other page: the programme itself. */
export function siteCard(p: { name: string; organiser: string; slogan: string; purpose: string }): OgCard {
  return { kicker: p.organiser, title: p.slogan, meta: p.purpose, programme: p.name };
}

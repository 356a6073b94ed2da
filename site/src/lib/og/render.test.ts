import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { practiceCard, projectCard, siteCard, storyCard } from './card.ts';
import { ogCacheDir, ogDigest, ogPng } from './render.ts';
import { ogStats } from './stats.ts';

const cacheDir = mkdtempSync(join(tmpdir(), 'portal-og-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

/** The width and height a PNG's header declares (IHDR, right after the signature). */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const programme = '100 городских лидеров';
const practice = { title: 'Чусовой — лыжная столица России', city: 'Чусовой', region: 'Пермский край', year: 2019 };

describe('Open Graph images', () => {
  it('renders a 1200×630 PNG, and the same card again from the cache without rendering', async () => {
    const before = { ...ogStats() };
    const first = await ogPng(practiceCard(practice, programme), cacheDir);
    expect(pngSize(first)).toEqual({ width: 1200, height: 630 });
    const again = await ogPng(practiceCard(practice, programme), cacheDir);
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
    const after = ogStats();
    expect(after.rendered - before.rendered).toBe(1);
    expect(after.cached - before.cached).toBe(1);
    expect(readdirSync(cacheDir)).toEqual([`${ogDigest(practiceCard(practice, programme))}.png`]);
  });

  it('keys the cache by everything the card shows: a changed word is a new image', () => {
    const digest = ogDigest(practiceCard(practice, programme));
    expect(ogDigest(practiceCard({ ...practice }, programme))).toBe(digest);
    expect(ogDigest(practiceCard({ ...practice, year: 2020 }, programme))).not.toBe(digest);
    expect(ogDigest(practiceCard(practice, 'Другая программа'))).not.toBe(digest);
    // The same words on another kind of card (another kicker) are another image too.
    expect(ogDigest(projectCard(practice, programme))).not.toBe(digest);
  });

  it('makes a card for every kind of page, in Russian', () => {
    expect(storyCard({ title: 'Парк', city: 'Сургут' }, programme)).toMatchObject({ kicker: 'История успеха', meta: 'Сургут' });
    expect(projectCard(practice, programme).kicker).toBe('Проект на отборе 2019 года');
    expect(practiceCard(practice, programme).meta).toBe('Чусовой · Пермский край · 2019');
    const site = siteCard({ name: programme, organiser: 'АСИ', slogan: 'Включи свой город!', purpose: 'Развитие сообществ.' });
    expect(site).toEqual({ kicker: 'АСИ', title: 'Включи свой город!', meta: 'Развитие сообществ.', programme });
  });

  it('keeps the cache where OG_CACHE_DIR says, or beside the installed packages', () => {
    expect(ogCacheDir({ OG_CACHE_DIR: '/tmp/og-here' })).toBe('/tmp/og-here');
    expect(ogCacheDir({})).toMatch(/[/\\]node_modules[/\\]\.cache[/\\]og$/);
  });
});

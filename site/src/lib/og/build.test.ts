import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { practiceCard, storyCard } from './card.ts';
import { writeOgImages, type OgImageEntry } from './build.ts';
import { ogStats } from './stats.ts';

const work = mkdtempSync(join(tmpdir(), 'portal-og-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const programme = '100 городских лидеров';
const images: OgImageEntry[] = [
  { path: '/og/practices/chusovoy.png', card: practiceCard({ title: 'Лыжная столица', city: 'Чусовой', region: 'Пермский край', year: 2019 }, programme) },
  { path: '/og/stories/surgut-park.png', card: storyCard({ title: 'Парк', city: 'Сургут' }, programme) },
];

describe('writing the Open Graph images after the build', () => {
  it('puts every card at its path, rendering only what the cache lacks', async () => {
    const cache = join(work, 'cache');
    const lines: string[] = [];
    const before = { ...ogStats() };
    await writeOgImages(images, join(work, 'first'), (line) => lines.push(line), cache);
    await writeOgImages(images, join(work, 'second'), (line) => lines.push(line), cache);
    const after = ogStats();
    expect(after.rendered - before.rendered).toBe(2);
    expect(after.cached - before.cached).toBe(2);
    expect(readdirSync(cache)).toHaveLength(2);
    for (const { path } of images) {
      const png = readFileSync(join(work, 'second', path));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.equals(readFileSync(join(work, 'first', path)))).toBe(true);
    }
  });

  it('refuses a path that leaves its folder of /og/', async () => {
    const card = images[0]!.card;
    for (const path of ['/og/practices/../../index.html', '/index.png', '/og/practices/a/b.png']) {
      await expect(writeOgImages([{ path, card }], join(work, 'bad'), () => {}, join(work, 'cache'))).rejects.toThrow(/out of \/og\//);
    }
  });
});

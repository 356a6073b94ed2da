import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { BestPracticeEntrySchema } from '@portal/schema';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { generatePractices } from '../../scripts/lib/practice-generator.ts';
import { ROOT } from '../../scripts/lib/services.ts';
import { createApiToken, rest, startTestCms, type TestCms } from '../support/portal.ts';

// The rich practice model in a real Strapi. SEED_EXTRA_PRACTICES imports a generator's file beside
// content/, with every part of the model (steps, results, participation, budget and its sources,
// organisers, partners, replication, contact, links), once; photos are served with their alt text.
const dir = mkdtempSync(join(tmpdir(), 'portal-extra-practices-'));
const topics = (JSON.parse(readFileSync(join(ROOT, 'content', 'topics.json'), 'utf8')) as Array<{ slug: string }>).map((t) => t.slug);
const generated = generatePractices({ count: 30, seed: 7, topics });
const seeded = (JSON.parse(readFileSync(join(ROOT, 'content', 'best-practices.json'), 'utf8')) as unknown[]).length;

let cms: TestCms;
beforeAll(async () => {
  const file = join(dir, 'practices.json');
  writeFileSync(file, JSON.stringify(generated));
  cms = await startTestCms({ SEED_EXTRA_PRACTICES: file });
});
afterAll(async () => {
  await cms?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

async function practices(): Promise<any[]> {
  const { status, body } = await rest(cms.url, '/api/best-practices?pagination[pageSize]=100');
  expect(status).toBe(200);
  return body.data;
}

describe('SEED_EXTRA_PRACTICES', () => {
  it('imports every practice of the file, published and complete, marked synthetic', async () => {
    const all = await practices();
    expect(all).toHaveLength(seeded + generated.length);
    for (const entry of all) expect(BestPracticeEntrySchema.safeParse(entry).error?.issues ?? []).toEqual([]);

    const bySlug = new Map(all.map((p) => [p.slug, BestPracticeEntrySchema.parse(p)]));
    expect(all.filter((p) => p.synthetic).map((p) => p.slug).sort()).toEqual(generated.map((p) => p.slug).sort());
    for (const source of generated) {
      const served = bySlug.get(source.slug)!;
      expect(served.topic?.slug ?? null).toBe(source.topic ?? null);
      expect(served.steps).toEqual(source.steps);
      expect(served.results.map((r) => [r.value, r.label, r.asOf])).toEqual(source.results!.map((r) => [r.value, r.label, r.asOf ?? null]));
      expect(served.budget?.sources.length ?? 0).toBe(source.budget?.sources?.length ?? 0);
      expect(served.contact?.email ?? null).toBe(source.contact?.email ?? null);
    }
  });

  it('a restart imports nothing twice', async () => {
    await cms.restart();
    expect(await practices()).toHaveLength(seeded + generated.length);
  });
});

/** A valid 2×2 grey PNG, built here so that the test needs no binary fixture. */
function tinyPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const pixels = deflateSync(Buffer.from([0, 128, 128, 0, 128, 128]));
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}

describe('photos of a practice', () => {
  it('are served with their file and alt text; without alt text a practice is not published', async () => {
    const token = await createApiToken(cms.url);
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(tinyPng())], { type: 'image/png' }), 'park.png');
    const upload = await fetch(`${cms.url}/api/upload`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
    expect(upload.status).toBe(201);
    const [file] = (await upload.json()) as Array<{ id: number }>;
    // Strapi's local provider writes into cms/public/uploads whatever the database: remove it after.
    onTestFinished(async () => {
      await rest(cms.url, `/api/upload/files/${file!.id}`, { method: 'DELETE', token });
    });
    const surgut = (await practices()).find((p) => p.slug === 'surgut-park');
    const publish = (images: unknown[]) =>
      rest(cms.url, `/api/best-practices/${surgut.documentId}?status=published`, { method: 'PUT', token, body: { data: { images } } });

    const refused = await publish([{ image: file!.id, alt: '' }]);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain('нет альтернативного текста');

    expect((await publish([{ image: file!.id, alt: 'Эскиз парка, нарисованный жителями', caption: 'Эскиз' }])).status).toBe(200);
    const served = BestPracticeEntrySchema.parse((await practices()).find((p) => p.slug === 'surgut-park'));
    expect(served.images).toEqual([
      { image: expect.objectContaining({ url: expect.stringMatching(/^\/uploads\/park.*\.png$/), width: 2, height: 2 }), alt: 'Эскиз парка, нарисованный жителями', caption: 'Эскиз' },
    ]);
  });
});

import { DrawEntrySchema } from '@portal/schema';
import { assignProjects, sha256Hex } from '@portal/schema/domain';
import { describe, expect, it } from 'vitest';
import { assignChecks, assignCommand, drawDay, drawFacts, drawJson, drawJsonPath, hashPublishedText, latestDraw } from './draw-text.ts';

const seed = 'sample-seed';
const input = {
  projects: [
    { id: '2020-000101', city: 'Пермь' },
    { id: '2020-000102', city: 'Кунгур' },
    { id: '2020-000103', city: 'Казань' },
  ],
  experts: [
    { id: 'e1', city: 'Москва', conflicts: [] },
    { id: 'e2', city: 'Самара', conflicts: [] },
  ],
  perExpert: 2,
  seed,
};
const result = assignProjects(input);
const meta = { id: 7, documentId: 'draw0000000000000000001', createdAt: '2020-02-10T09:00:00.000Z', updatedAt: '2020-02-23T07:00:00.000Z', publishedAt: '2020-02-23T07:00:00.000Z' };
const announced = DrawEntrySchema.parse({ ...meta, year: 2020, stage: 'announced', seedHash: sha256Hex(seed), announcedAt: '2020-02-10T21:30:00.000Z' });
const drawn = DrawEntrySchema.parse({
  ...meta,
  year: 2020,
  stage: 'drawn',
  seedHash: sha256Hex(seed),
  revealedSeed: seed,
  announcedAt: '2020-02-10T21:30:00.000Z',
  drawnAt: '2020-02-23T07:00:00.000Z',
  publishedData: {
    algorithm: result.algorithm,
    round: 2020,
    projectsPerExpert: 2,
    seedHash: result.seedHash,
    projects: input.projects,
    experts: input.experts,
    assignments: result.assignments,
    reviewsPerProject: result.reviewsPerProject,
  },
});

describe('before the draw', () => {
  it('dates the hash in the round’s time zone', () => {
    // 21:30 UTC on 10 February is 00:30 on 11 February in Moscow.
    expect(hashPublishedText(announced, 'Europe/Moscow')).toBe('Хеш SHA-256 секретного зерна опубликован 11 февраля 2020:');
    expect(hashPublishedText({ announcedAt: null }, 'Europe/Moscow')).toBe('Хеш SHA-256 секретного зерна опубликован:');
    expect(drawDay('not a date', 'Europe/Moscow')).toBeNull();
  });

  it('takes the newest round’s draw', () => {
    expect(latestDraw([{ year: 2019 }, { year: 2020 }])).toEqual({ year: 2020 });
    expect(latestDraw([])).toBeNull();
  });
});

describe('after the draw', () => {
  it('gives the numbers of the published data', () => {
    // 2 experts × 2 projects = 4 reviews over 3 projects: 1 or 2 each.
    expect(drawFacts(drawn.publishedData!)).toEqual([
      { term: 'Проектов', value: '3' },
      { term: 'Экспертов', value: '2' },
      { term: 'Проектов у каждого эксперта', value: '2' },
      { term: 'Оценок на проект', value: '1–2' },
    ]);
    expect(drawFacts({ ...drawn.publishedData!, reviewsPerProject: { a: 2, b: 2 } }).at(-1)).toEqual({ term: 'Оценок на проект', value: '2' });
  });

  it('publishes the draw without Strapi’s bookkeeping, where the page links it', () => {
    const json = drawJson(drawn);
    expect(Object.keys(json).sort()).toEqual(['announcedAt', 'drawnAt', 'note', 'publishedData', 'revealedSeed', 'seedHash', 'stage', 'year']);
    expect(json.revealedSeed).toBe(seed);
    expect(drawJsonPath(2020)).toBe('/selection/draw-2020.json');
  });

  it('gives the command that checks it against the CMS the site was built from', () => {
    expect(assignCommand(2020, 'https://cms.example.org/')).toBe('npm run assign -- --round 2020 --from https://cms.example.org');
    expect(assignChecks).toHaveLength(3);
    expect(assignChecks[0]).toMatch(/SHA-256/);
  });
});

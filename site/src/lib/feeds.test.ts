import type { Stage } from '@portal/schema';
import { describe, expect, it } from 'vitest';
import { FEEDS, practiceItems, roundNewsItems, stageNews, storyItems } from './feeds.ts';

const stage = (kind: Stage['kind'], startDate: string, endDate: string): Stage => ({
  kind,
  title: kind,
  startDate,
  endDate,
  description: `Что происходит на этапе ${kind}.`,
});
const round = {
  year: 2020,
  title: 'Отбор 2020 года',
  timeZone: 'Europe/Moscow',
  votingStart: null,
  votingEnd: null,
  stages: [
    stage('announcement', '2020-03-03', '2020-03-03'),
    stage('collection', '2020-01-13', '2020-02-17'),
    stage('main_selection', '2020-02-23', '2020-03-02'),
    stage('technical_review', '2020-02-17', '2020-02-23'),
  ],
};

describe('round news', () => {
  it('announces each stage that has begun, newest first, with its dates in Russian', () => {
    // 18 February, 00:30 in Moscow (still the 17th in UTC): the technical review began that day.
    const items = roundNewsItems([round], new Date('2020-02-17T21:30:00Z'));
    expect(items.map((i) => i.title)).toEqual([
      `${stageNews.technical_review} — Отбор 2020 года`,
      `${stageNews.collection} — Отбор 2020 года`,
    ]);
    expect(items[1]!.description).toMatch(/^13 января – 17 февраля 2020\. Что происходит/);
    expect(items[0]!.pubDate?.toISOString()).toBe('2020-02-17T00:00:00.000Z');
  });

  it('says nothing before the first stage and everything after the last', () => {
    expect(roundNewsItems([round], new Date('2020-01-12T12:00:00Z'))).toEqual([]);
    expect(roundNewsItems([round], new Date('2021-01-01T00:00:00Z'))).toHaveLength(4);
  });

  it('gives every item its own link (the feed reader keys items by it)', () => {
    const withVoting = { ...round, votingStart: '2020-01-20', votingEnd: '2020-02-10' };
    const items = roundNewsItems([withVoting, { ...round, year: 2021 }], new Date('2022-01-01T00:00:00Z'));
    expect(items).toHaveLength(9);
    expect(new Set(items.map((i) => i.link)).size).toBe(items.length);
    expect(items.map((i) => i.title)).toContain('Началось голосование жителей за проекты — Отбор 2020 года');
  });
});

describe('compendium and story feeds', () => {
  const practice = (slug: string, publishedAt: string | null, year = 2019) => ({
    slug,
    title: `Практика ${slug}`,
    city: 'Пермь',
    year,
    summary: 'Кратко.',
    publishedAt,
    topic: { title: 'Умный город' },
  });

  it('carries the newest practices by publication, at most the limit', () => {
    const items = practiceItems(
      [practice('old', '2020-01-01T00:00:00Z'), practice('new', '2021-05-01T00:00:00Z'), practice('unknown', null, 2021)],
      2,
    );
    expect(items.map((i) => i.link)).toEqual(['/practices/new/', '/practices/old/']);
    expect(items[0]!.categories).toEqual(['Умный город']);
  });

  it('tells a story by its first paragraph and links its page', () => {
    const [item] = storyItems([{ slug: 'surgut-park', title: 'Парк', city: 'Сургут', text: 'Первый абзац.\n\nВторой.', publishedAt: null }]);
    expect(item).toEqual({ title: 'Парк (Сургут)', link: '/stories/surgut-park/', description: 'Первый абзац.', pubDate: undefined });
  });

  it('lists three feeds under their own sections', () => {
    expect(Object.values(FEEDS).map((f) => f.href)).toEqual(['/stories/rss.xml', '/practices/rss.xml', '/selection/rss.xml']);
  });
});

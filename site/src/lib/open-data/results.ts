// The datasets published only once a round's results are announced: the finalists in ranking order
// and the expert draw's anonymised inputs (projects by reference and city, experts by an opaque id
// with their city and declared conflicts, and the assignment), from which anyone can recompute it.
// The working group's full ranking (every project's calibrated score and the experts' totals) stays
// in the CMS: only the finalists' places and scores are public.
import type { DrawEntry, DrawPublishedData } from '@portal/schema';
import { finalistsOf } from '../finalists.ts';
import { defineDataset, field } from './dataset.ts';
import { announcedYears, type OpenDataSource, timestamp } from './datasets.ts';

const year = field('year', 'integer', 'Год отбора', 2020);
const expertId = field('expertId', 'string', 'Обезличенный идентификатор эксперта в жеребьёвке', 'E017');
const projectId = field('projectId', 'string', 'Номер заявки проекта', '2020-000123');
const afterAnnouncement = 'Появится после объявления итогов отбора.';

type Drawn = DrawEntry & { publishedData: DrawPublishedData; revealedSeed: string };

/** The made and revealed draws of announced rounds, oldest first. */
function announcedDraws(source: OpenDataSource): Drawn[] {
  const years = announcedYears(source.projects);
  return source.draws
    .filter((d): d is Drawn => d.stage === 'drawn' && d.publishedData !== null && d.revealedSeed !== null && years.has(d.year))
    .sort((a, b) => a.year - b.year);
}

export const rankingDataset = defineDataset<OpenDataSource>({
  name: 'ranking',
  title: 'Рейтинг финалистов',
  description: 'Финалисты каждого отбора по местам, с калиброванным баллом экспертов (0–100).',
  whenEmpty: afterAnnouncement,
  fields: [
    year,
    field('rank', 'integer', 'Место в рейтинге', 1, true),
    field('reference', 'string', 'Номер заявки проекта', '2020-000123'),
    field('title', 'string', 'Название проекта', 'Умная остановка'),
    field('city', 'string', 'Город', 'Сургут'),
    field('region', 'string', 'Субъект Российской Федерации', 'Ханты-Мансийский автономный округ — Югра'),
    field('topic', 'string', 'Тематика (код)', 'smart-city', true),
    field('score', 'number', 'Калиброванный балл экспертов, 0–100', 87.3, true),
  ],
  rows: (source) =>
    [...announcedYears(source.projects)]
      .sort((a, b) => a - b)
      .flatMap((y) => finalistsOf(source.projects, y))
      .map((p) => ({ year: p.year, rank: p.selectionRank, reference: p.reference, title: p.title, city: p.city, region: p.region, topic: p.topic?.slug ?? null, score: p.selectionScore })),
});

export const drawsDataset = defineDataset<OpenDataSource>({
  name: 'draws',
  title: 'Жеребьёвка экспертов',
  description: 'Для каждого отбора: алгоритм, хеш секретного зерна (опубликован до распределения) и само зерно — чтобы любой мог пересчитать распределение проектов между экспертами.',
  whenEmpty: afterAnnouncement,
  fields: [
    year,
    field('algorithm', 'string', 'Алгоритм распределения', 'assignment-v1'),
    field('seedHash', 'string', 'SHA-256 секретного зерна, опубликованный до распределения', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'),
    field('seed', 'string', 'Раскрытое зерно', 'зерно-2020'),
    field('projectsPerExpert', 'integer', 'Проектов на одного эксперта', 10),
    field('projects', 'integer', 'Проектов в распределении', 250),
    field('experts', 'integer', 'Экспертов в распределении', 30),
    field('drawnAt', 'datetime', 'Когда сделано распределение (UTC)', '2020-05-10T12:00:00Z', true),
  ],
  rows: (source) =>
    announcedDraws(source).map((d) => ({
      year: d.year,
      algorithm: d.publishedData.algorithm,
      seedHash: d.seedHash,
      seed: d.revealedSeed,
      projectsPerExpert: d.publishedData.projectsPerExpert,
      projects: d.publishedData.projects.length,
      experts: d.publishedData.experts.length,
      drawnAt: timestamp(d.drawnAt),
    })),
});

export const drawProjectsDataset = defineDataset<OpenDataSource>({
  name: 'draw-projects',
  title: 'Жеребьёвка: проекты',
  description: 'Проекты, распределённые между экспертами, с городом (эксперт не оценивает проекты своего города).',
  whenEmpty: afterAnnouncement,
  fields: [year, projectId, field('city', 'string', 'Город проекта', 'Сургут'), field('reviews', 'integer', 'Сколько экспертов оценивали проект', 3)],
  rows: (source) =>
    announcedDraws(source).flatMap((d) =>
      [...d.publishedData.projects]
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((p) => ({ year: d.year, projectId: p.id, city: p.city, reviews: d.publishedData.reviewsPerProject[p.id] ?? 0 })),
    ),
});

export const drawExpertsDataset = defineDataset<OpenDataSource>({
  name: 'draw-experts',
  title: 'Жеребьёвка: эксперты (обезличенно)',
  description: 'Эксперты под обезличенными идентификаторами: город и заявленные конфликты интересов. Имён, почты и оценок нет.',
  whenEmpty: afterAnnouncement,
  fields: [
    year,
    expertId,
    field('city', 'string', 'Город эксперта', 'Пермь'),
    field('conflicts', 'string', 'Проекты, с которыми эксперт заявил конфликт интересов (номера заявок через пробел)', '2020-000123 2020-000456', true),
    field('conflictCities', 'string', 'Другие города, с которыми заявлен конфликт (через «; »)', 'Екатеринбург', true),
  ],
  rows: (source) =>
    announcedDraws(source).flatMap((d) =>
      [...d.publishedData.experts]
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((e) => ({ year: d.year, expertId: e.id, city: e.city, conflicts: e.conflicts.join(' ') || null, conflictCities: e.conflictCities?.join('; ') || null })),
    ),
});

export const drawAssignmentsDataset = defineDataset<OpenDataSource>({
  name: 'draw-assignments',
  title: 'Жеребьёвка: распределение',
  description: 'Какие проекты достались какому эксперту (по обезличенному идентификатору).',
  whenEmpty: afterAnnouncement,
  fields: [year, expertId, projectId],
  rows: (source) =>
    announcedDraws(source).flatMap((d) =>
      [...d.publishedData.assignments]
        .sort((a, b) => a.expertId.localeCompare(b.expertId))
        .flatMap((a) => [...a.projectIds].sort().map((id) => ({ year: d.year, expertId: a.expertId, projectId: id }))),
    ),
});

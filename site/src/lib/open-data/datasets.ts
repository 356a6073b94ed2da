// The programme's open datasets, each defined once: fields with their meaning and an example, and the
// rows made from the site's public collections. Only what the site already publishes goes in: no
// contact, no voter, no expert's name, score or comment. Team members' names are shown on project
// pages but left out of the files (only the team's size): the files are for counting, not for
// collecting people's names.
import type { BestPracticeEntry, DrawEntry, IdeaEntry, PortalStats, ProjectEntry, RefinementEntry, SelectionRoundEntry } from '@portal/schema';
import { sortedStages } from '@portal/schema/domain/round-calendar';
import { finalistsOf } from '../finalists.ts';
import { defineDataset, field } from './dataset.ts';

export interface OpenDataSource {
  /** The site's address: rows link to their pages. */
  site: string;
  projects: readonly ProjectEntry[];
  refinements: readonly RefinementEntry[];
  ideas: readonly IdeaEntry[];
  practices: readonly BestPracticeEntry[];
  rounds: readonly SelectionRoundEntry[];
  draws: readonly DrawEntry[];
  /** The CMS's aggregates (GET /api/stats); no rounds from a CMS without them. */
  stats: PortalStats;
}

const page = (source: OpenDataSource, path: string) => new URL(path, source.site).href;
const byText = <T>(key: (item: T) => string) => (a: T, b: T) => key(a).localeCompare(key(b), 'en');
/** A CMS timestamp in UTC to the second: «2026-03-14T09:30:00.000Z» → «2026-03-14T09:30:00Z». */
export const timestamp = (iso: string | null) => (iso ? new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z') : null);

/** Years whose results are announced: the working group's finalists are published. */
export function announcedYears(projects: readonly ProjectEntry[]): Set<number> {
  return new Set(finalistsOf(projects).map((p) => p.year));
}

const reference = field('reference', 'string', 'Номер заявки проекта: год отбора и порядковый номер', '2020-000123');
const year = field('year', 'integer', 'Год отбора', 2020);
const topic = field('topic', 'string', 'Тематика (код, как в адресе /topics/<код>/)', 'smart-city', true);
const city = field('city', 'string', 'Город', 'Сургут');
const region = field('region', 'string', 'Субъект Российской Федерации', 'Ханты-Мансийский автономный округ — Югра');

export const projectsDataset = defineDataset<OpenDataSource>({
  name: 'projects',
  title: 'Проекты',
  description: 'Проекты всех отборов, опубликованные после модерации: то, что видно на страницах проектов. Без контактов, резюме и состава команды поимённо.',
  whenEmpty: 'Проектов пока нет: они появятся после модерации первых заявок.',
  fields: [
    reference,
    year,
    field('title', 'string', 'Название проекта', 'Умная остановка'),
    topic,
    city,
    region,
    field('description', 'string', 'Краткое описание', 'Остановки с табло прибытия транспорта…'),
    field('problem', 'string', 'Проблема, которую решает проект', 'Жители не знают, когда придёт автобус…'),
    field('effect', 'string', 'Ожидаемый социально-экономический эффект', 'Время ожидания сократится вдвое…'),
    field('audience', 'string', 'Целевая аудитория', 'Пассажиры городского транспорта'),
    field('budgetTotal', 'number', 'Бюджет проекта, рублей', 1200000),
    field('teamSize', 'integer', 'Человек в команде, включая лидера', 4),
    field('stage', 'string', 'Этап отбора: submitted, review_passed, review_failed, in_selection, finalist, not_selected', 'finalist'),
    field('selectionRank', 'integer', 'Место в рейтинге (только у финалистов, после объявления итогов)', 1, true),
    field('selectionScore', 'number', 'Калиброванный балл экспертов, 0–100 (только у финалистов)', 87.3, true),
    field('submittedAt', 'datetime', 'Когда подана заявка (UTC)', '2020-03-14T09:30:00Z'),
    field('url', 'string', 'Страница проекта', 'https://example.ru/projects/2020-000123/'),
  ],
  rows: (source) =>
    [...source.projects].sort(byText((p) => p.reference)).map((p) => ({
      reference: p.reference,
      year: p.year,
      title: p.title,
      topic: p.topic?.slug ?? null,
      city: p.city,
      region: p.region,
      description: p.description,
      problem: p.problem,
      effect: p.effect,
      audience: p.audience,
      budgetTotal: p.budgetTotal,
      teamSize: p.team.length,
      stage: p.stage,
      selectionRank: p.selectionRank,
      selectionScore: p.selectionScore,
      submittedAt: timestamp(p.submittedAt),
      url: page(source, `/projects/${p.reference}/`),
    })),
});

export const votesDataset = defineDataset<OpenDataSource>({
  name: 'votes-daily',
  title: 'Голоса по дням',
  description: 'Действительные голоса жителей за проекты и за идеи внутри проектов, по дням (дни без голосов не указаны). Только числа: кто голосовал, не публикуется.',
  whenEmpty: 'Голосов пока нет.',
  fields: [
    field('date', 'date', 'День (по часовому поясу отбора)', '2020-04-02'),
    field('kind', 'string', 'За что голос: project — проект, idea — идея внутри проекта', 'project'),
    field('project', 'string', 'Номер заявки проекта (для идеи — проекта, к которому она относится)', '2020-000123'),
    field('idea', 'string', 'Идентификатор идеи (только для идей)', 'f1x9k2m4p6q8r0s2t4u6v8w0', true),
    field('ideaTitle', 'string', 'Название идеи (только для идей)', 'Навес от дождя', true),
    field('votes', 'integer', 'Голосов за день', 12),
  ],
  rows: (source) => {
    const ideaTitles = new Map(source.ideas.map((i) => [i.documentId, i.title]));
    return source.stats.rounds
      .flatMap((round) => round.votes.byTarget)
      .map((v) => ({
        date: v.date,
        kind: v.kind,
        project: v.project,
        idea: v.kind === 'idea' ? v.target : null,
        ideaTitle: v.kind === 'idea' ? (ideaTitles.get(v.target) ?? null) : null,
        votes: v.count,
      }))
      .sort((a, b) => a.date.localeCompare(b.date) || a.project.localeCompare(b.project) || a.kind.localeCompare(b.kind) || (a.idea ?? '').localeCompare(b.idea ?? ''));
  },
});

export const refinementsDataset = defineDataset<OpenDataSource>({
  name: 'refinements',
  title: 'Доработки жителей',
  description: 'Предложения жителей по доработке проектов, одобренные модераторами, и ответы команд. Автор доработки не публикуется.',
  whenEmpty: 'Одобренных доработок пока нет.',
  fields: [
    field('project', 'string', 'Номер заявки проекта', '2020-000123'),
    field('text', 'string', 'Текст доработки', 'Добавьте подогрев сидений на остановках'),
    field('response', 'string', 'Ответ команды: none — ещё не ответила, accepted — учтена, declined — отклонена', 'accepted'),
    field('reply', 'string', 'Ответ команды жителю', 'Спасибо, включили в смету', true),
    field('createdAt', 'datetime', 'Когда предложена (UTC)', '2020-04-02T10:15:00Z'),
    field('respondedAt', 'datetime', 'Когда команда ответила (UTC)', '2020-04-05T08:00:00Z', true),
  ],
  rows: (source) =>
    source.refinements
      .filter((r) => r.project)
      .map((r) => ({ project: r.project!.reference, text: r.text, response: r.response, reply: r.reply, createdAt: timestamp(r.createdAt)!, respondedAt: timestamp(r.respondedAt) }))
      .sort((a, b) => a.project.localeCompare(b.project) || a.createdAt.localeCompare(b.createdAt) || a.text.localeCompare(b.text)),
});

export const practicesDataset = defineDataset<OpenDataSource>({
  name: 'best-practices',
  title: 'Лучшие практики',
  description: 'Практики Федерального сборника: где, когда, что сделано, бюджет и участие жителей.',
  whenEmpty: 'Практик пока нет.',
  fields: [
    field('slug', 'string', 'Код практики (адрес /practices/<код>/)', 'surgut-budget'),
    field('title', 'string', 'Название практики', 'Народный бюджет Сургута'),
    topic,
    city,
    region,
    field('year', 'integer', 'Год реализации', 2019),
    field('summary', 'string', 'Кратко: проблема и что изменилось', 'Жители сами выбрали…'),
    field('budgetTotal', 'number', 'Бюджет, рублей', 5000000, true),
    field('residents', 'integer', 'Жителей вовлечено', 8280, true),
    field('votes', 'integer', 'Голосов жителей', 58343, true),
    field('ideas', 'integer', 'Идей жителей', 120, true),
    field('refinements', 'integer', 'Доработок жителей', 35, true),
    field('synthetic', 'boolean', 'Сгенерированная тестовая запись, не настоящая практика', false),
    field('url', 'string', 'Страница практики', 'https://example.ru/practices/surgut-budget/'),
  ],
  rows: (source) =>
    [...source.practices].sort(byText((p) => p.slug)).map((p) => ({
      slug: p.slug,
      title: p.title,
      topic: p.topic?.slug ?? null,
      city: p.city,
      region: p.region,
      year: p.year,
      summary: p.summary,
      budgetTotal: p.budget?.total ?? null,
      residents: p.participation?.residents ?? null,
      votes: p.participation?.votes ?? null,
      ideas: p.participation?.ideas ?? null,
      refinements: p.participation?.refinements ?? null,
      synthetic: p.synthetic,
      url: page(source, `/practices/${p.slug}/`),
    })),
});

export const roundsDataset = defineDataset<OpenDataSource>({
  name: 'rounds',
  title: 'Отборы',
  description: 'Отборы программы по годам: правила и окно голосования.',
  whenEmpty: 'Отборов пока нет.',
  fields: [
    year,
    field('title', 'string', 'Название отбора', 'Всероссийский конкурс «100 городских лидеров» 2020'),
    field('timeZone', 'string', 'Часовой пояс дат отбора (IANA)', 'Europe/Moscow'),
    field('votingStart', 'date', 'Первый день голосования жителей', '2020-03-01', true),
    field('votingEnd', 'date', 'Последний день голосования', '2020-04-30', true),
    field('finalistsCount', 'integer', 'Сколько финалистов выбирают', 100),
    field('projectsPerExpert', 'integer', 'Проектов на одного эксперта', 10),
    field('maxTeamSize', 'integer', 'Наибольший размер команды, включая лидера', 5),
    field('criteria', 'integer', 'Критериев основного отбора', 5),
  ],
  rows: (source) =>
    [...source.rounds].sort((a, b) => a.year - b.year).map((r) => ({
      year: r.year,
      title: r.title,
      timeZone: r.timeZone,
      votingStart: r.votingStart,
      votingEnd: r.votingEnd,
      finalistsCount: r.finalistsCount,
      projectsPerExpert: r.projectsPerExpert,
      maxTeamSize: r.maxTeamSize,
      criteria: r.criteria.length,
    })),
});

export const stagesDataset = defineDataset<OpenDataSource>({
  name: 'stages',
  title: 'Этапы отборов',
  description: 'Этапы каждого отбора с датами, по порядку.',
  whenEmpty: 'Этапов пока нет.',
  fields: [
    year,
    field('order', 'integer', 'Порядковый номер этапа в отборе', 1),
    field('kind', 'string', 'Вид этапа: collection — сбор заявок, technical_review — техническая экспертиза, main_selection — основной отбор, announcement — объявление итогов', 'collection'),
    field('title', 'string', 'Название этапа', 'Сбор заявок'),
    field('startDate', 'date', 'Первый день этапа', '2020-02-01'),
    field('endDate', 'date', 'Последний день этапа', '2020-04-30'),
  ],
  rows: (source) =>
    [...source.rounds]
      .sort((a, b) => a.year - b.year)
      .flatMap((r) => sortedStages(r.stages).map((s, i) => ({ year: r.year, order: i + 1, kind: s.kind, title: s.title, startDate: s.startDate, endDate: s.endDate }))),
});

// The demo dataset: last year's finished selection round and this year's round, running today at a
// chosen stage, with applications, experts, residents, votes, ideas and refinements in plausible
// Russian (schema/src/demo.ts is the contract; the CMS loader imports it into Strapi).
//
// Pure and deterministic: the output depends only on the seed, the stage and the calendar date of
// `today` in Europe/Moscow, never on the time of day or on the wall clock (every timestamp is before
// the start of that day), so the same demo is made anew all day long. Plain erasable TypeScript: Node
// runs it as is.
import { DEMO_DATASET_VERSION, STAGE_KINDS } from '@portal/schema';
import type { ApplicationInput, DemoApplication, DemoDatasetInput, DemoStage, Region } from '@portal/schema';
import { calendarDate, roundPhase } from '@portal/schema/domain';
import selectionRounds from '../../../content/selection-rounds.json' with { type: 'json' };
import topicList from '../../../content/topics.json' with { type: 'json' };
import { CITIES, type City, type Gender, type NounPhrase, TEAM_NAMES, TOPIC_NOUNS, TOPIC_TEXTS } from '../practice-data.ts';
import { mulberry32, transliterate } from '../practice-generator.ts';
import {
  ACHIEVEMENTS,
  AUDIENCES,
  BIG_CITIES,
  BUDGET_ITEMS,
  CLOSINGS,
  COMPLETENESS_REASONS,
  COURSES,
  EFFECTS,
  EXTRA_TEAM_NAMES,
  FEMALE_NAMES,
  femaleSurname,
  GENERAL_BUDGET_ITEMS,
  GENERAL_REFINEMENTS,
  HIDDEN_REFINEMENTS,
  IDEAS,
  INDICATORS,
  JOBS,
  MALE_NAMES,
  MODERATION_REASONS,
  PATRONYMICS,
  PLANS,
  PROBLEM_FACTS,
  PROBLEMS,
  PROJECT_IDEAS,
  type ProjectIdea,
  type Words,
  REFINEMENTS,
  REPLIES_ACCEPTED,
  REPLIES_DECLINED,
  REVIEW_COMMENTS,
  SPECIALITIES,
  SURNAMES,
  TEAM_ROLES,
  TOPIC_FIT_REASONS,
  UNIVERSITIES,
} from './data.ts';

export interface GenerateDemoOptions {
  seed: number;
  /** The stage of this year's round that today falls in. */
  stage: DemoStage;
  /** Now; only its calendar date in Europe/Moscow matters. */
  today: Date;
  /** A short line per phase, for the start command's log. */
  onProgress?: (message: string) => void;
}

type Round = DemoDatasetInput['rounds'][number];
type Application = DemoDatasetInput['applications'][number];
type Vote = DemoDatasetInput['votes'][number];
type Idea = DemoDatasetInput['ideas'][number];
type Refinement = DemoDatasetInput['refinements'][number];
type Expert = DemoDatasetInput['experts'][number];

const TIME_ZONE = 'Europe/Moscow';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const DEMO_RESIDENT_EMAIL = 'zhitel@example.ru';
export const DEMO_EXPERT_EMAIL = 'ekspert@example.ru';

const TOPICS: readonly string[] = topicList.map((t) => t.slug);
const BASE_ROUND = selectionRounds[0];
if (!BASE_ROUND) throw new Error('content/selection-rounds.json has no round to take the stages and rules from');

// ---------------------------------------------------------------------------------------------
// Randomness

interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** A whole number from min to max, both included. */
  int(min: number, max: number): number;
  float(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy. */
  shuffle<T>(items: readonly T[]): T[];
  sample<T>(items: readonly T[], count: number): T[];
  /** Roughly normal (the sum of three uniforms), mean 0, standard deviation `sd`. */
  normal(sd: number): number;
}

function makeRandom(seed: number): Random {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const shuffle = <T>(items: readonly T[]): T[] => {
    const pool = [...items];
    for (let i = pool.length - 1; i > 0; i--) {
      const j = int(0, i);
      [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
    }
    return pool;
  };
  return {
    next,
    int,
    float: (min, max) => min + next() * (max - min),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(0, items.length - 1)] as T;
    },
    shuffle,
    sample: <T>(items: readonly T[], count: number): T[] => shuffle(items).slice(0, count),
    normal: (sd) => (next() + next() + next() - 1.5) * 2 * sd,
  };
}

/** An independent stream for one phase: a change in one phase leaves the others as they were. */
function stream(seed: number, phase: string): Random {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < phase.length; i++) h = Math.imul(h ^ phase.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return makeRandom((h ^ (h >>> 13)) >>> 0);
}

/** An index drawn in proportion to `cumulative` (running sums of the weights). */
function drawIndex(r: Random, cumulative: Float64Array): number {
  const total = cumulative[cumulative.length - 1] ?? 0;
  const x = r.next() * total;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cumulative[mid] ?? 0) > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function cumulativeOf(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => {
    sum += w;
    out[i] = sum;
  });
  return out;
}

/** `count` different indexes, each drawn in proportion to its weight. */
function weightedSample(r: Random, weights: readonly number[], count: number): number[] {
  // Efraimidis–Spirakis: the largest keys u^(1/w).
  return weights
    .map((w, i) => ({ i, key: w > 0 ? Math.log(r.next() || Number.MIN_VALUE) / w : -Infinity }))
    .sort((a, b) => b.key - a.key || a.i - b.i)
    .slice(0, count)
    .map((e) => e.i);
}

// ---------------------------------------------------------------------------------------------
// Dates and times

/** `iso` plus `days` calendar days. */
function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** The same day one year earlier (29 February becomes the 28th). */
function yearEarlier(iso: string): string {
  const year = Number(iso.slice(0, 4)) - 1;
  const monthDay = iso.slice(5) === '02-29' ? '02-28' : iso.slice(5);
  return `${String(year).padStart(4, '0')}-${monthDay}`;
}

/** The first instant of a day in Europe/Moscow (UTC+3 all year round since 2014). */
const dayStart = (iso: string) => Date.parse(`${iso}T00:00:00+03:00`);
const stamp = (ms: number) => new Date(Math.floor(ms)).toISOString();

interface Window {
  start: number;
  /** Inclusive; never after the generation's cut-off. */
  end: number;
}

// ---------------------------------------------------------------------------------------------
// Rounds

/** Each stage's first and last day, as offsets from today, for the stage today is in. */
const LAYOUTS: Readonly<Record<DemoStage, ReadonlyArray<readonly [number, number]>>> = {
  // collection ~20 days in, ~14 to go; technical review 7 days; main selection 10; announcement 1.
  collection: [[-20, 14], [14, 21], [21, 31], [32, 32]],
  technical_review: [[-38, -3], [-3, 4], [4, 14], [15, 15]],
  main_selection: [[-46, -11], [-11, -4], [-4, 6], [7, 7]],
  announcement: [[-52, -17], [-17, -10], [-10, -1], [0, 0]],
};

function makeRound(year: number, dates: ReadonlyArray<readonly [string, string]>): Round {
  return {
    year,
    title: `Отбор проектов в программу «100 городских лидеров» в ${year} году`,
    timeZone: TIME_ZONE,
    stages: STAGE_KINDS.map((kind, i) => {
      const base = BASE_ROUND!.stages.find((s) => s.kind === kind);
      const [startDate, endDate] = dates[i]!;
      if (!base) throw new Error(`content/selection-rounds.json: the first round has no ${kind} stage`);
      return { kind, title: base.title, description: base.description, startDate, endDate };
    }),
    votingStart: null,
    votingEnd: null,
    finalistsCount: 25,
    projectsPerExpert: 10,
    maxTeamSize: 5,
    criteria: BASE_ROUND!.criteria.map((c) => ({ ...c })),
    requirements: BASE_ROUND!.requirements.map((c) => ({ ...c })),
    reviewChecks: BASE_ROUND!.reviewChecks.map((c) => ({ ...c })),
  };
}

function collectionWindow(round: Round, cutoff: number): Window {
  const collection = round.stages.find((s) => s.kind === 'collection')!;
  return { start: dayStart(collection.startDate), end: Math.min(dayStart(addDays(collection.endDate, 1)), cutoff) - 1 };
}

// ---------------------------------------------------------------------------------------------
// Words

const pluralRules = new Intl.PluralRules('ru');
const numbers = new Intl.NumberFormat('ru-RU');
function form(n: number, one: string, few: string, many: string): string {
  const category = pluralRules.select(n);
  return category === 'one' ? one : category === 'few' ? few : many;
}
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const agree = (gender: Gender, m: string, f: string, n: string) => (gender === 'm' ? m : gender === 'f' ? f : n);

/** A round number between min and max (log-uniform, two significant digits): 1 200 000. */
function roundNumber(r: Random, min: number, max: number): number {
  const value = Math.exp(Math.log(min) + (Math.log(max) - Math.log(min)) * r.next());
  const step = 10 ** Math.max(0, Math.floor(Math.log10(value)) - 1);
  return Math.round(value / step) * step;
}

interface Person {
  first: string;
  patronymic: string;
  surname: string;
  female: boolean;
}

function person(r: Random): Person {
  const female = r.chance(0.5);
  const [m, f] = r.pick(PATRONYMICS);
  const surname = r.pick(SURNAMES);
  return {
    first: r.pick(female ? FEMALE_NAMES : MALE_NAMES),
    patronymic: female ? f : m,
    surname: female ? femaleSurname(surname) : surname,
    female,
  };
}
const fullName = (p: Person) => `${p.surname} ${p.first} ${p.patronymic}`;
const shortName = (p: Person) => `${p.first} ${p.surname}`;

/** Project ideas from the topic's nouns (practice-data), besides the hand-written ones. */
function nounIdeas(topic: string): ProjectIdea[] {
  const nouns: readonly NounPhrase[] = TOPIC_NOUNS[topic] ?? [];
  const outcomes = TOPIC_TEXTS[topic]?.outcomes ?? [];
  return nouns.flatMap((n, i): ProjectIdea[] => {
    const it = agree(n.gender, 'его', 'её', 'его');
    const outcome = outcomes[i % Math.max(1, outcomes.length)] ?? 'собираются жители';
    const goalWithOutcome = (goal: string) => `${goal}: через год здесь ${outcome}`;
    switch (topic) {
      case 'smart-city':
        return [
          { title: `${capitalise(n.nom)} для всех`, goal: `создать ${n.acc} вместе с жителями и подключить к ${agree(n.gender, 'нему', 'ней', 'нему')} городские службы` },
          { title: `${capitalise(n.nom)}: пилот в одном районе`, goal: `запустить ${n.acc} в одном районе, проверить ${it} на жителях и затем распространить на весь город` },
        ];
      case 'cultural-heritage':
        return [
          { title: `${capitalise(n.nom)}: традиции города`, cityTitle: (c) => `${capitalise(n.nom)} — гордость города ${c}`, goal: `создать ${n.acc} вместе с местными мастерами и сделать ${it} частью туристического маршрута` },
        ];
      case 'children-in-the-city':
        return [
          { title: `Дети придумывают ${n.acc}`, cityTitle: (c) => `${c}: ${n.nom} для всех`, goal: `обновить ${n.acc} по идеям детей и родителей` },
          { title: `${capitalise(n.nom)}, ${agree(n.gender, 'который', 'которую', 'которое')} ждали соседи`, goal: goalWithOutcome(`обновить ${n.acc} вместе с детьми и родителями`) },
        ];
      case 'creative-clusters':
        return [
          { title: `Новая жизнь ${n.gen}`, cityTitle: (c) => `${c}: ${n.nom} для креативных команд`, goal: `приспособить ${n.acc} под креативный кластер` },
          { title: `${capitalise(n.nom)} для креативных команд`, goal: goalWithOutcome(`приспособить ${n.acc} под мастерские и студии`) },
        ];
      default:
        return [
          { title: `Новая жизнь ${n.gen}`, cityTitle: (c) => `${c}: ${n.nom} для всех`, goal: `привести в порядок ${n.acc} и открыть ${it} для горожан` },
          { title: `Возвращаем горожанам ${n.acc}`, goal: goalWithOutcome(`привести в порядок ${n.acc} вместе с жителями`) },
        ];
    }
  });
}

const IDEA_POOLS: Readonly<Record<string, readonly ProjectIdea[]>> = Object.fromEntries(
  TOPICS.map((t) => [t, [...(PROJECT_IDEAS[t] ?? []), ...nounIdeas(t)]]),
);

function videoUrl(r: Random): string {
  const hex = (n: number) => Array.from({ length: n }, () => '0123456789abcdef'[r.int(0, 15)]).join('');
  const digits = (n: number) => String(r.int(1, 9)) + Array.from({ length: n - 1 }, () => r.int(0, 9)).join('');
  const base62 = (n: number) => Array.from({ length: n }, () => 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'[r.int(0, 56)]).join('');
  switch (r.int(0, 5)) {
    case 0:
    case 1:
      return `https://rutube.ru/video/${hex(32)}/`;
    case 2:
      return `https://vk.com/video-${digits(9)}_${digits(9)}`;
    case 3:
      return `https://vkvideo.ru/video-${digits(9)}_${digits(9)}`;
    case 4:
      return `https://disk.yandex.ru/i/${base62(14)}`;
    default:
      return `https://dzen.ru/video/watch/${hex(24)}`;
  }
}

const phone = (r: Random) => `+79${Array.from({ length: 9 }, () => r.int(0, 9)).join('')}`;

function indicator(r: Random) {
  return (t: (typeof INDICATORS)[string][number]) => {
    const baseline = r.int(t.baseline[0], t.baseline[1]);
    const additive = t.baseline[1] === 0 || t.growth[0] >= 10;
    let target = additive ? baseline + r.int(t.growth[0], t.growth[1]) : Math.round(baseline * r.float(t.growth[0], t.growth[1]));
    if (target >= 1000) target = Math.round(target / 100) * 100;
    if (t.unit === '%') target = Math.min(100, target);
    return { name: t.name, unit: t.unit, baseline, target };
  };
}

interface ApplicationContext {
  r: Random;
  city: City;
  topic: string;
  year: number;
  idea: ProjectIdea;
  usedTitles: Set<string>;
}

/** The form as a leader fills it in; passes demoApplicationSchema. */
function applicationData({ r, city, topic, year, idea, usedTitles }: ApplicationContext): ApplicationInput {
  let title = idea.cityTitle && r.chance(0.4) ? idea.cityTitle(city.name) : idea.title;
  if (usedTitles.has(title)) title = `${title} (${city.name})`;
  if (usedTitles.has(title)) title = `${title}, ${r.int(2, 9)}-я очередь`;
  usedTitles.add(title);

  const team = r.pick([...TEAM_NAMES, ...EXTRA_TEAM_NAMES]);
  const leader = person(r);
  const texts = TOPIC_TEXTS[topic]!;
  const plans = r.sample(PLANS[topic]!, r.int(2, 4));
  const description = [
    `${r.chance(0.5) ? `Команда «${team}»` : 'Наша команда'} из города ${city.name} хочет ${idea.goal}.`,
    ...plans,
    r.chance(0.6) ? `Наша цель — город, где ${r.pick(texts.outcomes)}.` : '',
    r.pick(CLOSINGS),
  ]
    .filter(Boolean)
    .join(' ');
  const words: Words = {
    int: r.int,
    count: (n, one, few, many) => `${numbers.format(n)} ${form(n, one, few, many)}`,
    form,
    g: (masculine, feminine) => (leader.female ? feminine : masculine),
    year,
  };
  const problem = `${r.pick([...texts.problems, ...PROBLEMS[topic]!])} ${r.pick(PROBLEM_FACTS[topic]!)(words)}`;

  const total = roundNumber(r, 300_000, 40_000_000);
  const itemCount = r.int(2, 6);
  const names = r.sample([...BUDGET_ITEMS[topic]!], itemCount - (r.chance(0.5) ? 1 : 0));
  while (names.length < itemCount) names.push(r.pick(GENERAL_BUDGET_ITEMS.filter((n) => !names.includes(n))));
  const weights = names.map(() => 0.3 + r.next());
  const weightSum = weights.reduce((a, b) => a + b, 0);
  let left = total;
  const items = names.map((item, i) => {
    const amount = i === names.length - 1 ? left : Math.floor((total * weights[i]!) / weightSum / 1000) * 1000;
    left -= amount;
    const u = r.next();
    const source = i === 0 && r.chance(0.5) ? 'grant' : u < 0.35 ? 'grant' : u < 0.65 ? 'co_financing' : u < 0.88 ? 'own_funds' : 'other';
    return { item, amount, source } as const;
  });

  const graduated = year - r.int(3, 25);
  const experienceYears = Math.max(2, year - graduated - r.int(0, 2));
  const jobOf = () => r.pick(JOBS).replace('{team}', team);
  const achievementCount = r.int(1, 3);
  const achievements = r
    .sample(ACHIEVEMENTS, achievementCount)
    .map((a) => a(words))
    .join(' ');

  const size = r.pick([1, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5]);
  const roles = r.sample(TEAM_ROLES, size - 1);
  const translitFirst = transliterate(leader.first);
  const translitSurname = transliterate(leader.surname);
  return {
    title,
    topic,
    city: city.name,
    region: city.region,
    description,
    problem,
    effect: {
      text: r.pick(EFFECTS[topic]!),
      indicators: r.sample(INDICATORS[topic]!, r.int(1, 4)).map(indicator(r)),
    },
    budget: { total, items },
    audience: r.pick(AUDIENCES[topic]!)(r.pick([300, 800, 1500, 2500, 5000, 12_000, 30_000, 80_000]) + r.int(0, 9) * 100).replace(/\d{4,}/g, (d) => numbers.format(Number(d))),
    videoUrl: videoUrl(r),
    leaderCv: {
      education: `${r.pick(UNIVERSITIES)}, специальность «${capitalise(r.pick(SPECIALITIES))}», ${graduated} год.${r.chance(0.5) ? ` Дополнительное образование: ${r.pick(COURSES)}.` : ''}`,
      experience: `${experienceYears} ${form(experienceYears, 'год', 'года', 'лет')} работы. Сейчас — ${jobOf()}.${r.chance(0.6) ? ` Раньше — ${jobOf()}.` : ''}`,
      achievements,
    },
    team: [
      { name: shortName(leader), role: 'Руководитель проекта', competences: 'Управление проектом, работа с жителями, партнёрами и администрацией' },
      ...roles.map((role) => ({ name: shortName(person(r)), role: role.role, competences: r.pick(role.competences) })),
    ],
    contacts: {
      email: `${translitFirst}.${translitSurname}${r.chance(0.4) ? r.int(1, 99) : ''}@example.ru`,
      phone: phone(r),
    },
    consent: true,
  };
}

// ---------------------------------------------------------------------------------------------
// Applications

/** An application being made: the contract's decisions, before its texts are written. */
type Draft = Pick<DemoApplication, 'reference' | 'year' | 'moderation' | 'moderationReason' | 'topicFit' | 'topicFitReason' | 'completenessDecision' | 'completenessReason' | 'quality'> & {
  submittedAt: number;
  city: City;
  topic: string;
  data: ApplicationInput | null;
};

interface RoundPlan {
  year: number;
  window: Window;
  total: number;
  rejected: number;
  pending: number;
  /** Share of the published ones with a technical review decision. */
  decided: number;
  /** Share of the decided ones that fail one of the two checks. */
  failing: number;
  /** Cities to spread the applications over: the first `distinctCities` each get one published application. */
  cities: readonly City[];
  distinctCities: number;
  /** Whether the collection is still running (submissions come evenly, not in a rush at the end). */
  running: boolean;
}

function latentQuality(r: Random): number {
  const u = r.next();
  const q = u < 0.07 ? r.float(0.85, 0.98) : u < 0.22 ? r.float(0.03, 0.3) : 0.3 + (0.55 * (r.next() + r.next())) / 2;
  return Math.round(q * 1000) / 1000;
}

/** The round's applications without their texts: dates, references, places, topics and decisions. */
function draftApplications(r: Random, plan: RoundPlan): Draft[] {
  const { window } = plan;
  // Submissions stop a few hours before the cut-off, so that moderation and votes fit after them.
  const last = window.end - 6 * HOUR;
  const span = last - window.start;
  const times = Array.from({ length: plan.total }, () => window.start + span * r.next() ** (plan.running ? 0.9 : 0.7)).sort((a, b) => a - b);
  const drafts: Draft[] = times.map((t, i) => ({
    reference: `${plan.year}-${String(i + 1).padStart(6, '0')}`,
    year: plan.year,
    submittedAt: Math.floor(t),
    city: CITIES[0]!,
    topic: TOPICS[0]!,
    moderation: 'published',
    moderationReason: null,
    topicFit: 'pending',
    topicFitReason: null,
    completenessDecision: 'pending',
    completenessReason: null,
    quality: latentQuality(r),
    data: null,
  }));

  // Moderation: the pending ones are the latest, the rejected ones anywhere.
  const recent = r.sample(
    drafts.slice(-Math.max(plan.pending * 3, 20)).map((_, i, a) => plan.total - a.length + i),
    plan.pending,
  );
  for (const i of recent) drafts[i]!.moderation = 'pending';
  const others = drafts.map((_, i) => i).filter((i) => drafts[i]!.moderation === 'published');
  for (const i of r.sample(others, plan.rejected)) {
    const d = drafts[i]!;
    d.moderation = 'rejected';
    d.moderationReason = r.pick(MODERATION_REASONS);
    d.quality = Math.round(r.float(0.02, 0.35) * 1000) / 1000;
  }
  const published = drafts.filter((d) => d.moderation === 'published');

  // Topics: quotas over the published ones (each topic well represented), the rest at random.
  const shares = r.shuffle([0.24, 0.22, 0.2, 0.18, 0.16]);
  const quota = TOPICS.map((_, i) => Math.floor(published.length * shares[i]!));
  let assigned = quota.reduce((a, b) => a + b, 0);
  for (let i = 0; assigned < published.length; i = (i + 1) % TOPICS.length, assigned++) quota[i]!++;
  const topicOrder = r.shuffle(TOPICS.flatMap((t, i) => Array.from({ length: quota[i]! }, () => t)));
  published.forEach((d, i) => (d.topic = topicOrder[i]!));
  for (const d of drafts) if (d.moderation !== 'published') d.topic = r.pick(TOPICS);

  // Cities: one published application in each of the distinct cities, the rest in big cities and hubs.
  const big = CITIES.filter((c) => BIG_CITIES.includes(c.name));
  const hubWeights = cumulativeOf(plan.cities.map((_, i) => 1 / (1 + i / 8)));
  const cityOrder = r.shuffle(published);
  cityOrder.forEach((d, i) => {
    d.city = i < plan.distinctCities ? plan.cities[i]! : r.chance(0.45) ? r.pick(big) : plan.cities[drawIndex(r, hubWeights)]!;
  });
  for (const d of drafts) if (d.moderation !== 'published') d.city = r.chance(0.3) ? r.pick(big) : r.pick(plan.cities);

  // Technical review: the earlier applications are decided first; the weaker ones fail.
  const decided = published.filter((_, i) => i / published.length + r.float(-0.15, 0.15) < plan.decided || plan.decided >= 1);
  if (plan.decided > 0) {
    const failCount = Math.round(decided.length * plan.failing);
    const score = new Map(decided.map((d) => [d, d.quality + r.next() * 0.35]));
    const failing = new Set([...decided].sort((a, b) => score.get(a)! - score.get(b)!).slice(0, failCount));
    for (const d of decided) {
      d.topicFit = 'pass';
      d.completenessDecision = 'pass';
      if (!failing.has(d)) continue;
      if (r.chance(0.4)) {
        d.topicFit = 'fail';
        d.topicFitReason = r.pick(TOPIC_FIT_REASONS);
      } else {
        d.completenessDecision = 'fail';
        d.completenessReason = r.pick(COMPLETENESS_REASONS);
      }
    }
  }
  return drafts;
}

/** Cities for a round: one in each of `regions` different federal subjects, then others, `count` in all. */
function cityPool(r: Random, count: number, regions: number, exclude: ReadonlySet<string>): City[] {
  const byRegion = new Map<Region, City[]>();
  for (const c of CITIES) if (!exclude.has(c.name)) byRegion.set(c.region, [...(byRegion.get(c.region) ?? []), c]);
  const chosen = r.shuffle([...byRegion.values()]).slice(0, regions).map((cities) => r.pick(cities));
  const names = new Set(chosen.map((c) => c.name));
  const rest = r.shuffle(CITIES.filter((c) => !names.has(c.name) && !exclude.has(c.name)));
  return r.shuffle([...chosen, ...rest.slice(0, Math.max(0, count - chosen.length))]);
}

// ---------------------------------------------------------------------------------------------
// Votes

interface VoteDraft {
  voter: number;
  app: Draft;
  at: number;
}

/**
 * One round's votes. Each voting resident came for one project (drawn by a Zipf-like popularity, so a
 * few projects gather most of the votes) and votes for 1–12 projects, mostly of that project's region.
 */
function roundVotes(r: Random, published: readonly Draft[], voters: readonly number[], window: Window, fixed: ReadonlyMap<number, readonly Draft[]>): VoteDraft[] {
  const span = window.end - window.start;
  const earliest = (d: Draft) => Math.max(window.start, d.submittedAt + 2 * HOUR);
  // Popularity: rank by quality and luck, then 1/(rank + 5)^1.3; late projects had less time.
  const score = new Map(published.map((d) => [d, 0.5 * d.quality + 0.5 * r.next()]));
  const ranked = [...published].sort((a, b) => score.get(b)! - score.get(a)!);
  const weight = new Map<Draft, number>();
  ranked.forEach((d, rank) => weight.set(d, (1 / (rank + 5) ** 1.3) * (0.15 + (0.85 * (window.end - earliest(d))) / span)));
  const all = cumulativeOf(published.map((d) => weight.get(d)!));
  const regions = new Map<Region, Draft[]>();
  for (const d of published) {
    const list = regions.get(d.city.region);
    if (list) list.push(d);
    else regions.set(d.city.region, [d]);
  }
  const regionWeights = new Map<Region, Float64Array>();
  for (const [region, list] of regions) regionWeights.set(region, cumulativeOf(list.map((d) => weight.get(d)!)));

  const votes: VoteDraft[] = [];
  for (const voter of voters) {
    let chosen: Draft[];
    const preset = fixed.get(voter);
    if (preset) chosen = [...preset];
    else {
      const count = 1 + Math.floor(12 * r.next() ** 1.35);
      const home = published[drawIndex(r, all)]!;
      chosen = [home];
      const local = regions.get(home.city.region)!;
      const localWeights = regionWeights.get(home.city.region)!;
      for (let tries = 0; chosen.length < count && tries < count * 6; tries++) {
        const d = r.chance(0.55) ? local[drawIndex(r, localWeights)]! : published[drawIndex(r, all)]!;
        if (!chosen.includes(d)) chosen.push(d);
      }
    }
    // A resident votes in a session or two: the moments cluster around one point of the window.
    const centre = r.next();
    for (const d of chosen) {
      const lo = earliest(d);
      const u = Math.min(1, Math.max(0, centre + r.float(-0.05, 0.05)));
      votes.push({ voter, app: d, at: Math.floor(lo + (window.end - lo) * u) });
    }
  }
  return votes;
}

// ---------------------------------------------------------------------------------------------
// The dataset

/** The texts of a round's applications; their own stream, so the same seed writes the same projects at every stage. */
function writeTexts(r: Random, drafts: readonly Draft[]): void {
  const usedTitles = new Set<string>();
  const pools = new Map(TOPICS.map((t) => [t, r.shuffle(IDEA_POOLS[t]!)]));
  const next = new Map(TOPICS.map((t) => [t, 0]));
  for (const d of drafts) {
    const pool = pools.get(d.topic)!;
    const k = next.get(d.topic)!;
    next.set(d.topic, k + 1);
    d.data = applicationData({ r, city: d.city, topic: d.topic, year: d.year, idea: pool[k % pool.length]!, usedTitles });
  }
}

interface VotingPlan {
  previousPublished: readonly Draft[];
  currentPublished: readonly Draft[];
  previousWindow: Window;
  currentWindow: Window;
  cutoff: number;
}

/**
 * The residents (resident 0 is the demo resident) and their votes in both rounds: who voted when,
 * and when each verified their address.
 */
function residentsAndVotes(vr: Random, { previousPublished, currentPublished, previousWindow, currentWindow, cutoff }: VotingPlan) {
  const residentCount = 3_400 + vr.int(0, 200);
  const previousVoters: number[] = [];
  const currentVoters: number[] = [];
  for (let i = 0; i < residentCount; i++) {
    const before = i === 0 || vr.chance(0.55);
    const now = i === 0 || !before || vr.chance(0.88);
    if (before) previousVoters.push(i);
    if (now) currentVoters.push(i);
  }
  // The demo resident: a few votes last year, 3–6 this year among the popular projects of their region.
  const byVotesHint = [...currentPublished].sort((a, b) => b.quality - a.quality);
  const demoPicks = vr.sample(byVotesHint.slice(0, 30), vr.int(3, 6));
  const demoPrevious = vr.sample(previousPublished, 2);
  const previousVotes = roundVotes(vr, previousPublished, previousVoters, previousWindow, new Map([[0, demoPrevious]]));
  const currentVotes = roundVotes(vr, currentPublished, currentVoters, currentWindow, new Map([[0, demoPicks]]));
  const allVotes = [...previousVotes, ...currentVotes].sort((a, b) => a.at - b.at || a.voter - b.voter || a.app.reference.localeCompare(b.app.reference));

  // Verified a little before their first vote; the residents who voted last year verified back then.
  const verifiedAt = new Float64Array(residentCount).fill(Number.POSITIVE_INFINITY);
  for (const v of allVotes) if (v.at < verifiedAt[v.voter]!) verifiedAt[v.voter] = v.at;
  for (let i = 0; i < residentCount; i++) {
    const first = verifiedAt[i]!;
    verifiedAt[i] = Number.isFinite(first) ? first - vr.int(2, 120) * MINUTE : cutoff - vr.int(1, 80) * DAY;
  }
  const residents = Array.from({ length: residentCount }, (_, i) => ({
    email: i === 0 ? DEMO_RESIDENT_EMAIL : `resident-${String(i).padStart(5, '0')}@example.ru`,
    verifiedAt: stamp(verifiedAt[i]!),
  }));
  return { residents, verifiedAt, currentVoters, demoPicks, previousVotes, currentVotes, allVotes };
}

function toApplication(d: Draft): Application {
  return {
    reference: d.reference,
    year: d.year,
    submittedAt: stamp(d.submittedAt),
    data: d.data as Record<string, unknown>,
    moderation: d.moderation,
    moderationReason: d.moderationReason,
    topicFit: d.topicFit,
    topicFitReason: d.topicFitReason,
    completenessDecision: d.completenessDecision,
    completenessReason: d.completenessReason,
    quality: d.quality,
  };
}

export function generateDemo(options: GenerateDemoOptions): DemoDatasetInput {
  const { seed, stage, onProgress } = options;
  if (!STAGE_KINDS.includes(stage)) throw new Error(`generateDemo: unknown stage «${stage}»`);
  const today = calendarDate(options.today, TIME_ZONE);
  const year = Number(today.slice(0, 4));
  /** Everything in the dataset happens before the start of today (Moscow), so the time of day does not matter. */
  const cutoff = dayStart(today);

  // Rounds.
  const layout = LAYOUTS[stage];
  const current = makeRound(year, layout.map(([a, b]) => [addDays(today, a), addDays(today, b)] as const));
  const previous = makeRound(
    year - 1,
    current.stages.map((s) => [yearEarlier(s.startDate), yearEarlier(s.endDate)] as const),
  );
  const phase = roundPhase(current as Parameters<typeof roundPhase>[0], options.today);
  if (phase.phase !== 'during' || phase.current.kind !== stage) throw new Error(`generateDemo: the round's calendar misses the stage ${stage} on ${today}`);
  const stageUntil = current.stages.find((s) => s.kind === stage)!.endDate;
  onProgress?.(`rounds: ${previous.year} (finished), ${year} (${stage} until ${stageUntil})`);

  // Applications.
  const cityRandom = stream(seed, 'cities');
  const demoExpertCity = cityRandom.pick(CITIES.filter((c) => !BIG_CITIES.includes(c.name)));
  const noProjects = new Set([demoExpertCity.name]);
  const previousWindow = collectionWindow(previous, cutoff);
  const currentWindow = collectionWindow(current, cutoff);
  const previousDrafts = draftApplications(stream(seed, 'applications-previous'), {
    year: year - 1,
    window: previousWindow,
    total: 120,
    rejected: 8,
    pending: 0,
    decided: 1,
    failing: 8 / 112,
    cities: cityPool(cityRandom, 80, 48, noProjects),
    distinctCities: 70,
    running: false,
  });
  const currentRandom = stream(seed, 'applications-current');
  const currentTotal = currentRandom.int(178, 188);
  const decisions: Record<DemoStage, { decided: number; failing: number }> = {
    collection: { decided: 0, failing: 0 },
    technical_review: { decided: 0.6, failing: 0.12 },
    main_selection: { decided: 1, failing: 0.15 },
    announcement: { decided: 1, failing: 0.15 },
  };
  const currentDrafts = draftApplications(currentRandom, {
    year,
    window: currentWindow,
    total: currentTotal,
    rejected: currentRandom.int(9, 12),
    pending: currentRandom.int(9, 13),
    ...decisions[stage],
    cities: cityPool(cityRandom, 95, 56, noProjects),
    distinctCities: 85,
    running: stage === 'collection',
  });
  writeTexts(stream(seed, 'texts-previous'), previousDrafts);
  writeTexts(stream(seed, 'texts-current'), currentDrafts);
  const count = (drafts: Draft[], m: Draft['moderation']) => drafts.filter((d) => d.moderation === m).length;
  onProgress?.(
    `applications: ${previousDrafts.length} in ${year - 1}, ${currentDrafts.length} in ${year} (${count(currentDrafts, 'published')} published, ${count(currentDrafts, 'pending')} pending, ${count(currentDrafts, 'rejected')} rejected)`,
  );

  // Experts.
  const experts = makeExperts(stream(seed, 'experts'), currentDrafts, demoExpertCity);
  onProgress?.(`experts: ${experts.length}`);

  // Residents and their votes.
  const previousPublished = previousDrafts.filter((d) => d.moderation === 'published');
  const currentPublished = currentDrafts.filter((d) => d.moderation === 'published');
  const { residents, verifiedAt, currentVoters, demoPicks, previousVotes, currentVotes, allVotes } = residentsAndVotes(stream(seed, 'votes'), {
    previousPublished,
    currentPublished,
    previousWindow,
    currentWindow,
    cutoff,
  });
  onProgress?.(`residents: ${residents.length}`);
  const votes: Vote[] = allVotes.map((v) => ({ voter: v.voter, reference: v.app.reference, at: stamp(v.at) }));
  onProgress?.(`votes: ${votes.length} (${previousVotes.length} in ${year - 1}, ${currentVotes.length} in ${year})`);

  // Ideas and refinements on this year's projects.
  const votersOf = new Map<Draft, number[]>();
  for (const v of currentVotes) {
    const list = votersOf.get(v.app);
    if (list) list.push(v.voter);
    else votersOf.set(v.app, [v.voter]);
  }
  const ideas = makeIdeas(stream(seed, 'ideas'), currentPublished, votersOf, currentVoters, demoPicks);
  onProgress?.(`ideas: ${ideas.length}`);
  const refinements = makeRefinements(stream(seed, 'refinements'), currentPublished, votersOf, currentVoters, verifiedAt, cutoff, demoPicks);
  onProgress?.(`refinements: ${refinements.length}`);

  const applications = [...previousDrafts, ...currentDrafts].map(toApplication);

  return {
    version: DEMO_DATASET_VERSION,
    seed,
    stage,
    today,
    stageUntil,
    rounds: [previous, current],
    experts,
    applications,
    residents,
    votes,
    ideas,
    refinements,
    reviewComments: { strong: [...REVIEW_COMMENTS.strong], middling: [...REVIEW_COMMENTS.middling], weak: [...REVIEW_COMMENTS.weak] },
    demoResident: DEMO_RESIDENT_EMAIL,
    demoExpert: DEMO_EXPERT_EMAIL,
  };
}

/** ~40 experts; the first is the demo expert, from a city without projects this year. */
function makeExperts(r: Random, current: readonly Draft[], demoCity: City): Expert[] {
  const projectCities = [...new Map(current.map((d) => [d.city.name, d.city])).values()];
  const count = 38 + r.int(0, 4);
  const emails = new Set<string>();
  const experts: Expert[] = [];
  for (let i = 0; i < count; i++) {
    const p = person(r);
    const demo = i === 0;
    // A third share a city with this year's projects: the assignment must keep them apart.
    const city = demo ? demoCity : i % 3 === 1 ? r.pick(projectCities) : r.pick(CITIES.filter((c) => c.name !== demoCity.name));
    let email = demo ? DEMO_EXPERT_EMAIL : `${transliterate(p.first).charAt(0)}.${transliterate(p.surname)}@example.ru`;
    for (let n = 2; emails.has(email); n++) email = `${transliterate(p.first).charAt(0)}.${transliterate(p.surname)}${n}@example.ru`;
    emails.add(email);
    experts.push({
      name: fullName(p),
      email,
      city: city.name,
      region: city.region,
      competences: r.sample(TOPICS, demo ? 3 : r.int(1, 3)),
      listedPublicly: demo || r.chance(0.5),
      harshness: demo ? 0 : Math.round(Math.max(-1, Math.min(1, r.normal(0.4))) * 100) / 100,
    });
  }
  return experts;
}

/** ~60 ideas on ~25 of the popular projects, each with up to 300 residents' votes. */
function makeIdeas(r: Random, published: readonly Draft[], votersOf: ReadonlyMap<Draft, number[]>, voters: readonly number[], demoPicks: readonly Draft[]): Idea[] {
  const chosen = weightedSample(r, published.map((d) => (votersOf.get(d)?.length ?? 0) + 1), 25).map((i) => published[i]!);
  const counts = chosen.map(() => 1);
  const total = 56 + r.int(0, 8);
  for (let k = chosen.length; k < total; k++) {
    const i = r.int(0, chosen.length - 1);
    if (counts[i]! < 5) counts[i]!++;
  }
  const ideas: Idea[] = [];
  chosen.forEach((d, i) => {
    const own = votersOf.get(d) ?? [];
    for (const idea of r.sample(IDEAS[d.topic]!, counts[i]!)) {
      // The demo resident votes for some ideas of the projects they voted for.
      const wanted = r.chance(0.1) ? 0 : Math.min(300, Math.floor(own.length * r.float(0.05, 0.6)) + r.int(1, 12));
      const demo = wanted > 0 && demoPicks.includes(d) && r.chance(0.5);
      const set = new Set(r.sample(own, demo ? wanted - 1 : wanted));
      if (demo) set.add(0);
      while (set.size < wanted) set.add(r.pick(voters));
      ideas.push({ reference: d.reference, title: idea.title, description: idea.description, author: r.chance(0.65) ? 'team' : 'editors', voters: [...set].sort((a, b) => a - b) });
    }
  });
  return ideas;
}

/** ~180 refinements on ~60 projects; the demo resident has one, approved and accepted. */
function makeRefinements(
  r: Random,
  published: readonly Draft[],
  votersOf: ReadonlyMap<Draft, number[]>,
  voters: readonly number[],
  verifiedAt: Float64Array,
  cutoff: number,
  demoPicks: readonly Draft[],
): Refinement[] {
  const chosen = weightedSample(r, published.map((d) => (votersOf.get(d)?.length ?? 0) + 2), 60).map((i) => published[i]!);
  const counts = chosen.map(() => 1);
  const total = 172 + r.int(0, 16);
  for (let k = chosen.length; k < total; k++) counts[r.int(0, chosen.length - 1)]!++;
  const out: Array<Refinement & { ms: number }> = [];
  // Authors verified at least a few hours before the cut-off, so that their refinement fits in between.
  const settled = (v: number) => v !== 0 && verifiedAt[v]! < cutoff - 3 * HOUR;
  const anyVoter = voters.filter(settled);
  const add = (d: Draft, voter: number, text: string, moderation: Refinement['moderation'], response: Refinement['response']) => {
    const lo = Math.max(d.submittedAt + 3 * HOUR, verifiedAt[voter]! + 10 * MINUTE);
    const hi = cutoff - MINUTE;
    // Pending ones are recent: the moderators have not got to them yet.
    const createdAt = Math.floor(lo + (hi - lo) * (moderation === 'pending' ? r.next() ** 0.25 : r.next()));
    let respondedAt: number | null = null;
    let reply: string | null = null;
    if (moderation === 'approved' && response !== 'none') {
      if (cutoff - createdAt < 2 * HOUR) response = 'none';
      else {
        respondedAt = Math.floor(createdAt + Math.min(r.float(HOUR, 5 * DAY), (cutoff - MINUTE - createdAt) * r.next()) + MINUTE);
        reply = r.pick(response === 'accepted' ? REPLIES_ACCEPTED : REPLIES_DECLINED);
      }
    }
    out.push({
      reference: d.reference,
      voter,
      text,
      moderation,
      response,
      reply,
      createdAt: stamp(createdAt),
      respondedAt: respondedAt === null ? null : stamp(respondedAt),
      ms: createdAt,
    });
  };
  chosen.forEach((d, i) => {
    const own = (votersOf.get(d) ?? []).filter(settled);
    const authors = r.sample(own, counts[i]!);
    const texts = r.shuffle([...REFINEMENTS[d.topic]!, ...r.sample(GENERAL_REFINEMENTS, 4)]);
    for (let k = 0; k < counts[i]!; k++) {
      const voter = authors[k] ?? r.pick(anyVoter);
      const u = r.next();
      const moderation = u < 0.08 ? 'hidden' : u < 0.2 ? 'pending' : 'approved';
      const text = moderation === 'hidden' ? r.pick(HIDDEN_REFINEMENTS) : texts[k % texts.length]!;
      const w = r.next();
      add(d, voter, text, moderation, moderation !== 'approved' ? 'none' : w < 0.35 ? 'none' : w < 0.75 ? 'accepted' : 'declined');
    }
  });
  const demoProject = demoPicks[0]!;
  add(demoProject, 0, r.pick([...REFINEMENTS[demoProject.topic]!, ...GENERAL_REFINEMENTS]), 'approved', 'accepted');
  return out.sort((a, b) => a.ms - b.ms || a.voter - b.voter).map(({ ms: _, ...rest }) => rest);
}

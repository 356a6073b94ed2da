// Synthetic practices of the compendium, for search tests and benchmarks: plausible Russian, real
// cities in their real regions, deterministic for a seed (same seed → same practices). Shared by the
// command (scripts/generate-practices.ts) and its tests. Plain erasable TypeScript: Node runs it as is.
import { type BestPracticeContentInput, type BudgetSourceKind, type Region } from '@portal/schema';
import { mulberry32 } from '@portal/schema/domain';
import {
  CITIES,
  type City,
  GENERAL_NOUNS,
  type Gender,
  type NounPhrase,
  SEASONS,
  TEAM_NAMES,
  TOPIC_NOUNS,
  TOPIC_TEXTS,
} from './practice-data.ts';
import { type Theme, THEMES, VENUES } from './practice-themes.ts';

export const FIRST_YEAR = 2015;
export const LAST_YEAR = 2024;

// The seeded generator lives in the shared package (the CMS's demo loader uses it too).
export { mulberry32 };

interface Random {
  /** A whole number from min to max, both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  /** `count` different items, in random order. */
  sample<T>(items: readonly T[], count: number): T[];
}

function random(seed: number): Random {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    int,
    pick: <T>(items: readonly T[]): T => {
      const item = items[int(0, items.length - 1)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
    chance: (probability) => next() < probability,
    sample: <T>(items: readonly T[], count: number): T[] => {
      const pool = [...items];
      for (let i = pool.length - 1; i > 0; i--) {
        const j = int(0, i);
        [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
      }
      return pool.slice(0, count);
    },
  };
}

const pluralRules = new Intl.PluralRules('ru');
const numbers = new Intl.NumberFormat('ru-RU');

/** The form of a noun that agrees with `n`: 1 голос, 3 голоса, 5 голосов. */
function form(n: number, one: string, few: string, many: string): string {
  const category = pluralRules.select(n);
  return category === 'one' ? one : category === 'few' ? few : many;
}

/** The number, written the Russian way («58 343»), and the agreeing form. */
const count = (n: number, one: string, few: string, many: string) => `${numbers.format(n)} ${form(n, one, few, many)}`;

/** The form of a past-tense verb or adjective for the noun's gender. */
const agree = (gender: Gender, m: string, f: string, n: string) => (gender === 'm' ? m : gender === 'f' ? f : n);
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const TRANSLIT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** `Ростов-на-Дону` → `rostov-na-donu`: a slug part. */
export function transliterate(text: string): string {
  return [...text.toLowerCase()]
    .map((c) => TRANSLIT[c] ?? c)
    .join('')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A round number between min and max (log-uniform, two significant digits): 1 200 000. */
function roundNumber(r: Random, min: number, max: number): number {
  const value = Math.exp(Math.log(min) + (Math.log(max) - Math.log(min)) * (r.int(0, 10_000) / 10_000));
  const step = 10 ** Math.max(0, Math.floor(Math.log10(value)) - 1);
  return Math.round(value / step) * step;
}

const TITLES: ReadonlyArray<(noun: NounPhrase, city: City) => string> = [
  (n) => `${capitalise(n.nom)} вместе с жителями`,
  (n) => `Новая жизнь ${n.gen}`,
  (n) => `Вторая жизнь ${n.gen}`,
  (n, c) => `${c.name}: ${n.nom} для всех`,
  (n, c) => `${capitalise(n.nomPl)} города ${c.name}`,
  (n) => `Жители выбирают ${n.acc}`,
  (n, c) => `От идеи до открытия: ${n.nom} в городе ${c.name}`,
  (n) => `Перезапуск ${n.gen}`,
  (n, c) => `Соседский проект: ${n.nom}, ${c.name}`,
  (n) => `Город с ${n.insPl}`,
];

const FEATURES: Readonly<Record<string, readonly string[]>> = {
  'historic-city': ['подсветка фасадов', 'навигация по истории места', 'летняя сцена', 'музей под открытым небом', 'кафе на первом этаже'],
  'cultural-heritage': ['мастер-классы', 'лавка местных продуктов', 'фестиваль раз в год', 'сувениры с городским брендом', 'школа ремёсел'],
  'smart-city': ['карта обращений', 'уведомления жителям', 'открытые данные', 'оценка работы служб', 'голосовой помощник'],
  'children-in-the-city': ['игровые зоны для разных возрастов', 'тихая зона для чтения', 'велодорожка', 'спортивная площадка', 'освещённые дорожки'],
  'creative-clusters': ['студии для резидентов', 'выставочный зал', 'концертная площадка', 'коворкинг', 'мастерские'],
};

/**
 * How a topic's texts speak of its thing: a place is repaired and opened, a service is launched, a
 * tradition appears.
 */
type Kind = 'place' | 'service' | 'tradition';
const KINDS: Readonly<Record<string, Kind>> = { 'smart-city': 'service', 'cultural-heritage': 'tradition' };

const BUDGET_NOTES: Readonly<Record<BudgetSourceKind, readonly string[]>> = {
  federal_budget: ['федеральный проект «Формирование комфортной городской среды»', 'субсидия на благоустройство'],
  regional_budget: ['региональная программа благоустройства', 'конкурс инициативного бюджетирования'],
  municipal_budget: ['бюджет города', 'программа поддержки местных инициатив'],
  grant: ['Фонд президентских грантов', 'грант регионального фонда', 'грант благотворительного фонда'],
  business: ['местные предприниматели', 'градообразующее предприятие', 'банк-партнёр'],
  crowdfunding: ['сбор средств среди жителей', 'краудфандинговая кампания'],
  other: ['пожертвования и волонтёрский труд', 'доходы от ярмарок'],
};

const PARTNERS: ReadonlyArray<(r: Random) => { name: string; role: string }> = [
  () => ({ name: 'Фонд президентских грантов', role: 'Грант на первый этап' }),
  (r) => ({ name: `Школа № ${r.int(1, 45)}`, role: 'Ученики рисовали эскизы' }),
  (r) => ({ name: `Волонтёрский центр «${r.pick(TEAM_NAMES)}»`, role: 'Субботники и помощь на мероприятиях' }),
  () => ({ name: 'Краеведческий музей', role: 'Исторические материалы и экскурсии' }),
  () => ({ name: 'Городская библиотека', role: 'Площадка для встреч с жителями' }),
  (r) => ({ name: `ООО «${r.pick(TEAM_NAMES)}»`, role: 'Материалы и техника' }),
  () => ({ name: 'Местный университет', role: 'Исследование и проектирование вместе со студентами' }),
];

/** One practice for `index` (its place in the file, which keeps the slug unique). */
function practice(r: Random, index: number, topics: readonly string[], cities: readonly City[]): BestPracticeContentInput {
  const city = r.pick(cities);
  const topic = r.chance(0.05) ? null : r.pick(topics);
  const n = r.pick((topic && TOPIC_NOUNS[topic]) || GENERAL_NOUNS);
  const kind: Kind = (topic && KINDS[topic]) || 'place';
  const texts = TOPIC_TEXTS[topic ?? 'historic-city'] ?? TOPIC_TEXTS['historic-city']!;
  const year = r.int(FIRST_YEAR, LAST_YEAR);
  const season = r.pick(SEASONS);
  const team = r.pick(TEAM_NAMES);
  const cityPart = transliterate(city.name);
  const site = `${cityPart}-${n.key}.example`;

  const residents = r.int(40, 25_000);
  const votes = residents * r.int(1, 7) + r.int(0, 99);
  const ideas = r.int(5, 400);
  const months = r.int(3, 18);
  const outcome = r.pick(texts.outcomes);
  const years = count(r.int(3, 25), 'год', 'года', 'лет');
  const problem = `${r.pick(texts.problems)} ${
    kind === 'place'
      ? `${capitalise(n.nom)} ${agree(n.gender, 'был', 'была', 'было')} в плохом состоянии ${years}.`
      : `Идею ${n.gen} обсуждали ${years}, но до дела не доходило.`
  }`;
  const summary = {
    place: `В городе ${city.name} ${n.nom} ${agree(n.gender, 'стал', 'стала', 'стало')} местом, где ${outcome}.`,
    service: `В городе ${city.name} запустили ${n.acc}: теперь ${outcome}.`,
    tradition: `В городе ${city.name} ${agree(n.gender, 'появился', 'появилась', 'появилось')} ${n.nom}: теперь ${outcome}.`,
  }[kind];
  const launch = {
    place: `${capitalise(n.nom)} ${agree(n.gender, 'открылся', 'открылась', 'открылось')} ${season} ${year} года; открытие собрало ${count(r.int(100, 8000), 'горожанина', 'горожан', 'горожан')}.`,
    service: `${capitalise(n.nom)} ${agree(n.gender, 'заработал', 'заработала', 'заработало')} ${season} ${year} года; за первый месяц — ${count(r.int(100, 30_000), 'пользователь', 'пользователя', 'пользователей')}.`,
    tradition: `Первый сезон прошёл ${season} ${year} года и собрал ${count(r.int(100, 8000), 'гостя', 'гостей', 'гостей')}.`,
  }[kind];

  const steps = [
    {
      title: 'Опрос жителей',
      text: `Команда провела опрос: ${count(Math.min(residents, r.int(30, 2000)), 'житель рассказал', 'жителя рассказали', 'жителей рассказали')}, ${agree(n.gender, 'каким', 'какой', 'каким')} они видят ${n.acc}.`,
    },
    {
      title: 'Голосование за идеи',
      text: `На краудплатформе жители предложили ${count(ideas, 'идею', 'идеи', 'идей')} и оставили ${count(votes, 'голос', 'голоса', 'голосов')}.`,
    },
    {
      title: 'Проектная сессия',
      text: `На проектной сессии горожане вместе с ${kind === 'service' ? 'разработчиками' : 'архитекторами'} собрали проект: ${r.sample(FEATURES[topic ?? 'children-in-the-city'] ?? [], 3).join(', ')}.`,
    },
    ...(kind !== 'service' && r.chance(0.6)
      ? [{ title: 'Субботники', text: `Волонтёры провели ${count(r.int(2, 30), 'субботник', 'субботника', 'субботников')}.` }]
      : []),
    { title: kind === 'service' ? 'Запуск' : 'Открытие', text: launch },
  ];

  const asOf = () => (r.chance(0.7) ? `${year + 1}-${String(r.int(1, 12)).padStart(2, '0')}-01` : null);
  const optionalResults = [
    () => {
      const v = r.int(500, 40_000);
      return { value: v, label: `${form(v, 'посетитель', 'посетителя', 'посетителей')} в месяц`, asOf: asOf() };
    },
    () => {
      const v = r.int(12, 240);
      return { value: v, label: `${form(v, 'мероприятие', 'мероприятия', 'мероприятий')} за первый год`, asOf: asOf() };
    },
    () => ({ value: r.int(60, 97), unit: '%', label: 'жителей довольны результатом', asOf: asOf() }),
    () => {
      const v = r.int(2, 60);
      return { value: v, label: form(v, 'новое рабочее место', 'новых рабочих места', 'новых рабочих мест'), asOf: asOf() };
    },
    () => ({ value: roundNumber(r, 300, 20_000), unit: 'м²', label: 'благоустроено', asOf: asOf() }),
  ];
  const results = [
    { value: residents, label: `${form(residents, 'житель участвовал', 'жителя участвовали', 'жителей участвовали')} в проекте`, asOf: asOf() },
    ...r.sample(optionalResults, r.int(1, 3)).map((make) => make()),
  ];

  const total = roundNumber(r, 200_000, 150_000_000);
  const kinds = r.sample(Object.keys(BUDGET_NOTES) as BudgetSourceKind[], r.int(1, 3));
  let left = total;
  const sources = kinds.map((sourceKind, i) => {
    const last = i === kinds.length - 1;
    const amount = last ? left : Math.round((left * r.int(20, 70)) / 100 / 1000) * 1000;
    left -= amount;
    return { kind: sourceKind, amount: last && r.chance(0.2) ? null : amount, note: r.pick(BUDGET_NOTES[sourceKind]) };
  });
  const timelineFrom = r.int(2, 9);

  return {
    title: r.pick(TITLES)(n, city),
    slug: `${cityPart}-${n.key}-${year}-${index + 1}`,
    city: city.name,
    region: city.region,
    topic,
    year,
    summary: `${summary} Проект длился ${count(months, 'месяц', 'месяца', 'месяцев')} и объединил ${count(residents, 'жителя', 'жителей', 'жителей')}.`,
    body: [
      `Команда «${team}» предложила работать вместе с горожанами. ${steps.map((s) => s.text).join(' ')}`,
      `Теперь ${outcome}. Команда считает, что сеть ${n.genPl} можно развивать и дальше: города, которые занимаются ${n.insPl}, могут взять этот опыт за основу.`,
    ].join('\n\n'),
    problem,
    steps,
    results,
    participation: {
      residents,
      votes: r.chance(0.85) ? votes : null,
      ideas: r.chance(0.8) ? ideas : null,
      refinements: r.chance(0.6) ? r.int(0, 900) : null,
    },
    budget: r.chance(0.85) ? { total: r.chance(0.9) ? total : null, sources } : null,
    organisers: [
      { name: `Проектная команда «${team}»`, role: 'Инициатор проекта' },
      ...(r.chance(0.6) ? [{ name: `Администрация г. ${city.name}`, role: 'Заказчик работ' }] : []),
    ],
    partners: r.sample(PARTNERS, r.int(0, 4)).map((make) => make(r)),
    replication: r.chance(0.8)
      ? {
          conditions: r.pick(texts.conditions),
          approximateCost: roundNumber(r, 150_000, 100_000_000),
          timeline: `${timelineFrom}–${count(timelineFrom + r.int(1, 6), 'месяц', 'месяца', 'месяцев')}`,
        }
      : null,
    contact: r.chance(0.8)
      ? {
          name: `Проектная команда «${team}»`,
          email: `info@${site}`,
          phone: `+7 (${r.int(300, 999)}) ${r.int(100, 999)}-${String(r.int(0, 99)).padStart(2, '0')}-${String(r.int(0, 99)).padStart(2, '0')}`,
          website: r.chance(0.7) ? `https://${site}/` : null,
        }
      : null,
    links: r.chance(0.7) ? [{ title: 'Страница проекта', url: `https://${site}/${year}/` }] : [],
    synthetic: true,
  };
}

export interface GenerateOptions {
  count: number;
  seed: number;
  /** Topic slugs to spread the practices over (content/topics.json). */
  topics: readonly string[];
  /** Only cities of these federal subjects; all of the table when absent. */
  regions?: readonly Region[];
  /** Called after each practice with how many are done. */
  onProgress?: (done: number) => void;
}

/** `count` synthetic practices; the same options give the same practices. */
export function generatePractices({ count: total, seed, topics, regions, onProgress }: GenerateOptions): BestPracticeContentInput[] {
  if (topics.length === 0) throw new Error('generatePractices: no topics to spread the practices over');
  const cities = regions ? CITIES.filter((c) => regions.includes(c.region)) : CITIES;
  if (cities.length === 0) throw new Error(`generatePractices: the city table has no city in ${regions?.join(', ')}`);
  const r = random(seed);
  const practices: BestPracticeContentInput[] = [];
  for (let i = 0; i < total; i++) {
    practices.push(practice(r, i, topics, cities));
    onProgress?.(i + 1);
  }
  return practices;
}

/** Names that would speak of a subject (a team «Тёплый двор» would add «тёплый» to a bus stop). */
const SUBJECT_WORDS = /тёпл|двор/i;
const LOOKALIKE_TEAMS = TEAM_NAMES.filter((name) => !SUBJECT_WORDS.test(name));

/** A real practice that look-alikes are made around: its place and the themes it belongs to. */
export interface LookalikeAnchor {
  city: string;
  region: Region;
  /** Keys of THEMES (practice-themes.ts) the real practice belongs to. */
  themes: readonly string[];
}

export interface LookalikeOptions {
  count: number;
  seed: number;
  /**
   * The real practices to look like: half the look-alikes are placed in their cities, but none in a
   * region with a theme of a real practice of that region (so none is an equally good answer).
   */
  anchors: readonly LookalikeAnchor[];
  onProgress?: (done: number) => void;
}

/**
 * `count` synthetic practices that share themes, cities and common vocabulary with `anchors`: a
 * harder corpus for a search benchmark than generatePractices', where only the rare, specific words
 * of a real practice set it apart. The same options give the same practices.
 */
export function generateLookalikes({ count: total, seed, anchors, onProgress }: LookalikeOptions): BestPracticeContentInput[] {
  const known = new Set(THEMES.map((t) => t.key));
  const unknown = anchors.flatMap((a) => a.themes).filter((key) => !known.has(key));
  if (unknown.length) throw new Error(`generateLookalikes: unknown themes ${[...new Set(unknown)].join(', ')}`);
  // region → the themes of its real practices, which no look-alike there may take
  const taken = new Map<string, Set<string>>();
  for (const a of anchors) taken.set(a.region, new Set([...(taken.get(a.region) ?? []), ...a.themes]));
  const near: City[] = anchors.map((a) => ({ name: a.city, region: a.region }));
  const r = random(seed);
  const practices: BestPracticeContentInput[] = [];
  for (let i = 0; i < total; i++) {
    const city = near.length && r.chance(0.5) ? r.pick(near) : r.pick(CITIES);
    const themes = THEMES.filter((t) => !taken.get(city.region)?.has(t.key));
    practices.push(lookalike(r, i, city, r.pick(themes.length ? themes : THEMES)));
    onProgress?.(i + 1);
  }
  return practices;
}

/** The theme key of a look-alike, read from its slug (`surgut-dvor-2021-5` → `dvor`); null for others. */
export function lookalikeTheme(slug: string): string | null {
  const key = /-([a-z]+)-\d{4}-\d+$/.exec(slug)?.[1];
  return key && THEMES.some((t) => t.key === key) ? key : null;
}

function lookalike(r: Random, index: number, city: City, theme: Theme): BestPracticeContentInput {
  const fill = (text: string) => text.replaceAll('{city}', city.name);
  const year = r.int(FIRST_YEAR, LAST_YEAR);
  const team = r.pick(LOOKALIKE_TEAMS);
  const residents = r.int(40, 25_000);
  const months = r.int(3, 18);
  const outcome = r.pick(theme.outcomes);
  const problem = r.pick(theme.problems);
  const picked = new Set(r.sample(theme.steps, 3));
  const steps = theme.steps.filter((s) => picked.has(s)).map(([title, text]) => ({ title, text }));
  const value = r.int(3, 5000);
  return {
    title: fill(r.pick(theme.titles)),
    slug: `${transliterate(city.name)}-${theme.key}-${year}-${index + 1}`,
    city: city.name,
    region: city.region,
    topic: theme.topic,
    year,
    summary: `В городе ${city.name} ${outcome}. Проект команды «${team}» длился ${count(months, 'месяц', 'месяца', 'месяцев')} и объединил ${count(residents, 'жителя', 'жителей', 'жителей')}.`,
    body: [
      `${problem} Команда «${team}» собрала жителей в ${r.pick(VENUES)}. ${steps.map((s) => s.text).join(' ')}`,
      `Теперь ${outcome}. Команда готова поделиться опытом с другими городами.`,
    ].join('\n\n'),
    problem,
    steps,
    results: [
      { value: residents, label: `${form(residents, 'житель участвовал', 'жителя участвовали', 'жителей участвовали')} в проекте` },
      { value, label: r.pick(theme.results) },
    ],
    participation: { residents, votes: null, ideas: null, refinements: null },
    organisers: [{ name: `Проектная команда «${team}»`, role: 'Инициатор проекта' }],
    partners: r.sample(PARTNERS, r.int(0, 2)).map((make) => make(r)).filter((p) => !SUBJECT_WORDS.test(p.name)),
    synthetic: true,
  };
}

import { z } from 'zod';
import { HttpsUrlSchema } from './best-practice.js';
import { SlugSchema } from './common.js';
import { RegionSchema } from './regions.js';

// An application (заявка) to the selection, as the form sends it and the function validates it. The
// same schema runs in the browser (messages beside each field) and in the function (the authority).
// Its limits are those of the round (team size) and of the portal (video hosts), passed in.

/** Text a person typed: trimmed, within limits, without control characters (tabs and newlines are fine). */
function text(label: string, min: number, max: number) {
  return z
    .string({ error: `${label}: заполните поле` })
    .trim()
    .min(min, min <= 1 ? `${label}: заполните поле` : `${label}: не короче ${min} символов`)
    .max(max, `${label}: не длиннее ${max} символов`)
    .refine((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s), `${label}: уберите служебные символы`);
}

const roubles = (label: string) =>
  z
    .number({ error: `${label}: укажите сумму в рублях числом` })
    .int(`${label}: сумма в целых рублях`)
    .nonnegative(`${label}: сумма не может быть меньше нуля`)
    .max(100_000_000_000, `${label}: слишком большая сумма`);

export const BUDGET_ITEM_SOURCES = ['own_funds', 'grant', 'co_financing', 'other'] as const;
export const BUDGET_ITEM_SOURCE_LABELS: Record<(typeof BUDGET_ITEM_SOURCES)[number], string> = {
  own_funds: 'Собственные средства',
  grant: 'Грант',
  co_financing: 'Софинансирование',
  other: 'Другое',
};

export const IndicatorSchema = z.object({
  name: text('Показатель', 2, 200),
  /** What the number counts: «посетителей в месяц», «%». */
  unit: text('Единица измерения', 1, 50),
  baseline: z.number({ error: 'Исходное значение: укажите число' }).finite().min(0, 'Исходное значение не может быть меньше нуля'),
  target: z.number({ error: 'Целевое значение: укажите число' }).finite().min(0, 'Целевое значение не может быть меньше нуля'),
});

export const ApplicationBudgetItemSchema = z.object({
  item: text('Статья расходов', 2, 200),
  amount: roubles('Сумма статьи'),
  source: z.enum(BUDGET_ITEM_SOURCES, { error: 'Источник: собственные средства, грант, софинансирование или другое' }),
});

export const ApplicationBudgetSchema = z
  .object({
    total: roubles('Общий бюджет'),
    items: z.array(ApplicationBudgetItemSchema, { error: 'Добавьте статьи бюджета' }).min(1, 'Добавьте хотя бы одну статью бюджета').max(30, 'Не больше 30 статей бюджета'),
  })
  .refine((b) => b.items.reduce((sum, i) => sum + i.amount, 0) === b.total, {
    message: 'Сумма статей не равна общему бюджету: проверьте суммы',
    path: ['total'],
  });

export const LeaderCvSchema = z.object({
  education: text('Образование', 10, 2000),
  experience: text('Опыт работы', 10, 3000),
  achievements: text('Достижения', 10, 3000),
  /** A public profile or portfolio, if the leader has one. */
  profileUrl: HttpsUrlSchema.optional().or(z.literal('').transform(() => undefined)),
});

export const TeamMemberSchema = z.object({
  name: text('Имя участника', 2, 150),
  role: text('Роль в проекте', 2, 150),
  competences: text('Компетенции', 2, 1000),
});

/** Russian phone numbers in any usual writing (+7 912 345-67-89, 8 (912) 3456789) → +79123456789. */
export const PhoneSchema = z
  .string({ error: 'Телефон: заполните поле' })
  .trim()
  .transform((s) => s.replace(/[\s()-]/g, ''))
  .refine((s) => /^(\+7|8)\d{10}$/.test(s), 'Телефон: номер в формате +7 912 345-67-89')
  .transform((s) => `+7${s.slice(-10)}`);

export const ContactsSchema = z.object({
  email: z.string({ error: 'Почта: заполните поле' }).trim().max(254, 'Почта: слишком длинный адрес').pipe(z.email({ error: 'Почта: адрес вида name@example.ru' })),
  phone: PhoneSchema,
});

export interface ApplicationRules {
  /** Largest team, the leader included: the round's maxTeamSize. */
  maxTeamSize: number;
  /** Topic slugs of the round; an application belongs to exactly one. */
  topics: readonly string[];
  /** Hosts a video link may point to (without www.), e.g. rutube.ru. */
  videoHosts: readonly string[];
}

function videoHostAllowed(url: string, hosts: readonly string[]): boolean {
  try {
    const host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
    return hosts.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
  } catch {
    return false;
  }
}

export function applicationSchema(rules: ApplicationRules) {
  return z.object({
    title: text('Название проекта', 5, 150),
    topic: SlugSchema.refine((t) => rules.topics.includes(t), 'Тематика: выберите одну из тематик отбора'),
    city: text('Город', 2, 100),
    region: RegionSchema,
    description: text('Краткое описание проекта', 50, 3000),
    problem: text('Проблема, которую решает проект', 50, 3000),
    effect: z.object({
      text: text('Социально-экономический эффект', 20, 3000),
      indicators: z.array(IndicatorSchema, { error: 'Добавьте показатели эффекта' }).min(1, 'Добавьте хотя бы один измеримый показатель').max(10, 'Не больше 10 показателей'),
    }),
    budget: ApplicationBudgetSchema,
    audience: text('Целевая аудитория', 10, 2000),
    videoUrl: HttpsUrlSchema.refine((u) => videoHostAllowed(u, rules.videoHosts), {
      message: `Видеоролик: ссылка на ${rules.videoHosts.slice(0, 4).join(', ')} или другой разрешённый сервис`,
    }),
    leaderCv: LeaderCvSchema,
    team: z
      .array(TeamMemberSchema, { error: 'Укажите команду проекта' })
      .min(1, 'Укажите хотя бы лидера проекта')
      .max(rules.maxTeamSize, `В команде не больше ${rules.maxTeamSize} человек, включая лидера`),
    contacts: ContactsSchema,
    consent: z.literal(true, { error: 'Нужно согласие на обработку персональных данных (152-ФЗ)' }),
  });
}
export type ApplicationInput = z.input<ReturnType<typeof applicationSchema>>;
export type Application = z.output<ReturnType<typeof applicationSchema>>;

/** The parts of an application the technical review checks for completeness, as the seed lists them. */
export const COMPLETENESS_ITEMS = [
  { key: 'description', title: 'Краткое описание проекта и описание проблемы', fields: ['description', 'problem'] },
  { key: 'effect', title: 'Планируемый социально-экономический эффект и бюджет проекта', fields: ['effect', 'budget'] },
  { key: 'audience', title: 'Целевая аудитория проекта', fields: ['audience'] },
  { key: 'video', title: 'Видеоролик о команде проекта', fields: ['videoUrl'] },
  { key: 'cv', title: 'Резюме лидера проекта', fields: ['leaderCv'] },
  { key: 'team', title: 'Команда проекта', fields: ['team'] },
] as const;

export interface CompletenessEntry {
  key: (typeof COMPLETENESS_ITEMS)[number]['key'];
  title: string;
  status: 'ok' | 'missing' | 'invalid';
  messages: string[];
}

/**
 * Which required items of an application are present and valid: stored at submit for the
 * technical review, and recomputed when an editor changes the application.
 */
export function completenessReport(data: unknown, rules: ApplicationRules): CompletenessEntry[] {
  const shape = applicationSchema(rules).shape;
  const record = (data ?? {}) as Record<string, unknown>;
  return COMPLETENESS_ITEMS.map((item) => {
    const messages: string[] = [];
    let missing = false;
    for (const field of item.fields) {
      const value = record[field];
      if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) missing = true;
      const parsed = shape[field].safeParse(value);
      if (!parsed.success) messages.push(...parsed.error.issues.map((i) => i.message));
    }
    const status = missing ? 'missing' : messages.length ? 'invalid' : 'ok';
    return { key: item.key, title: item.title, status, messages: status === 'ok' ? [] : messages };
  });
}

import { z } from 'zod';
import { DocumentMetaSchema, FigureSchema, NonEmptyText, SlugSchema } from './common.js';
import { RegionSchema } from './regions.js';
import { ImageSchema } from './success-story.js';
import { TopicRefSchema } from './topic.js';

// Optional text arrives from Strapi as null (never filled) or '' (filled, then cleared); both mean
// «not known» and become null, so that pages test one value. Anything else must pass `check`.
function optionalText(check: z.ZodType<string, string> = z.string()) {
  return z
    .string()
    .trim()
    .nullish()
    .transform((t) => t || null)
    .pipe(check.nullable());
}

/** An optional number or component: absent and null both become null. */
function optional<T extends z.ZodType>(schema: T) {
  return schema.nullish().transform((v): z.output<T> | null => v ?? null);
}

const OptionalText = optionalText();

/** A count of people or things: a whole number, zero or more. */
const Count = z
  .number({ error: 'Укажите число' })
  .int({ error: 'Нужно целое число' })
  .nonnegative({ error: 'Число не может быть меньше нуля' });

/** An amount in roubles, as a plain number: 1200000, not «1,2 млн». */
export const RoublesSchema = z.number({ error: 'Укажите сумму в рублях числом' }).nonnegative({ error: 'Сумма не может быть меньше нуля' });

/** A public web address; only https, so that no page links to an insecure or script address. */
export const HttpsUrlSchema = z
  .string()
  .trim()
  .regex(/^https:\/\//i, 'Ссылка должна начинаться с https://, например https://100gorodov.ru/')
  .pipe(
    z.url({
      protocol: /^https$/,
      // A public host name (punycode for Cyrillic domains: сургут.рф is xn--…); no localhost, no IP.
      hostname: /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/i,
      error: 'Ссылка: адрес сайта в интернете, например https://100gorodov.ru/',
    }),
  );

/** One step of what was done, in order: «Опрос жителей», then what happened. */
export const PracticeStepSchema = z.object({
  title: NonEmptyText,
  text: NonEmptyText,
});
export type PracticeStep = z.infer<typeof PracticeStepSchema>;

/** How residents took part, where the source counts it; each number is optional. */
export const ParticipationSchema = z.object({
  /** Residents involved in the project (took part in discussions, design, voting). */
  residents: optional(Count),
  /** Votes residents left: for the project or for ideas inside it. */
  votes: optional(Count),
  /** Ideas residents proposed or voted on. */
  ideas: optional(Count),
  /** Refinements (доработки) residents suggested on the platform. */
  refinements: optional(Count),
});
export type Participation = z.infer<typeof ParticipationSchema>;

/** Where money comes from; the site names each in Russian. */
export const BUDGET_SOURCE_KINDS = [
  'federal_budget',
  'regional_budget',
  'municipal_budget',
  'grant',
  'business',
  'crowdfunding',
  'other',
] as const;
export type BudgetSourceKind = (typeof BUDGET_SOURCE_KINDS)[number];

export const BudgetSourceSchema = z.object({
  kind: z.enum(BUDGET_SOURCE_KINDS, {
    error: `Источник: одно из ${BUDGET_SOURCE_KINDS.join(', ')}`,
  }),
  /** Roubles from this source; empty when only the kind of source is known. */
  amount: optional(RoublesSchema),
  /** Which programme, grant or company: «Фонд президентских грантов», «конкурс малых городов». */
  note: OptionalText,
});
export type BudgetSource = z.infer<typeof BudgetSourceSchema>;

export const BudgetSchema = z
  .object({
    /** The whole budget in roubles; empty when unknown. */
    total: optional(RoublesSchema),
    sources: z.array(BudgetSourceSchema).default([]),
  })
  .superRefine((budget, ctx) => {
    const known = budget.sources.reduce((sum, s) => sum + (s.amount ?? 0), 0);
    // One rouble of slack for amounts rounded in the source; a negative total has its own message.
    if (budget.total !== null && budget.total >= 0 && known > budget.total + 1) {
      ctx.addIssue({ code: 'custom', path: ['sources'], message: 'Сумма по источникам больше общего бюджета' });
    }
  });
export type Budget = z.infer<typeof BudgetSchema>;

/** An organiser or a partner: who, and what they did. */
export const PracticeOrganisationSchema = z.object({
  name: NonEmptyText,
  /** What they did in the project: «проектная команда», «предоставил помещение». */
  role: OptionalText,
});
export type PracticeOrganisation = z.infer<typeof PracticeOrganisationSchema>;

/** What another city needs to repeat the practice. */
export const ReplicationSchema = z.object({
  /** What must be in place: a site, a team, residents' support, agreements. */
  conditions: OptionalText,
  /** Roughly what it costs, in roubles. */
  approximateCost: optional(RoublesSchema),
  /** How long it takes, in words: «6–9 месяцев», «один летний сезон». */
  timeline: OptionalText,
});
export type Replication = z.infer<typeof ReplicationSchema>;

/**
 * The organisation's public contact. Public data only: an organisation's own address, phone and
 * site, never a private person's.
 */
export const PracticeContactSchema = z.object({
  /** The organisation or project office: «Проектный офис администрации города». */
  name: NonEmptyText,
  email: optionalText(z.email({ error: 'Адрес почты, например info@example.ru' })),
  phone: optionalText(
    z.string().regex(/^\+?\d[\d ()-]{4,24}\d$/, 'Телефон: цифры, пробелы, скобки и дефисы, например +7 (3462) 52-20-00'),
  ),
  website: optionalText(HttpsUrlSchema),
});
export type PracticeContact = z.infer<typeof PracticeContactSchema>;

/** A published source of the practice's facts: a report, an article, the project's page. */
export const SourceLinkSchema = z.object({
  title: NonEmptyText,
  url: HttpsUrlSchema,
});
export type SourceLink = z.infer<typeof SourceLinkSchema>;

/** A photo of the practice as the CMS serves it: the file and what it shows. */
export const PracticeImageSchema = z
  .object({
    image: ImageSchema.nullish().transform((i) => i ?? null),
    /** What the photo shows, for those who cannot see it; required whenever a photo is attached. */
    alt: OptionalText,
    caption: OptionalText,
  })
  .superRefine((item, ctx) => {
    if (item.image && !item.alt) {
      ctx.addIssue({
        code: 'custom',
        path: ['alt'],
        message: 'У изображения нет альтернативного текста (поле «Описание изображения»)',
      });
    }
  });
export type PracticeImage = z.infer<typeof PracticeImageSchema>;

/** Addresses under /practices/ that the site's own pages take. */
export const RESERVED_PRACTICE_SLUGS: readonly string[] = ['print', 'search'];

const practiceFields = {
  title: NonEmptyText,
  /** The page's address: /practices/<slug>/. */
  slug: SlugSchema.refine((slug) => !RESERVED_PRACTICE_SLUGS.includes(slug), {
    error: `Адреса ${RESERVED_PRACTICE_SLUGS.join(', ')} заняты страницами сборника; выберите другой`,
  }),
  city: NonEmptyText,
  /** The federal subject (субъект РФ) the city belongs to, named as in the Constitution (content/regions.json). */
  region: RegionSchema,
  /** The year the practice was carried out or its results were counted. */
  year: z
    .number({ error: 'Год числом, например 2019' })
    .int({ error: 'Год числом, например 2019' })
    .min(2000, { error: 'Год не раньше 2000' })
    .max(2100, { error: 'Год не позже 2100' }),
  /** Two or three sentences: the problem and what changed. */
  summary: NonEmptyText,
  /** The full account, plain text with paragraphs split by blank lines. */
  body: NonEmptyText,
  /** The problem the practice solved; empty when the source does not state it. */
  problem: OptionalText,
  /** What was done, in order. */
  steps: z.array(PracticeStepSchema).default([]),
  /** Results in figures; the first ones lead the practice's page. */
  results: z.array(FigureSchema).default([]),
  participation: optional(ParticipationSchema),
  budget: optional(BudgetSchema),
  organisers: z.array(PracticeOrganisationSchema).default([]),
  partners: z.array(PracticeOrganisationSchema).default([]),
  /** How another city can repeat it. */
  replication: optional(ReplicationSchema),
  contact: optional(PracticeContactSchema),
  /** Where the facts come from. */
  links: z.array(SourceLinkSchema).default([]),
  /** Generated test data (scripts/generate-practices.ts), never a real practice; the site marks it. */
  synthetic: z
    .boolean()
    .nullish()
    .transform((s) => s ?? false),
};

/**
 * A practice of the Federal compendium as content/ (and the synthetic generator) state it: the topic
 * by its slug. Photos are not part of it: editors attach them in the CMS.
 */
export const BestPracticeContentSchema = z.object({
  ...practiceFields,
  /** Slug of the topic; absent where the source does not say which topic the practice belongs to. */
  topic: SlugSchema.nullish().transform((t) => t ?? null),
});
export type BestPracticeContent = z.infer<typeof BestPracticeContentSchema>;
/** What content/best-practices.json and the generator write: defaults may be left out. */
export type BestPracticeContentInput = z.input<typeof BestPracticeContentSchema>;

/** A practice as the CMS serves it: the topic embedded, the photos with their files. */
export const BestPracticeEntrySchema = z.object({
  ...practiceFields,
  ...DocumentMetaSchema.shape,
  topic: TopicRefSchema.nullish().transform((t) => t ?? null),
  images: z.array(PracticeImageSchema).default([]),
});
export type BestPracticeEntry = z.infer<typeof BestPracticeEntrySchema>;

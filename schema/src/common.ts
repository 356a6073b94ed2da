import { z } from 'zod';
import { FIGURE_QUALIFIERS } from './enums.js';

// In the browser, zod parses without compiling code: its probe for `new Function` is refused by the
// site's Content-Security-Policy (script-src without 'unsafe-eval') and every refusal is reported as
// a violation. index.ts exports this module first, so the setting precedes any parse. The CMS and
// the functions keep zod's faster compiled parsers.
if (typeof document !== 'undefined') z.config({ jitless: true });

/** A URL path segment: lowercase latin letters, digits and dashes (`smart-city`). */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Слаг: латинские строчные буквы, цифры и дефисы, например smart-city');

/** A calendar date as Strapi's `date` field stores it: `YYYY-MM-DD`, no time, no zone. */
export const IsoDateSchema = z.iso.date({ error: 'Дата в формате ГГГГ-ММ-ДД' });

export const NonEmptyText = z.string().trim().min(1, 'Поле не может быть пустым');

/**
 * A figure the programme reports: «более 300 участников», «101 948 голосов», «8 % горожан».
 * `value` is the number exactly as the source gives it; the site formats it for Russian readers.
 */
export const FigureSchema = z.object({
  value: z.number().nonnegative(),
  /** `more_than` is shown as «более …» (the source's «БОЛЕЕ 300», «>10 000»). */
  qualifier: z.enum(FIGURE_QUALIFIERS).default('exact'),
  /** Shown right after the number, e.g. `%`; empty for plain counts. */
  unit: z.string().trim().max(20).nullish().transform((u) => u || null),
  /** Write large round numbers the short way («3,5 млн») instead of in full («3 500 000»). */
  compact: z.boolean().default(false),
  /** What is counted, continuing the number: «городов из 82 регионов России». */
  label: NonEmptyText,
  /** The day the figure was counted («на 1 сентября 2021»); empty when the source does not say. */
  asOf: IsoDateSchema.nullish().transform((d) => d ?? null),
});
export type Figure = z.infer<typeof FigureSchema>;

/** Strapi's bookkeeping on every document; the site keys pages by slug, not by these. */
export const DocumentMetaSchema = z.object({
  documentId: z.string().min(1),
  updatedAt: z.string().nullish(),
  publishedAt: z.string().nullish(),
});

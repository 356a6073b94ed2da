import { z } from 'zod';
import { DocumentMetaSchema, NonEmptyText } from './common.js';
import { IDEA_AUTHORS, REFINEMENT_RESPONSES } from './enums.js';

/**
 * Residents' voice: verification of a resident, votes for projects and for ideas inside a project,
 * refinements (доработки). The rules live here so the functions, the CMS, the site's forms and the
 * tests apply the same ones.
 */

/**
 * The one-time code a resident receives: 6 digits, 10 minutes, 5 tries; sent (or sent again) at most
 * once a minute. Asking again while the code is unused sends the same code and counts for nothing;
 * at most `maxNewCodesPerHour` new codes an hour per mailbox (the rule: cms/src/voting/identity.ts).
 */
export const VERIFICATION = {
  codeLength: 6,
  ttlSeconds: 10 * 60,
  maxAttempts: 5,
  resendAfterSeconds: 60,
  maxNewCodesPerHour: 10,
} as const;

/** How long a verified resident stays signed in (the session cookie's lifetime). */
export const RESIDENT_SESSION_DAYS = 30;

/**
 * Domains of well-known throwaway mailboxes. Not a complete list (none is): it stops the cheap
 * case; the code, the per-identity limits and the anomaly log do the rest.
 */
export const DISPOSABLE_EMAIL_DOMAINS: readonly string[] = [
  '10minutemail.com', '10minutemail.net', '20minutemail.com', 'anonbox.net', 'burnermail.io', 'discard.email',
  'dispostable.com', 'dropmail.me', 'emailondeck.com', 'fakeinbox.com', 'getairmail.com', 'getnada.com',
  'guerrillamail.com', 'guerrillamail.net', 'guerrillamail.org', 'guerrillamailblock.com', 'harakirimail.com',
  'inboxkitten.com', 'mail.tm', 'mailcatch.com', 'maildrop.cc', 'mailinator.com', 'mailinator.net', 'mailnesia.com',
  'mintemail.com', 'moakt.com', 'mohmal.com', 'mytemp.email', 'nada.email', 'sharklasers.com', 'spambox.us',
  'spamgourmet.com', 'temp-mail.io', 'temp-mail.org', 'tempail.com', 'tempmail.dev', 'tempmail.net', 'tempmailo.com',
  'tempr.email', 'throwawaymail.com', 'trashmail.com', 'trashmail.de', 'trashmail.net', 'yopmail.com', 'yopmail.fr',
  'yopmail.net', 'emailfake.com', 'crazymailing.com', 'tmpmail.org', 'tmpmail.net', 'dropmail.ru', 'tempmail.ru',
  'mailforspam.com', 'one-off.email', 'wegwerfmail.de', 'byom.de', 'mail-temp.com', 'minuteinbox.com',
];

export function isDisposableEmail(email: string, extra: readonly string[] = []): boolean {
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  const listed = (d: string) => domain === d || domain.endsWith(`.${d}`);
  return DISPOSABLE_EMAIL_DOMAINS.some(listed) || extra.some(listed);
}

/**
 * A resident's email: trimmed, lower-cased (the voter is identified by it, so «Ivan@Mail.ru» and
 * «ivan@mail.ru» are one voter), a real-looking address, not a throwaway mailbox.
 */
export function residentEmailSchema(extraDisposable: readonly string[] = []) {
  return z
    .string({ error: 'Укажите адрес электронной почты' })
    .trim()
    .toLowerCase()
    .min(1, 'Укажите адрес электронной почты')
    .max(254, 'Слишком длинный адрес электронной почты')
    .pipe(z.email({ error: 'Адрес электронной почты указан с ошибкой — проверьте его, например ivan@mail.ru' }))
    .refine((email) => !isDisposableEmail(email, extraDisposable), {
      message: 'Адреса одноразовой почты не принимаются: укажите почту, которой вы пользуетесь постоянно',
    });
}

/**
 * One mailbox, one voter: the form of an address that every alias of the same mailbox shares. The
 * voter is found by this form; mail still goes to the address as the resident typed it.
 *
 * Only providers whose own rules are known are touched; for every other domain the address stays
 * as it is (a `+` or a dot may be significant there). A `+tag` is dropped only where logins cannot
 * contain `+`, so dropping it can never merge two different mailboxes (if such a provider did not
 * deliver `+tag` mail at all, the resident would get no code — no harm either).
 *
 * | provider  | domains (→ one domain)                                   | `+tag`  | dots in the login            |
 * |-----------|----------------------------------------------------------|---------|------------------------------|
 * | Gmail     | gmail.com, googlemail.com → gmail.com                    | dropped | ignored (removed)            |
 * | Yandex    | yandex.ru, ya.ru, yandex.com, yandex.by, yandex.kz, yandex.ua → yandex.ru | dropped | `.` and `-` are one (→ `-`) |
 * | Mail.ru   | mail.ru, inbox.ru, list.ru, bk.ru, internet.ru (separate)| dropped | significant                  |
 * | Microsoft | outlook.com, hotmail.com, live.com, msn.com (separate)   | dropped | significant                  |
 * | Apple     | icloud.com, me.com, mac.com (separate)                   | dropped | significant                  |
 * | Proton    | proton.me, protonmail.com, pm.me (separate)              | dropped | significant                  |
 *
 * Sources: Gmail — «2 hidden ways to get more from your Gmail address» (Gmail blog, 2008: `+` and
 * dots) and Gmail Help «Dots don't matter in Gmail addresses» (answer 7436150); googlemail.com is
 * Gmail's historical domain for the same accounts. Yandex — Yandex Help «Mailbox aliases»
 * (yandex.com/support/domain/additional/mailbox-alias.xml: every Yandex mailbox has aliases in the
 * ya.ru, yandex.by, yandex.com, yandex.kz, yandex.ru and yandex.ua domains), Yandex Mail's
 * `login+tag` delivery, and Yandex ID's rule that a login's dot may be typed as a hyphen. Mail.ru,
 * Microsoft, Apple, Proton — logins of letters, digits, `.`, `-`, `_` only (their registration
 * rules), so `+` is a tag where delivered; their domains are separate namespaces (ivan@bk.ru is
 * not ivan@mail.ru). The Yandex hyphen rule and Mail.ru's `+` delivery were not re-checked against
 * the live services when this was written; both only merge what cannot be two people.
 */
interface MailboxRule {
  domain: string;
  dots: 'keep' | 'drop' | 'hyphen';
}
const gmail: MailboxRule = { domain: 'gmail.com', dots: 'drop' };
const yandex: MailboxRule = { domain: 'yandex.ru', dots: 'hyphen' };
const plusOnly = (domains: string[]): Array<[string, MailboxRule]> => domains.map((domain) => [domain, { domain, dots: 'keep' }]);
export const MAILBOX_RULES: ReadonlyMap<string, MailboxRule> = new Map<string, MailboxRule>([
  ['gmail.com', gmail],
  ['googlemail.com', gmail],
  ...['yandex.ru', 'ya.ru', 'yandex.com', 'yandex.by', 'yandex.kz', 'yandex.ua'].map((d): [string, MailboxRule] => [d, yandex]),
  ...plusOnly(['mail.ru', 'inbox.ru', 'list.ru', 'bk.ru', 'internet.ru']),
  ...plusOnly(['outlook.com', 'hotmail.com', 'live.com', 'msn.com']),
  ...plusOnly(['icloud.com', 'me.com', 'mac.com']),
  ...plusOnly(['proton.me', 'protonmail.com', 'pm.me']),
]);

/** The canonical form of a valid, lower-cased address (see MAILBOX_RULES); other domains unchanged. */
export function canonicalEmail(email: string): string {
  const at = email.lastIndexOf('@');
  const rule = MAILBOX_RULES.get(email.slice(at + 1));
  if (!rule) return email;
  let login = email.slice(0, at);
  const plus = login.indexOf('+');
  if (plus >= 0) login = login.slice(0, plus);
  if (rule.dots === 'drop') login = login.replaceAll('.', '');
  if (rule.dots === 'hyphen') login = login.replaceAll('.', '-');
  // `+tag@…` or `...@gmail.com` is no login at all: left as typed rather than made into another's.
  return login ? `${login}@${rule.domain}` : email;
}

export const VerificationCodeSchema = z
  .string({ error: 'Введите код из письма' })
  .trim()
  .regex(/^\d{6}$/, 'Код — 6 цифр из письма');

/** Strapi document ids (24 lower-case letters and digits); anything else cannot name a document. */
export const DocumentIdSchema = z.string({ error: 'Не указано, за что голос' }).regex(/^[a-z0-9]{10,40}$/, 'Неизвестный проект или идея');

/** What a vote is for: exactly one project or one idea. */
export const VoteTargetSchema = z.union(
  [z.object({ project: DocumentIdSchema }).strict(), z.object({ idea: DocumentIdSchema }).strict()],
  { error: 'Укажите проект или идею, за которые голос' },
);
export type VoteTarget = z.infer<typeof VoteTargetSchema>;

export const REFINEMENT_TEXT = { min: 20, max: 2000 } as const;
export const RefinementTextSchema = z
  .string({ error: 'Напишите, что предлагаете доработать' })
  .trim()
  .min(REFINEMENT_TEXT.min, `Доработка — не короче ${REFINEMENT_TEXT.min} знаков: опишите, что и зачем изменить`)
  .max(REFINEMENT_TEXT.max, `Доработка — не длиннее ${REFINEMENT_TEXT.max} знаков`);

export const RefinementSubmissionSchema = z.object({ project: DocumentIdSchema, text: RefinementTextSchema }).strict();

export const RefinementResponseSchema = z.enum(REFINEMENT_RESPONSES);
export const TEAM_REPLY = { max: 2000 } as const;

/** The team's answer to a refinement: taken into account or declined, with a reply (required when declining). */
export const RefinementAnswerSchema = z
  .object({
    refinement: DocumentIdSchema,
    response: z.enum(['accepted', 'declined'], { error: 'Выберите: учтена или отклонена' }),
    reply: z.string().trim().max(TEAM_REPLY.max, `Ответ — не длиннее ${TEAM_REPLY.max} знаков`).default(''),
  })
  .strict()
  .refine((a) => a.response !== 'declined' || a.reply.length >= 10, {
    message: 'Объясните жителю, почему доработка отклонена (не короче 10 знаков)',
    path: ['reply'],
  });

export const IDEA_TEXT = { titleMax: 200, descriptionMax: 2000 } as const;
export const IdeaProposalSchema = z
  .object({
    title: z.string({ error: 'Назовите идею' }).trim().min(3, 'Назовите идею (не короче 3 знаков)').max(IDEA_TEXT.titleMax, `Название — не длиннее ${IDEA_TEXT.titleMax} знаков`),
    description: z.string().trim().max(IDEA_TEXT.descriptionMax, `Описание — не длиннее ${IDEA_TEXT.descriptionMax} знаков`).default(''),
  })
  .strict();

/** A refinement as the public API answers it: approved ones only, never who wrote it. */
export const RefinementEntrySchema = z.object({
  ...DocumentMetaSchema.shape,
  text: NonEmptyText,
  project: z.object({ reference: z.string() }).nullish().transform((p) => p ?? null),
  response: RefinementResponseSchema.default('none'),
  reply: z.string().nullish().transform((r) => r || null),
  respondedAt: z.string().nullish().transform((r) => r ?? null),
  createdAt: z.string(),
});
export type RefinementEntry = z.infer<typeof RefinementEntrySchema>;

export const IdeaEntrySchema = z.object({
  ...DocumentMetaSchema.shape,
  title: NonEmptyText,
  description: z.string().nullish().transform((d) => d || ''),
  project: z.object({ reference: z.string() }).nullish().transform((p) => p ?? null),
  author: z.enum(IDEA_AUTHORS).default('editors'),
});
export type IdeaEntry = z.infer<typeof IdeaEntrySchema>;

/** `GET /api/votes/counts`: live counts of counted (not voided) votes. */
export const VoteCountsSchema = z.object({
  projects: z.record(z.string(), z.number().int().nonnegative()),
  ideas: z.record(z.string(), z.number().int().nonnegative()),
  total: z.number().int().nonnegative(),
  generatedAt: z.string(),
});
export type VoteCounts = z.infer<typeof VoteCountsSchema>;

/** `GET /api/residents/me`. */
export const ResidentStateSchema = z.union([
  z.object({ signedIn: z.literal(false) }),
  z.object({
    signedIn: z.literal(true),
    votes: z.object({ projects: z.array(z.string()), ideas: z.array(z.string()) }),
  }),
]);
export type ResidentState = z.infer<typeof ResidentStateSchema>;

/** `POST /api/votes` and `DELETE /api/votes`. */
export const VoteResultSchema = z.object({
  status: z.enum(['counted', 'already', 'withdrawn', 'not-voted']),
  count: z.number().int().nonnegative(),
});
export type VoteResult = z.infer<typeof VoteResultSchema>;

/** «N доработок, X% учтено»: the share of approved refinements the team took into account. */
export function refinementStats(refinements: ReadonlyArray<{ response: string }>): {
  count: number;
  accepted: number;
  declined: number;
  acceptedPercent: number | null;
} {
  const count = refinements.length;
  const accepted = refinements.filter((r) => r.response === 'accepted').length;
  const declined = refinements.filter((r) => r.response === 'declined').length;
  return { count, accepted, declined, acceptedPercent: count ? Math.round((accepted / count) * 100) : null };
}

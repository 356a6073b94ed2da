import { createCipheriv, createDecipheriv, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { VERIFICATION, canonicalEmail, residentEmailSchema } from '@portal/schema';
import { getMailer } from '../core/mailer';
import { Refusal, invalid, isUniqueViolation } from '../core/errors';
import { sessionEnded, unknownVoter, voterVoided } from './refusal';
import { config } from '../core/config';

/**
 * Verified residents. A verification provider knows how to read an identifier (an email today; a
 * phone number or an ЕСИА subject later) and how to deliver a one-time code to it. Everything else —
 * codes, tries, limits, the voter record — is the same for every provider, and votes only ever see
 * the voter's document id. The identifier itself is never stored: the voter is found by a keyed hash
 * (HMAC-SHA-256 with VOTER_HASH_KEY), so a copy of the database does not give out addresses.
 *
 * One mailbox, one voter: the hash is taken of the identifier's canonical form (for email,
 * `canonicalEmail`: ivan+1@gmail.com, i.van@gmail.com and ivan@googlemail.com are one voter); the
 * code goes to the address as typed. Voters created before canonical forms existed were hashed
 * from the lower-cased address as typed; nothing is migrated behind their back: a sign-in looks
 * the voter up by the canonical hash first and then by that legacy hash, and such a voter keeps
 * their hash. (A hash cannot be turned back into an address, so a legacy voter is found only
 * through the alias they first used; an alias first seen after the change is the canonical voter.)
 */
export type Normalised = { ok: true; value: string; address: string; legacy: string | null } | { ok: false; messages: string[] };
export interface VerificationProvider {
  readonly name: string;
  /**
   * The identifier in its canonical form (`value`, what the voter is found by), where to deliver
   * (`address`, as typed), and the form legacy voters were hashed from when it differs (`legacy`);
   * or field errors in Russian.
   */
  normalise(identifier: unknown): Normalised;
  deliver(strapi: Core.Strapi, identifier: string, code: string): Promise<void>;
}

const extraDisposable = () => config().DISPOSABLE_EMAIL_DOMAINS;

export const emailProvider: VerificationProvider = {
  name: 'email',
  normalise(identifier) {
    const parsed = residentEmailSchema(extraDisposable()).safeParse(identifier);
    if (!parsed.success) return { ok: false, messages: parsed.error.issues.map((i) => i.message) };
    const value = canonicalEmail(parsed.data);
    return { ok: true, value, address: parsed.data, legacy: value === parsed.data ? null : parsed.data };
  },
  async deliver(strapi, email, code) {
    const minutes = VERIFICATION.ttlSeconds / 60;
    await getMailer(strapi).send({
      to: email,
      subject: `Код подтверждения: ${code}`,
      text:
        `Здравствуйте!\n\nВаш код для голосования на портале «100 городских лидеров»: ${code}\n\n` +
        `Код действует ${minutes} минут. Если вы не запрашивали код, просто не отвечайте на это письмо.` +
        '\n\n—\nКоманда программы «100 городских лидеров»',
    });
  },
};

const providers: Record<string, VerificationProvider> = { email: emailProvider };

const VOTER = 'api::voter.voter';
const CODE = 'api::sign-in-code.sign-in-code';

function hashKey(): string {
  const key = config().VOTER_HASH_KEY;
  if (!key) throw new Error('VOTER_HASH_KEY is not set (at least 16 characters)');
  return key;
}

/** The keyed hash a voter is stored under. */
export function identityHash(provider: string, identifier: string, key = hashKey()): string {
  return createHmac('sha256', key).update(`${provider}:${identifier}`).digest('hex');
}

function codeHash(identity: string, code: string, key = hashKey()): string {
  return createHmac('sha256', key).update(`code:${identity}:${code}`).digest('hex');
}

/**
 * A code kept so that it can be sent again (asking again must not make a new code, see `challenge`):
 * AES-256-GCM under a key derived from VOTER_HASH_KEY, bound to the identity, so a copy of the
 * database gives out no code (and the hash alone could not be sent again).
 */
const sealKey = (key = hashKey()) => createHmac('sha256', key).update('seal:sign-in-code').digest();
export function sealCode(identity: string, code: string, key = hashKey()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealKey(key), iv).setAAD(Buffer.from(identity));
  const sealed = Buffer.concat([cipher.update(code, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
}
export function unsealCode(identity: string, sealed: unknown, key = hashKey()): string | null {
  if (typeof sealed !== 'string' || !sealed) return null;
  try {
    const bytes = Buffer.from(sealed, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', sealKey(key), bytes.subarray(0, 12)).setAAD(Buffer.from(identity));
    decipher.setAuthTag(bytes.subarray(12, 28));
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

function provider(name: unknown): VerificationProvider {
  const p = typeof name === 'string' ? providers[name] : undefined;
  if (!p) throw invalid({ provider: ['Неизвестный способ подтверждения'] });
  return p;
}

function identifierOf(p: VerificationProvider, identifier: unknown): Extract<Normalised, { ok: true }> {
  const n = p.normalise(identifier);
  if (!n.ok) throw invalid({ identifier: n.messages });
  return n;
}

interface CodeRow {
  id: number;
  codeHash: string;
  codeSealed: string | null;
  expiresAt: string | Date;
  attempts: number;
  consumedAt: unknown;
  lastSentAt: string | Date | null;
  createdAt: string | Date;
}
const CODE_FIELDS = ['id', 'codeHash', 'codeSealed', 'expiresAt', 'attempts', 'consumedAt', 'lastSentAt', 'createdAt'];
const time = (d: string | Date | null | undefined) => (d ? new Date(d).getTime() : 0);
/** Unused, unexpired, tries left: the code the resident may still type. */
const isLive = (c: CodeRow, now: Date) => !c.consumedAt && time(c.expiresAt) > now.getTime() && c.attempts < VERIFICATION.maxAttempts;

/** The session version of a voter row (absent on rows older than the column: 0). */
const versionOf = (row: { sessionVersion?: unknown } | null | undefined) => Number(row?.sessionVersion ?? 0);

const HOUR = 60 * 60 * 1000;

/**
 * A write's check of the resident behind a session: the voter exists, is not voided, and the
 * session is of the voter's current version (ending all sessions raises it).
 */
export async function requireVoter(strapi: Core.Strapi, voter: string, session: number): Promise<void> {
  const row = await strapi.db.query(VOTER).findOne({ where: { documentId: voter }, select: ['voided', 'sessionVersion'] });
  if (!row) throw unknownVoter();
  if (row.voided) throw voterVoided();
  if (versionOf(row) !== session) throw sessionEnded();
}

export function createIdentityService(strapi: Core.Strapi) {
  // Long because it is the residents' whole identity service: short actions sharing one closure over strapi.
  const codes = () => strapi.db.query(CODE);
  const voters = () => strapi.db.query(VOTER);
  const knexCodes = () => strapi.db.connection((strapi.db.metadata.get(CODE)).tableName);

  /** Delivers a code; when that fails, `undo` puts the record back so the resident may ask again at once. */
  async function deliver(p: VerificationProvider, address: string, code: string, undo: () => Promise<unknown>) {
    try {
      await p.deliver(strapi, address, code);
    } catch (e) {
      await undo();
      strapi.log.error(`verification: a code was not delivered (${p.name}): ${(e as Error).message}`);
      throw new Error('code delivery failed');
    }
  }

  return {
    /**
     * Sends the identity's code. The rule, so that nobody can lock a resident out by asking for
     * their codes (the requester is slowed down by the functions' per-client limits instead):
     *  - while the latest code is live (unused, unexpired, tries left) asking again sends the same
     *    code again, at most once a minute (sooner: 429, the mail is already there), and counts
     *    for nothing — so a stranger's requests neither replace the code the resident is typing
     *    nor use up their quota;
     *  - a new code only when there is no live one (used, expired or its tries spent — then at
     *    once), at most `maxNewCodesPerHour` an hour. Codes that merely expire unused come at
     *    most six an hour (10 minutes each), under that cap; to reach it someone must also spend
     *    all five tries of several codes, which the functions' per-client limit on wrong codes
     *    makes slow. The cap bounds guessing per mailbox to 5 × 10 tries an hour in 10^6 codes.
     */
    async challenge(input: { provider: unknown; identifier: unknown }, now = new Date()) {
      const p = provider(input.provider);
      const id = identifierOf(p, input.identifier);
      const identity = identityHash(p.name, id.value);

      const latest = (await codes().findOne({ where: { identityHash: identity }, orderBy: { id: 'desc' }, select: CODE_FIELDS })) as CodeRow | null;
      const again = latest && isLive(latest, now) ? unsealCode(identity, latest.codeSealed) : null;
      if (latest && again) {
        const sentAt = time(latest.lastSentAt ?? latest.createdAt);
        if (now.getTime() - sentAt < VERIFICATION.resendAfterSeconds * 1000) {
          const retryAfter = Math.ceil((sentAt + VERIFICATION.resendAfterSeconds * 1000 - now.getTime()) / 1000);
          throw new Refusal(429, 'RateLimitError', `Код уже отправлен. Новый можно запросить через ${retryAfter} с.`, { retryAfter });
        }
        // Conditional, so two requests at once send one mail.
        const claimed = await knexCodes().where({ id: latest.id }).where('last_sent_at', '<=', new Date(now.getTime() - VERIFICATION.resendAfterSeconds * 1000)).update({ last_sent_at: now });
        if (!claimed) throw new Refusal(429, 'RateLimitError', `Код уже отправлен. Новый можно запросить через ${VERIFICATION.resendAfterSeconds} с.`, { retryAfter: VERIFICATION.resendAfterSeconds });
        await deliver(p, id.address, again, () => knexCodes().where({ id: latest.id }).update({ last_sent_at: new Date(sentAt) }));
        return { expiresInSeconds: Math.ceil((time(latest.expiresAt) - now.getTime()) / 1000), resendAfterSeconds: VERIFICATION.resendAfterSeconds };
      }

      const recent = (await codes().findMany({
        where: { identityHash: identity, createdAt: { $gt: new Date(now.getTime() - HOUR) } },
        select: ['createdAt'],
        orderBy: { createdAt: 'asc' },
        limit: VERIFICATION.maxNewCodesPerHour,
      })) as Array<{ createdAt: string | Date }>;
      if (recent.length >= VERIFICATION.maxNewCodesPerHour) {
        const retryAfter = Math.ceil((time(recent[0]!.createdAt) + HOUR - now.getTime()) / 1000);
        throw new Refusal(429, 'RateLimitError', `Слишком много кодов за час. Попробуйте через ${Math.ceil(retryAfter / 60)} мин.`, { retryAfter });
      }
      const code = String(randomInt(0, 10 ** VERIFICATION.codeLength)).padStart(VERIFICATION.codeLength, '0');
      const row = await codes().create({
        data: {
          identityHash: identity,
          provider: p.name,
          codeHash: codeHash(identity, code),
          codeSealed: sealCode(identity, code),
          expiresAt: new Date(now.getTime() + VERIFICATION.ttlSeconds * 1000),
          attempts: 0,
          lastSentAt: now,
          // Rows below the document service: a type without draft & publish is always "published".
          publishedAt: now,
        },
      });
      await deliver(p, id.address, code, () => codes().delete({ where: { id: row.id } }));
      return { expiresInSeconds: VERIFICATION.ttlSeconds, resendAfterSeconds: VERIFICATION.resendAfterSeconds };
    },

    /**
     * Checks a code against the identity's latest one. Each try is counted before the comparison by
     * a conditional update (attempts < 5), so parallel guesses cannot exceed the limit; a right code
     * is consumed the same way, so it signs in once.
     */
    async verify(input: { provider: unknown; identifier: unknown; code: unknown }, now = new Date()) {
      const p = provider(input.provider);
      const id = identifierOf(p, input.identifier);
      if (typeof input.code !== 'string' || !/^\d{6}$/.test(input.code)) throw invalid({ code: ['Код — 6 цифр из письма'] });
      const identity = identityHash(p.name, id.value);
      const latest = (await codes().findOne({
        where: { identityHash: identity },
        orderBy: { id: 'desc' },
        select: ['id', 'codeHash', 'expiresAt', 'attempts', 'consumedAt'],
      })) as { id: number; codeHash: string; expiresAt: string | Date; attempts: number; consumedAt: unknown } | null;
      if (!latest || latest.consumedAt) {
        throw new Refusal(400, 'CodeInvalid', 'Кода для этого адреса нет или он уже использован. Запросите новый код.', { attemptsLeft: 0 });
      }
      if (new Date(latest.expiresAt).getTime() <= now.getTime()) {
        throw new Refusal(410, 'CodeExpired', 'Срок действия кода истёк. Запросите новый код.');
      }
      const counted = await knexCodes().where({ id: latest.id }).where('attempts', '<', VERIFICATION.maxAttempts).whereNull('consumed_at').increment('attempts', 1);
      if (!counted) {
        throw new Refusal(429, 'TooManyAttempts', 'Попытки ввести код закончились. Запросите новый код.');
      }
      const expected = Buffer.from(latest.codeHash, 'hex');
      const given = Buffer.from(codeHash(identity, input.code), 'hex');
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
        const left = VERIFICATION.maxAttempts - (latest.attempts + 1);
        if (left <= 0) throw new Refusal(429, 'TooManyAttempts', 'Неверный код, попытки закончились. Запросите новый код.');
        throw new Refusal(400, 'CodeInvalid', `Неверный код. Осталось попыток: ${left}.`, { attemptsLeft: left });
      }
      const consumed = await knexCodes().where({ id: latest.id }).whereNull('consumed_at').update({ consumed_at: now });
      if (!consumed) throw new Refusal(400, 'CodeInvalid', 'Код уже использован. Запросите новый код.', { attemptsLeft: 0 });

      const voter = await this.voterFor(p.name, identity, id.legacy === null ? null : identityHash(p.name, id.legacy), now);
      return { voter: voter.documentId, voided: voter.voided, sessionVersion: voter.sessionVersion };
    },

    /**
     * The voter record for an identity: by the canonical hash, else by the legacy one (a voter from
     * before canonical forms, who keeps their hash), else created under the canonical hash (unique
     * index: one per identity).
     */
    async voterFor(providerName: string, identity: string, legacy: string | null = null, now = new Date()): Promise<{ documentId: string; voided: boolean; sessionVersion: number }> {
      const select = ['documentId', 'voided', 'id', 'identityHash', 'sessionVersion'];
      const found = (await voters().findMany({ where: { identityHash: { $in: legacy ? [identity, legacy] : [identity] } }, select }));
      const existing = found.find((v) => v.identityHash === identity) ?? found[0];
      const answer = (v: any) => ({ documentId: v.documentId as string, voided: !!v.voided, sessionVersion: versionOf(v) });
      if (existing) {
        await voters().update({ where: { id: existing.id }, data: { lastVerifiedAt: now } });
        return answer(existing);
      }
      try {
        const created = await voters().create({ data: { identityHash: identity, provider: providerName, lastVerifiedAt: now, voided: false, sessionVersion: 0, publishedAt: now } });
        return answer(created);
      } catch (e) {
        if (!isUniqueViolation(e)) throw e;
        const other = await voters().findOne({ where: { identityHash: identity }, select });
        if (!other) throw e;
        return answer(other);
      }
    },

    requireVoter: (voter: string, session: number) => requireVoter(strapi, voter, session),

    /**
     * «Выйти на всех устройствах»: raises the voter's session version, so every session issued so
     * far (each carries the version it was issued with) is refused on its next write. Conditional
     * on the caller's own session being current: an ended session cannot end the new ones.
     */
    async endSessions(voter: string, session: number, now = new Date()): Promise<{ sessionVersion: number }> {
      const table = (strapi.db.metadata.get(VOTER)).tableName as string;
      const knex = strapi.db.connection;
      const raised = await knex(table)
        .where({ document_id: voter, voided: false })
        .where((q) => (session === 0 ? q.whereNull('session_version').orWhere('session_version', 0) : q.where('session_version', session)))
        .update({ session_version: session + 1, updated_at: now });
      if (!raised) {
        await requireVoter(strapi, voter, session);
        throw sessionEnded();
      }
      return { sessionVersion: session + 1 };
    },

    /** Codes older than a day are of no use to anyone: removed by a daily job. */
    async purgeOldCodes(now = new Date()): Promise<number> {
      const result = await codes().deleteMany({ where: { createdAt: { $lt: new Date(now.getTime() - 24 * HOUR) } } });
      return (result)?.count ?? 0;
    },
  };
}

export type IdentityService = ReturnType<typeof createIdentityService>;


import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { VERIFICATION, residentEmailSchema } from '@portal/schema';
import { getMailer } from '../applications/mailer-instance';
import { VotingRefusal, invalid, isUniqueViolation } from './errors';

/**
 * Verified residents. A verification provider knows how to read an identifier (an email today; a
 * phone number or an ЕСИА subject later) and how to deliver a one-time code to it. Everything else —
 * codes, tries, limits, the voter record — is the same for every provider, and votes only ever see
 * the voter's document id. The identifier itself is never stored: the voter is found by a keyed hash
 * (HMAC-SHA-256 with VOTER_HASH_KEY), so a copy of the database does not give out addresses.
 */
export interface VerificationProvider {
  readonly name: string;
  /** The identifier in its one canonical form, or field errors in Russian. */
  normalise(identifier: unknown): { ok: true; value: string } | { ok: false; messages: string[] };
  deliver(strapi: Core.Strapi, identifier: string, code: string): Promise<void>;
}

const extraDisposable = () => (process.env.DISPOSABLE_EMAIL_DOMAINS ?? '').split(',').map((d) => d.trim().toLowerCase()).filter(Boolean);

export const emailProvider: VerificationProvider = {
  name: 'email',
  normalise(identifier) {
    const parsed = residentEmailSchema(extraDisposable()).safeParse(identifier);
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, messages: parsed.error.issues.map((i) => i.message) };
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
  const key = process.env.VOTER_HASH_KEY;
  if (!key || key.length < 16) throw new Error('VOTER_HASH_KEY is not set (at least 16 characters)');
  return key;
}

/** The keyed hash a voter is stored under. */
export function identityHash(provider: string, identifier: string, key = hashKey()): string {
  return createHmac('sha256', key).update(`${provider}:${identifier}`).digest('hex');
}

function codeHash(identity: string, code: string, key = hashKey()): string {
  return createHmac('sha256', key).update(`code:${identity}:${code}`).digest('hex');
}

function provider(name: unknown): VerificationProvider {
  const p = typeof name === 'string' ? providers[name] : undefined;
  if (!p) throw invalid({ provider: ['Неизвестный способ подтверждения'] });
  return p;
}

function identifierOf(p: VerificationProvider, identifier: unknown): string {
  const n = p.normalise(identifier);
  if (!n.ok) throw invalid({ identifier: n.messages });
  return n.value;
}

const HOUR = 60 * 60 * 1000;

export function createIdentityService(strapi: Core.Strapi) {
  const codes = () => strapi.db.query(CODE as any);
  const voters = () => strapi.db.query(VOTER as any);

  return {
    /** Sends a new code, unless the identity asked for one less than a minute ago or 5 times this hour. */
    async challenge(input: { provider: unknown; identifier: unknown }, now = new Date()) {
      const p = provider(input.provider);
      const identifier = identifierOf(p, input.identifier);
      const identity = identityHash(p.name, identifier);

      const recent = (await codes().findMany({
        where: { identityHash: identity, createdAt: { $gt: new Date(now.getTime() - HOUR) } },
        select: ['id', 'createdAt'],
        orderBy: { createdAt: 'asc' },
      })) as Array<{ id: number; createdAt: string | Date }>;
      const times = recent.map((r) => new Date(r.createdAt).getTime());
      const last = times.at(-1);
      if (last !== undefined && now.getTime() - last < VERIFICATION.resendAfterSeconds * 1000) {
        const retryAfter = Math.ceil((last + VERIFICATION.resendAfterSeconds * 1000 - now.getTime()) / 1000);
        throw new VotingRefusal(429, 'TooManyRequests', `Код уже отправлен. Новый можно запросить через ${retryAfter} с.`, { retryAfter });
      }
      if (times.length >= VERIFICATION.maxSendsPerHour) {
        const retryAfter = Math.ceil((times[0]! + HOUR - now.getTime()) / 1000);
        throw new VotingRefusal(429, 'TooManyRequests', `Слишком много кодов за час. Попробуйте через ${Math.ceil(retryAfter / 60)} мин.`, { retryAfter });
      }

      const code = String(randomInt(0, 10 ** VERIFICATION.codeLength)).padStart(VERIFICATION.codeLength, '0');
      const row = await codes().create({
        data: {
          identityHash: identity,
          provider: p.name,
          codeHash: codeHash(identity, code),
          expiresAt: new Date(now.getTime() + VERIFICATION.ttlSeconds * 1000),
          attempts: 0,
          // Rows below the document service: a type without draft & publish is always "published".
          publishedAt: now,
        },
      });
      try {
        await p.deliver(strapi, identifier, code);
      } catch (e) {
        await codes().delete({ where: { id: row.id } });
        strapi.log.error(`verification: a code was not delivered (${p.name}): ${(e as Error).message}`);
        throw new Error('code delivery failed');
      }
      return { expiresInSeconds: VERIFICATION.ttlSeconds, resendAfterSeconds: VERIFICATION.resendAfterSeconds };
    },

    /**
     * Checks a code against the identity's latest one. Each try is counted before the comparison by
     * a conditional update (attempts < 5), so parallel guesses cannot exceed the limit; a right code
     * is consumed the same way, so it signs in once.
     */
    async verify(input: { provider: unknown; identifier: unknown; code: unknown }, now = new Date()) {
      const p = provider(input.provider);
      const identifier = identifierOf(p, input.identifier);
      if (typeof input.code !== 'string' || !/^\d{6}$/.test(input.code)) throw invalid({ code: ['Код — 6 цифр из письма'] });
      const identity = identityHash(p.name, identifier);
      const latest = (await codes().findOne({
        where: { identityHash: identity },
        orderBy: { id: 'desc' },
        select: ['id', 'codeHash', 'expiresAt', 'attempts', 'consumedAt'],
      })) as { id: number; codeHash: string; expiresAt: string | Date; attempts: number; consumedAt: unknown } | null;
      if (!latest || latest.consumedAt) {
        throw new VotingRefusal(400, 'CodeInvalid', 'Кода для этого адреса нет или он уже использован. Запросите новый код.', { attemptsLeft: 0 });
      }
      if (new Date(latest.expiresAt).getTime() <= now.getTime()) {
        throw new VotingRefusal(410, 'CodeExpired', 'Срок действия кода истёк. Запросите новый код.');
      }
      const knex = strapi.db.connection;
      const table = (strapi.db.metadata.get(CODE as any) as any).tableName;
      const counted = await knex(table).where({ id: latest.id }).where('attempts', '<', VERIFICATION.maxAttempts).whereNull('consumed_at').increment('attempts', 1);
      if (!counted) {
        throw new VotingRefusal(429, 'TooManyAttempts', 'Попытки ввести код закончились. Запросите новый код.');
      }
      const expected = Buffer.from(latest.codeHash, 'hex');
      const given = Buffer.from(codeHash(identity, input.code), 'hex');
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
        const left = VERIFICATION.maxAttempts - (latest.attempts + 1);
        if (left <= 0) throw new VotingRefusal(429, 'TooManyAttempts', 'Неверный код, попытки закончились. Запросите новый код.');
        throw new VotingRefusal(400, 'CodeInvalid', `Неверный код. Осталось попыток: ${left}.`, { attemptsLeft: left });
      }
      const consumed = await knex(table).where({ id: latest.id }).whereNull('consumed_at').update({ consumed_at: now });
      if (!consumed) throw new VotingRefusal(400, 'CodeInvalid', 'Код уже использован. Запросите новый код.', { attemptsLeft: 0 });

      const voter = await this.voterFor(p.name, identity, now);
      return { voter: voter.documentId, voided: voter.voided };
    },

    /** The voter record for an identity hash, created on first verification (unique index: one per identity). */
    async voterFor(providerName: string, identity: string, now = new Date()): Promise<{ documentId: string; voided: boolean }> {
      const existing = await voters().findOne({ where: { identityHash: identity }, select: ['documentId', 'voided', 'id'] });
      if (existing) {
        await voters().update({ where: { id: existing.id }, data: { lastVerifiedAt: now } });
        return { documentId: existing.documentId, voided: !!existing.voided };
      }
      try {
        const created = await voters().create({ data: { identityHash: identity, provider: providerName, lastVerifiedAt: now, voided: false, publishedAt: now } });
        return { documentId: created.documentId, voided: false };
      } catch (e) {
        if (!isUniqueViolation(e)) throw e;
        const other = await voters().findOne({ where: { identityHash: identity }, select: ['documentId', 'voided'] });
        if (!other) throw e;
        return { documentId: other.documentId, voided: !!other.voided };
      }
    },

    /** Codes older than a day are of no use to anyone: removed by a daily job. */
    async purgeOldCodes(now = new Date()): Promise<number> {
      const result = await codes().deleteMany({ where: { createdAt: { $lt: new Date(now.getTime() - 24 * HOUR) } } });
      return (result as any)?.count ?? 0;
    },
  };
}

export type IdentityService = ReturnType<typeof createIdentityService>;


import { createHash, randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { getMailer } from '../core/mailer';
import { scheduleOnce } from '../cluster/leases';
import { config } from '../core/config';

/**
 * Experts' sign-in links as a mail queue in the database (the expert-sign-in table is the outbox).
 *
 * A link request writes a pending row and returns: the answer never waits for SMTP, so an expert's
 * address and a stranger's are answered alike and in the same time, and a broken mail server gives
 * nobody a 503. The row is delivered right after the answer (in the background) and, should that
 * fail or the process stop, by a cron task with backoff until it is sent or MAX_ATTEMPTS is reached
 * (the row then stays in the admin panel, marked as failed). A row carries no secret while pending:
 * the token is drawn at delivery time and only its SHA-256 stored, so a retry sends a fresh one.
 * Delivery claims a row with a conditional update (a lease), so two processes never send it twice;
 * it goes through the query engine, so a delivery inside an editor's save (the draw) joins its transaction.
 */
const EXPERT = 'api::expert.expert';
const SIGN_IN = 'api::expert-sign-in.expert-sign-in';

const linkHours = () => config().EXPERT_LINK_HOURS;
/** Sign-in links an expert may ask for per hour; more requests are answered alike and dropped. */
export const LINKS_PER_HOUR = 3;
/**
 * The reason of a link asked for on the sign-in page. Only these count against LINKS_PER_HOUR: the
 * links the portal sends on its own (assignments) are not the expert's asking, and counting them
 * left an expert just notified of a draw and a reassignment without a way to sign in for an hour.
 */
export const REQUESTED_REASON = 'Вы запросили вход в кабинет эксперта.';
const MAX_ATTEMPTS = 10;
/** First retry after this many seconds, doubling up to an hour. */
const retrySeconds = () => config().MAIL_RETRY_SECONDS;
/** How long a delivery may take before another process may try the row again. */
const LEASE_MS = 5 * 60_000;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const siteUrl = () => config().SITE_URL;
/** Addresses are kept trimmed and lower-case (see normaliseExpertEmails). */
export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export function createExpertLinks(strapi: Core.Strapi) {
  const rows = () => strapi.db.query(SIGN_IN);

  async function enqueue(expert: string, reason: string, now = new Date()): Promise<number> {
    const row = (await rows().create({ data: { expert, reason, requestedAt: now, nextAttemptAt: now, attempts: 0, publishedAt: now } }));
    return row.id as number;
  }

  async function mail(expert: { name: string; email: string }, reason: string, token: string) {
    await getMailer(strapi).send({
      to: expert.email,
      subject: 'Вход в кабинет эксперта «100 городских лидеров»',
      text:
        `Здравствуйте, ${expert.name}!\n\n${reason}\n\nВаша личная ссылка для входа в кабинет эксперта:\n${siteUrl()}/expert/#${token}\n\n` +
        `Ссылка действует ${linkHours()} ч и открывается один раз; новую можно запросить на странице ${siteUrl()}/expert/. Не пересылайте её.` +
        '\n\n—\nКоманда программы «100 городских лидеров»',
    });
  }

  /** Sends one queued link if it is due and not claimed by another process; true when it went out. */
  async function deliver(id: number, now = new Date()): Promise<boolean> {
    const { count } = await rows().updateMany({ where: { id, sentAt: null, nextAttemptAt: { $lte: now } }, data: { nextAttemptAt: new Date(now.getTime() + LEASE_MS) } });
    if (!count) return false;
    const row = (await rows().findOne({ where: { id } }));
    const expert = (await strapi.db.query(EXPERT).findOne({ where: { documentId: row.expert, active: true }, select: ['name', 'email'] }));
    if (!expert) {
      await rows().update({ where: { id }, data: { nextAttemptAt: null, failure: 'Эксперт отключён или удалён: ссылка не отправлена.' } });
      return false;
    }
    const token = randomBytes(32).toString('base64url');
    const attempts = Number(row.attempts ?? 0) + 1;
    await rows().update({ where: { id }, data: { tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + linkHours() * 3_600_000), attempts } });
    try {
      await mail(expert, row.reason ?? '', token);
    } catch (error) {
      const last = attempts >= MAX_ATTEMPTS;
      const retryAt = new Date(now.getTime() + Math.min(retrySeconds() * 2 ** (attempts - 1), 3600) * 1000);
      // The SMTP error may quote the address: it goes to neither the log nor the row.
      strapi.log[last ? 'error' : 'warn'](`experts: sign-in link ${id} not sent (attempt ${attempts}${last ? ', giving up' : ''}): ${(error as { code?: string }).code ?? 'error'}`);
      await rows().update({ where: { id }, data: { tokenHash: null, nextAttemptAt: last ? null : retryAt, failure: last ? 'Письмо не отправлено: почтовый сервер отказал.' : null } });
      return false;
    }
    await rows().update({ where: { id }, data: { sentAt: new Date(), nextAttemptAt: null, failure: null } });
    return true;
  }

  /** Every queued link that is due (the cron task, and a restart's catch-up). */
  async function deliverDue(now = new Date()): Promise<number> {
    const due = (await rows().findMany({ where: { sentAt: null, nextAttemptAt: { $lte: now } }, select: ['id'], orderBy: { id: 'asc' }, limit: 100 })) as Array<{ id: number }>;
    let sent = 0;
    for (const { id } of due) if (await deliver(id, now)) sent += 1;
    return sent;
  }

  return {
    deliverDue,

    /**
     * A link asked for on the sign-in page: queued when the address is an active expert's and they
     * asked fewer than LINKS_PER_HOUR times this hour, sent after the answer. The answer is the same
     * in every case, and nothing here waits for the mail server.
     */
    async request(email: string, now = new Date()): Promise<void> {
      const expert = (await strapi.db.query(EXPERT).findOne({ where: { email: { $eqi: normaliseEmail(email) }, active: true }, select: ['documentId'] }));
      if (!expert) return;
      const recent = await rows().count({ where: { expert: expert.documentId, reason: REQUESTED_REASON, requestedAt: { $gt: new Date(now.getTime() - 3_600_000) } } });
      if (recent >= LINKS_PER_HOUR) return;
      const id = await enqueue(expert.documentId, REQUESTED_REASON, now);
      setImmediate(() => deliver(id).catch((e) => strapi.log.error(`experts: sign-in link ${id} failed: ${(e as Error).message}`)));
    },

    /** A link the portal sends on its own (an assignment): queued and sent now; retried by the cron task if that fails. */
    async send(expert: string, reason: string, now = new Date()): Promise<void> {
      await deliver(await enqueue(expert, reason, now), now);
    },
  };
}

export type ExpertLinks = ReturnType<typeof createExpertLinks>;

/** Experts' addresses are stored trimmed and lower-case, whoever saves them (the admin panel, an import). */
export function normaliseExpertEmails(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const ctx = context as unknown as { uid: string; action: string; params: { data?: Record<string, unknown> } };
    const data = ctx.params?.data;
    if (ctx.uid === EXPERT && (ctx.action === 'create' || ctx.action === 'update') && data && typeof data.email === 'string') data.email = normaliseEmail(data.email);
    return next();
  });
}

/** Queued links go out every MAIL_QUEUE_SECONDS (15 by default) until sent, by one CMS instance at a time (cluster/leases.ts). */
export function scheduleExpertLinks(strapi: Core.Strapi, links: ExpertLinks): void {
  const every = config().MAIL_QUEUE_SECONDS;
  scheduleOnce(strapi, {
    expertLinks: { rule: `*/${every} * * * * *`, everyMs: every * 1000, leaseMs: 60_000, task: () => links.deliverDue(), failure: 'experts: link queue failed' },
  });
}

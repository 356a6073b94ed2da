import type { Config } from '@netlify/functions';
import { applicationSchema, fieldErrors } from '@portal/schema';
import { calendarDate, formatDate, stageOfKind } from '@portal/schema/domain';
import { z } from 'zod';
import { cmsJson, currentRound, topicSlugs } from './_shared/cms-client.js';
import { HttpError, errorResponse, json } from './_shared/errors.js';
import { handler, perIp } from './_shared/handler.js';
import { RateLimiter } from './_shared/rate-limit.js';
import { statusLinks } from './_shared/status-link.js';

export const config: Config = {
  path: '/api/applications',
  method: 'POST',
  rateLimit: { windowLimit: 5, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};

/** An application with everything the seed lists is a few kilobytes; 64 KB leaves room and no more. */
const MAX_BYTES = 64 * 1024;

const IdempotencyKeySchema = z.string().regex(/^[A-Za-z0-9_-]{16,100}$/);

/**
 * `POST /api/applications`: validates an application with the shared schema, accepts it only inside
 * the round's collection window, and stores it in the CMS. A retry with the same Idempotency-Key and
 * the same application answers the same reference and status link and creates nothing; the same key
 * with another application is a 422 (a key is not a credential: it never hands out someone else's
 * link). Every refusal is a 4xx with a Russian message.
 */
export default handler(config, {
  name: 'submit-application',
  // Submissions per IP address per 10 minutes, per function instance.
  limits: [perIp(new RateLimiter(10, 10 * 60_000), (wait) => `Слишком много заявок с одного адреса. Попробуйте через ${Math.ceil(wait / 60)} мин.`)],
  unavailable: 'Не удалось принять заявку. Попробуйте через несколько минут — с тем же ключом заявка не задвоится.',
  async run({ req, env, read }) {
    const key = IdempotencyKeySchema.safeParse(req.headers.get('idempotency-key'));
    if (!key.success) throw new HttpError(400, 'BadRequestError', 'Обновите страницу и отправьте заявку ещё раз (нет ключа повторной отправки).');

    // Shape first (size, JSON, honeypot), the round's rules after: they need the CMS.
    const body = await read({
      schema: z.record(z.string(), z.unknown(), { error: 'Ожидается объект заявки' }),
      maxBytes: MAX_BYTES,
      honeypot: 'Заявка похожа на автоматическую и не принята.',
    });

    const round = await currentRound(env);
    const collection = stageOfKind(round, 'collection');
    const today = calendarDate(new Date(), round.timeZone);
    if (!collection || today < collection.startDate || today > collection.endDate) {
      const when = collection ? ` Заявки принимаются с ${formatDate(collection.startDate)} по ${formatDate(collection.endDate)}.` : '';
      return errorResponse(403, 'ApplicationsClosed', `Приём заявок на отбор ${round.year} года закрыт.${when}`, {
        window: collection ? { startDate: collection.startDate, endDate: collection.endDate } : null,
      });
    }

    const schema = applicationSchema({
      maxTeamSize: round.maxTeamSize,
      topics: await topicSlugs(env),
      videoHosts: env.VIDEO_HOSTS,
    });
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      return errorResponse(422, 'ValidationError', 'Проверьте поля, отмеченные в ответе.', { fields: fieldErrors(parsed.error.issues) });
    }

    // Before anything is stored: an application nobody could be given a link to is not taken.
    const links = statusLinks(env);
    const { status, body: stored } = await cmsJson(env, '/api/applications/submit', {
      method: 'POST',
      auth: true,
      body: { data: parsed.data, idempotencyKey: key.data, year: round.year },
      // The key makes a repeat store nothing new: safe to send to another CMS instance.
      idempotent: true,
    });
    const { reference, created, statusLinkVersion } = z.object({ reference: z.string(), created: z.boolean(), statusLinkVersion: z.number().int().positive() }).parse(stored);
    return json({ reference, statusUrl: links.url(reference, statusLinkVersion), created }, status === 201 ? 201 : 200);
  },
});

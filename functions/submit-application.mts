import type { Config, Context } from '@netlify/functions';
import { applicationSchema, DEFAULT_VIDEO_HOSTS } from '@portal/schema';
import { calendarDate, formatDate as russianDate, stageOfKind } from '@portal/schema/domain';
import { statusToken } from '@portal/schema/status-link';
import { z } from 'zod';
import { readJson } from './_shared/body.js';
import { cmsJson, currentRound, topicSlugs } from './_shared/cms-client.js';
import { HttpError, errorResponse, fieldErrors, json } from './_shared/errors.js';
import { readEnv } from './_shared/env.js';
import { RateLimiter } from './_shared/rate-limit.js';

/** An application with everything the seed lists is a few kilobytes; 64 KB leaves room and no more. */
const MAX_BYTES = 64 * 1024;
/** Submissions per IP address per 10 minutes, per function instance. */
const limiter = new RateLimiter(10, 10 * 60_000);

const IdempotencyKeySchema = z.string().regex(/^[A-Za-z0-9_-]{16,100}$/);

/**
 * `POST /api/applications`: validates an application with the shared schema, accepts it only inside
 * the round's collection window, and stores it in the CMS. A retry with the same Idempotency-Key and
 * the same application answers the same reference and status link and creates nothing; the same key
 * with another application is a 422 (a key is not a credential: it never hands out someone else's
 * link). Every refusal is a 4xx with a Russian message.
 */
export default async (req: Request, context: Context): Promise<Response> => {
  try {
    const env = readEnv();
    const wait = limiter.hit(context.ip ?? 'unknown');
    if (wait > 0) {
      return errorResponse(429, 'TooManyRequests', `Слишком много заявок с одного адреса. Попробуйте через ${Math.ceil(wait / 60)} мин.`, {}, { 'retry-after': String(wait) });
    }
    const key = IdempotencyKeySchema.safeParse(req.headers.get('idempotency-key'));
    if (!key.success) {
      return errorResponse(400, 'BadRequest', 'Обновите страницу и отправьте заявку ещё раз (нет ключа повторной отправки).');
    }

    // Shape first (size, JSON, honeypot), the round's rules after: they need the CMS.
    const body = await readJson(req, z.record(z.string(), z.unknown(), { error: 'Ожидается объект заявки' }), { maxBytes: MAX_BYTES });
    if (typeof body.website === 'string' && body.website.trim() !== '') {
      return errorResponse(400, 'BadRequest', 'Заявка похожа на автоматическую и не принята.');
    }
    delete body.website;

    const round = await currentRound(env);
    const collection = stageOfKind(round, 'collection');
    const today = calendarDate(new Date(), round.timeZone);
    if (!collection || today < collection.startDate || today > collection.endDate) {
      const when = collection ? ` Заявки принимаются с ${russianDate(collection.startDate)} по ${russianDate(collection.endDate)}.` : '';
      return errorResponse(403, 'ApplicationsClosed', `Приём заявок на отбор ${round.year} года закрыт.${when}`, {
        window: collection ? { startDate: collection.startDate, endDate: collection.endDate } : null,
      });
    }

    const schema = applicationSchema({
      maxTeamSize: round.maxTeamSize,
      topics: await topicSlugs(env),
      videoHosts: env.VIDEO_HOSTS ?? DEFAULT_VIDEO_HOSTS,
    });
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      return errorResponse(422, 'ValidationError', 'Проверьте поля, отмеченные в ответе.', { fields: fieldErrors(parsed.error) });
    }

    if (!env.STATUS_LINK_SECRET) throw new Error('STATUS_LINK_SECRET is not set');
    const { status, body: stored } = await cmsJson(env, '/api/applications/submit', {
      method: 'POST',
      auth: true,
      body: { data: parsed.data, idempotencyKey: key.data, year: round.year },
      // The key makes a repeat store nothing new: safe to send to another CMS instance.
      idempotent: true,
    });
    const { reference, created, statusLinkVersion } = z.object({ reference: z.string(), created: z.boolean(), statusLinkVersion: z.number().int().positive() }).parse(stored);
    const statusUrl = `${env.SITE_URL}/application-status/#${statusToken(reference, env.STATUS_LINK_SECRET, statusLinkVersion)}`;
    return json({ reference, statusUrl, created }, status === 201 ? 201 : 200);
  } catch (error) {
    if (error instanceof HttpError) return error.toResponse();
    // Our own fault (configuration, an unexpected answer): logged without the request's content.
    console.error('submit-application failed:', error instanceof Error ? error.message : 'unknown error');
    return errorResponse(503, 'ServiceUnavailable', 'Не удалось принять заявку. Попробуйте через несколько минут — с тем же ключом заявка не задвоится.');
  }
};

export const config: Config = {
  path: '/api/applications',
  method: 'POST',
  // Per IP a minute at Netlify's edge; a literal, as Netlify reads it from the source (rate-limit.ts).
  rateLimit: { windowLimit: 5, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};

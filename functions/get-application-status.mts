import type { Config, Context } from '@netlify/functions';
import { PROJECT_STAGES } from '@portal/schema';
import { z } from 'zod';
import { readJson } from './_shared/body.js';
import { cmsJson } from './_shared/cms-client.js';
import { HttpError, errorResponse, json } from './_shared/errors.js';
import { readEnv } from './_shared/env.js';
import { RateLimiter } from './_shared/rate-limit.js';
import { STATUS_LINK_NOT_FOUND as NOT_FOUND, statusLinkReference } from './_shared/status-link.js';

/** Look-ups per IP address per minute: enough for a person, too few to guess links. */
const limiter = new RateLimiter(30, 60_000);

const StatusSchema = z.object({
  reference: z.string(),
  title: z.string(),
  stage: z.enum(PROJECT_STAGES),
  moderation: z.enum(['pending', 'published', 'rejected']),
  moderationReason: z.string().nullish(),
  topicFit: z.enum(['pending', 'pass', 'fail']),
  topicFitReason: z.string().nullish(),
  completenessDecision: z.enum(['pending', 'pass', 'fail']),
  completenessReason: z.string().nullish(),
  // The team's desk (present once the project is published).
  project: z
    .object({ documentId: z.string(), reference: z.string(), selectionRank: z.number().int().nullish(), selectionScore: z.number().nullish() })
    .nullish(),
  refinements: z
    .array(
      z.object({
        documentId: z.string(),
        text: z.string(),
        response: z.enum(['none', 'accepted', 'declined']),
        reply: z.string().nullish(),
        respondedAt: z.string().nullish(),
        createdAt: z.string(),
      }),
    )
    .default([]),
  // A team's idea is `pending` until a moderator publishes it.
  ideas: z
    .array(z.object({ documentId: z.string(), title: z.string(), description: z.string().nullish(), author: z.string(), status: z.enum(['published', 'pending']).default('published') }))
    .default([]),
});

/**
 * `POST /api/application-status` with `{ token }` from the private link: where the application
 * stands. The token travels in the body, not the URL, so it is never in an access log. A link an
 * editor revoked answers 410 with a Russian message (the leader was mailed a new one).
 */
export default async (req: Request, context: Context): Promise<Response> => {
  try {
    const env = readEnv();
    const wait = limiter.hit(context.ip ?? 'unknown');
    if (wait > 0) return errorResponse(429, 'TooManyRequests', 'Слишком много запросов. Попробуйте через минуту.', {}, { 'retry-after': String(wait) });
    const { token } = await readJson(req, z.object({ token: z.string({ error: NOT_FOUND }).max(200, NOT_FOUND) }), { maxBytes: 1024 });
    const reference = await statusLinkReference(env, token);
    const { body } = await cmsJson(env, `/api/applications/status/${reference}`, { auth: true });
    const status = StatusSchema.parse(body);
    return json({
      reference: status.reference,
      title: status.title,
      stage: status.stage,
      moderation: status.moderation,
      moderationReason: status.moderation === 'rejected' ? (status.moderationReason ?? null) : null,
      review: {
        topicFit: { decision: status.topicFit, reason: status.topicFitReason ?? null },
        completeness: { decision: status.completenessDecision, reason: status.completenessReason ?? null },
      },
      project: status.project
        ? { documentId: status.project.documentId, reference: status.project.reference, selectionRank: status.project.selectionRank ?? null, selectionScore: status.project.selectionScore ?? null }
        : null,
      refinements: status.refinements.map((r) => ({ ...r, reply: r.reply ?? null, respondedAt: r.respondedAt ?? null })),
      ideas: status.ideas.map((i) => ({ ...i, description: i.description ?? '' })),
    });
  } catch (error) {
    if (error instanceof HttpError) return error.status === 404 ? errorResponse(404, 'NotFoundError', NOT_FOUND) : error.toResponse();
    console.error('get-application-status failed:', error instanceof Error ? error.message : 'unknown error');
    return errorResponse(503, 'ServiceUnavailable', 'Статус сейчас недоступен. Попробуйте через несколько минут.');
  }
};

export const config: Config = {
  path: '/api/application-status',
  method: 'POST',
  // Per IP a minute at Netlify's edge; a literal, as Netlify reads it from the source (rate-limit.ts).
  rateLimit: { windowLimit: 30, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};

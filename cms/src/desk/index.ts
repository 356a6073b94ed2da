import type { Core } from '@strapi/strapi';
import { createBuildStatus, verifyDeploySignature, type BuildState, type BuildStatusStore } from '../build-hook/status';
import { deskSummary } from './summary';
import { config } from '../core/config';
import { z } from '../core/zod';

/**
 * The editors' desk on the server: the admin-authenticated summary behind the home page's widgets
 * (`GET /editors-desk/summary`, any signed-in admin; each sees the queues of its own job) and the
 * end of a site build reported by the hosting (`POST /api/build-status`, a Netlify deploy
 * notification signed with BUILD_STATUS_SECRET; refused without the variable).
 */


/** The part of Netlify's deploy notification the desk reads (the rest is ignored). */
const DeployNotification = z.object({
  state: z.enum(['building', 'ready', 'error'], { error: 'Поле state должно быть building, ready или error' }),
  error_message: z.string().nullish(),
});
const NETLIFY_STATES = { building: 'building', ready: 'live', error: 'error' } as const;

/** The build state a deploy notification reports, or the Russian message of what is wrong with it. */
export function deployState(body: unknown): { state: BuildState; detail?: string } | { problem: string } {
  const parsed = DeployNotification.safeParse(body);
  if (!parsed.success) return { problem: parsed.error.issues[0]?.message ?? 'Неверное уведомление о сборке' };
  const state = NETLIFY_STATES[parsed.data.state];
  if (state !== 'error') return { state };
  return { state, detail: parsed.data.error_message?.trim().slice(0, 300) || 'Сборка сайта не удалась' };
}

let status: BuildStatusStore | null = null;

/** The one build status of this CMS process, kept in Strapi's store (shared by every process). */
export function buildStatus(strapi: Core.Strapi): BuildStatusStore {
  status ??= createBuildStatus(strapi.store({ type: 'plugin', name: 'portal-desk' }) as any, strapi.log);
  return status;
}

const UNPARSED = Symbol.for('unparsedBody');

export function registerDesk(strapi: Core.Strapi): void {
  strapi.server.routes({
    type: 'admin',
    prefix: '/editors-desk',
    routes: [
      {
        method: 'GET',
        path: '/summary',
        handler: async (ctx: any) => {
          ctx.set('cache-control', 'no-store');
          ctx.body = { data: await deskSummary(strapi, ctx.state.userAbility, () => buildStatus(strapi).read()) };
        },
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
    ],
  } as any);

  strapi.server.routes({
    type: 'content-api',
    routes: [
      {
        method: 'POST',
        path: '/build-status',
        handler: async (ctx: any) => {
          const secret = config().BUILD_STATUS_SECRET ?? '';
          const raw = ctx.request.body?.[UNPARSED];
          if (!secret || typeof raw !== 'string' || !verifyDeploySignature(ctx.get('x-webhook-signature') || undefined, raw, secret)) {
            ctx.status = 401;
            ctx.body = { error: { status: 401, name: 'UnauthorizedError', message: 'Уведомление о сборке не подписано ключом BUILD_STATUS_SECRET' } };
            return;
          }
          const reported = deployState(ctx.request.body);
          if ('problem' in reported) {
            ctx.status = 400;
            ctx.body = { error: { status: 400, name: 'ValidationError', message: reported.problem } };
            return;
          }
          buildStatus(strapi).report(reported.state, reported.detail);
          ctx.status = 204;
        },
        config: { auth: false },
      },
    ],
  } as any);
}

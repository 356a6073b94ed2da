import { readStatusToken } from '@portal/schema/status-link';
import { cmsJson } from './cms-client.js';
import { HttpError } from './errors.js';
import type { FunctionsEnv } from './env.js';

export const STATUS_LINK_NOT_FOUND = 'Ссылка на статус заявки не найдена: проверьте, что она скопирована целиком из письма.';

/**
 * The application a private status link stands for: its signature checked here, its version against
 * the application's current one in the CMS (an editor may have revoked it: the CMS then answers 410
 * in Russian, passed on as an HttpError). A malformed or forged link is a 404.
 */
export async function statusLinkReference(env: FunctionsEnv, token: string): Promise<string> {
  if (!env.STATUS_LINK_SECRET) throw new Error('STATUS_LINK_SECRET is not set');
  const link = readStatusToken(token.trim(), env.STATUS_LINK_SECRET);
  if (!link) throw new HttpError(404, 'NotFoundError', STATUS_LINK_NOT_FOUND);
  await cmsJson(env, `/api/applications/status-link/${link.reference}/${link.version}`, { auth: true });
  return link.reference;
}

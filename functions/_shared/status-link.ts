import { readStatusToken, statusToken } from '@portal/schema/status-link';
import { z } from 'zod';
import { cmsJson } from './cms-client.js';
import { HttpError } from './errors.js';
import type { FunctionsEnv } from './env.js';

export const STATUS_LINK_NOT_FOUND = 'Ссылка на статус заявки не найдена: проверьте, что она скопирована целиком из письма.';

/**
 * The private status links (see @portal/schema/status-link), made and read with STATUS_LINK_SECRET.
 * Throws at once when the secret is unset (the operator's mistake: a 503 for the visitor), so a
 * function asks for it before it stores anything it could not give a link to.
 */
export function statusLinks(env: FunctionsEnv) {
  const secret = env.STATUS_LINK_SECRET;
  if (!secret) throw new Error('STATUS_LINK_SECRET is not set');
  return {
    /** The link mailed and shown to the leader: `<site>/application-status/#<token>`. */
    url: (reference: string, version: number) => `${env.SITE_URL}/application-status/#${statusToken(reference, secret, version)}`,
    /**
     * The application a link's token stands for: its signature checked here, its version against the
     * application's current one in the CMS (an editor may have revoked it: the CMS then answers 410
     * in Russian, passed on as an HttpError). A malformed or forged link is a 404.
     */
    async reference(token: string): Promise<string> {
      const link = readStatusToken(token.trim(), secret);
      if (!link) throw new HttpError(404, 'NotFoundError', STATUS_LINK_NOT_FOUND);
      await cmsJson(env, `/api/applications/status-link/${link.reference}/${link.version}`, { auth: true });
      return link.reference;
    },
  };
}

/** The token of a status link in a request body; anything else reads as a link not found. */
export const StatusTokenSchema = z.string({ error: STATUS_LINK_NOT_FOUND }).max(200, STATUS_LINK_NOT_FOUND);

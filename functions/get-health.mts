import { createHash, timingSafeEqual } from 'node:crypto';
import type { Config } from '@netlify/functions';
import { checkCms } from './_shared/cms.js';
import { json } from './_shared/errors.js';
import { checkEnv, healthToken } from './_shared/env.js';
import { handler } from './_shared/handler.js';

export const config: Config = { path: '/api/health', method: 'GET' };

/**
 * `GET /api/health`: `{ status: 'ok' }` (200) when the functions are configured and the CMS answers,
 * `{ status: 'degraded' }` (503) otherwise; never cached, never a stack. Which part failed and why
 * (the CMS's answer, the names of misconfigured variables) only with `Authorization: Bearer
 * <HEALTH_TOKEN>`: to anyone else it would map the back end. It checks the configuration itself, so
 * it never reads `call.env` (which would refuse a wrong one).
 */
export default handler(config, {
  name: 'get-health',
  async run({ req }) {
    const checked = checkEnv();
    const cms = checked.ok ? await checkCms(checked.env) : null;
    const ok = cms?.status === 'up';
    const status = ok ? 'ok' : 'degraded';
    if (!holdsHealthToken(req)) return json({ status }, ok ? 200 : 503);
    const configuration = checked.ok ? { status: 'valid' } : { status: 'invalid', problems: checked.problems };
    return json({ status, configuration, cms: cms ?? { status: 'not checked' }, checkedAt: new Date().toISOString() }, ok ? 200 : 503);
  },
});

function holdsHealthToken(req: Request): boolean {
  const expected = healthToken();
  const given = /^Bearer (.+)$/i.exec(req.headers.get('authorization') ?? '')?.[1];
  if (!expected || !given) return false;
  // Equal-length digests: the comparison takes the same time whatever the guess.
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

import type { Config } from '@netlify/functions';
import { checkCms } from './_shared/cms.js';
import { json } from './_shared/errors.js';
import { readEnv } from './_shared/env.js';

/** `GET /api/health`: 200 when the CMS answers, 503 when it does not; never cached. */
export default async (_req: Request): Promise<Response> => {
  const cms = await checkCms(readEnv());
  const ok = cms.status === 'up';
  return json({ status: ok ? 'ok' : 'degraded', cms, checkedAt: new Date().toISOString() }, ok ? 200 : 503);
};

export const config: Config = { path: '/api/health', method: 'GET' };

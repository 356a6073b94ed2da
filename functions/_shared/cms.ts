import type { FunctionsEnv } from './env.js';

export type CmsHealth =
  | { status: 'up'; latencyMs: number }
  | { status: 'down'; latencyMs: number; reason: string };

/**
 * Asks Strapi's own health probe (`GET /_health`, 204 when the server is ready) of every CMS
 * instance (STRAPI_URL may list several): up when all are; else the first failure, naming the
 * instance by its place in the list (the URLs stay out of the answer).
 */
export async function checkCms(env: FunctionsEnv): Promise<CmsHealth> {
  const checks = await Promise.all(env.CMS_URLS.map((url) => checkOne(env, url)));
  const down = checks.findIndex((c) => c.status === 'down');
  if (down < 0) return { status: 'up', latencyMs: Math.max(...checks.map((c) => c.latencyMs)) };
  const failed = checks[down] as Extract<CmsHealth, { status: 'down' }>;
  return checks.length === 1 ? failed : { ...failed, reason: `instance ${down + 1} of ${checks.length}: ${failed.reason}` };
}

async function checkOne(env: FunctionsEnv, base: string): Promise<CmsHealth> {
  const started = performance.now();
  const latency = () => Math.round(performance.now() - started);
  try {
    const res = await fetch(`${base}/_health`, { signal: AbortSignal.timeout(env.CMS_TIMEOUT_MS) });
    await res.body?.cancel();
    if (res.ok) return { status: 'up', latencyMs: latency() };
    return { status: 'down', latencyMs: latency(), reason: `CMS answered HTTP ${res.status}` };
  } catch (error) {
    const reason =
      error instanceof DOMException && error.name === 'TimeoutError'
        ? `CMS did not answer within ${env.CMS_TIMEOUT_MS} ms`
        : 'CMS is unreachable';
    return { status: 'down', latencyMs: latency(), reason };
  }
}

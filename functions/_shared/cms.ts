import type { FunctionsEnv } from './env.js';

export type CmsHealth =
  | { status: 'up'; latencyMs: number }
  | { status: 'down'; latencyMs: number; reason: string };

/** Asks Strapi's own health probe (`GET /_health`, 204 when the server is ready). */
export async function checkCms(env: FunctionsEnv): Promise<CmsHealth> {
  const started = performance.now();
  const latency = () => Math.round(performance.now() - started);
  try {
    const res = await fetch(`${env.STRAPI_URL}/_health`, { signal: AbortSignal.timeout(env.CMS_TIMEOUT_MS) });
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

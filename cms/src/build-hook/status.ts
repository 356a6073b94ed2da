import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The state of the last site build, as the editors' home shows it: content published → the build
 * hook accepted (building) → the site is live, or the error. The notifier reports the first two
 * (and a hook it could not reach); the hosting reports the end of the build through Netlify's deploy
 * notifications (`POST /api/build-status`, signed). Kept in Strapi's store, so every CMS process
 * writes and reads the same state.
 */
export type BuildState = 'published' | 'building' | 'live' | 'error';

export interface BuildStatus {
  state: BuildState;
  /** ISO instant of the transition. */
  at: string;
  /** The error, in words an editor can pass on (never a URL or a secret). */
  detail?: string;
}

/** What the notifier calls, one line per transition. */
export type BuildStatusReport = (state: BuildState, detail?: string) => void;

export interface KeyValueStore {
  get(params: { key: string }): Promise<unknown>;
  set(params: { key: string; value: unknown }): Promise<void>;
}

const KEY = 'build-status';

export function createBuildStatus(store: KeyValueStore, log: { warn(message: string): void }, now = () => new Date()) {
  // Writes are chained so that a quick published → building never lands in the wrong order.
  let chain: Promise<void> = Promise.resolve();
  const report: BuildStatusReport = (state, detail) => {
    const value: BuildStatus = { state, at: now().toISOString(), ...(detail ? { detail } : {}) };
    chain = chain.then(() => store.set({ key: KEY, value })).catch((error) => log.warn(`build status: not saved (${(error as Error).message})`));
  };
  return {
    report,
    async read(): Promise<BuildStatus | null> {
      await chain;
      const value = (await store.get({ key: KEY })) as BuildStatus | null;
      return value && typeof value === 'object' && 'state' in value ? value : null;
    },
  };
}
export type BuildStatusStore = ReturnType<typeof createBuildStatus>;

/**
 * Netlify signs a deploy notification with a JWS (HS256) in `X-Webhook-Signature` whose payload is
 * `{ iss: 'netlify', sha256: <hex SHA-256 of the body> }`. True only for a valid signature over this
 * very body.
 */
export function verifyDeploySignature(signature: string | undefined, rawBody: string, secret: string): boolean {
  const parts = signature?.split('.');
  if (!parts || parts.length !== 3 || !secret) return false;
  const [header, payload, mac] = parts as [string, string, string];
  const expected = Buffer.from(createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url'));
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false;
  try {
    const { alg } = JSON.parse(Buffer.from(header, 'base64url').toString()) as { alg?: string };
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { iss?: string; sha256?: string };
    return alg === 'HS256' && claims.iss === 'netlify' && claims.sha256 === createHash('sha256').update(rawBody).digest('hex');
  } catch {
    return false;
  }
}

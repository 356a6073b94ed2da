import { createHmac } from 'node:crypto';

/**
 * The API-token check of the vote path, cached: the token's HMAC (Strapi stores API tokens only as
 * HMAC-SHA512 with the API token salt) is looked up among the API tokens — content-API kind, not
 * expired, full access or a custom token holding this very action — and the answer is remembered
 * for 30 seconds (a refusal for 5), so a revoked token stops working within 30 seconds; `forget`
 * drops what is remembered (the policy calls it when any CMS instance saved an API token).
 * Used by the `functions-token` policy (no Strapi imports here); `lookup` is where it asks the
 * database.
 */
export type TokenPermissions = string[] | 'all' | null;

export function createTokenGate(salt: string, lookup: (accessKeyHash: string) => Promise<TokenPermissions>) {
  const cache = new Map<string, { allowed: Set<string> | 'all' | null; until: number }>();
  async function allows(authorization: string | undefined, action: string): Promise<boolean> {
    const match = /^Bearer\s+(\S+)$/i.exec(String(authorization ?? ''));
    if (!match || !salt) return false;
    const key = createHmac('sha512', salt).update(match[1]!).digest('hex');
    const now = Date.now();
    let entry = cache.get(key);
    if (!entry || entry.until <= now) {
      const found = await lookup(key);
      const allowed = Array.isArray(found) ? new Set(found) : found;
      entry = { allowed, until: now + (allowed ? 30_000 : 5_000) };
      if (cache.size > 1000) cache.clear();
      cache.set(key, entry);
    }
    return entry.allowed === 'all' || (!!entry.allowed && entry.allowed.has(action));
  }
  return Object.assign(allows, { forget: () => cache.clear() });
}

import { createHmac } from 'node:crypto';
import type { Core } from '@strapi/strapi';

/**
 * The API-token check of the vote path, cached. Strapi's own check costs four queries per request
 * (the token, its permissions, admin permissions, the owner), which is more than the vote itself;
 * at hundreds of votes a second that is most of the CMS's time. This policy does the same check —
 * the token's HMAC looked up among the API tokens, content-API kind, not expired, full access or a
 * custom token holding this very action — and remembers the answer for 30 seconds (a refusal for 5).
 * So a revoked token stops working within 30 seconds. Used only where `auth: false` is set on the
 * route: `config: { auth: false, policies: ['global::functions-token'] }`.
 */
const TOKEN = 'admin::api-token';
const cache = new Map<string, { allowed: Set<string> | 'all' | null; until: number }>();

async function lookup(strapi: Core.Strapi, accessKeyHash: string) {
  const token = (await strapi.db.query(TOKEN as any).findOne({
    where: { accessKey: accessKeyHash },
    populate: { permissions: { select: ['action'] } },
  })) as any;
  if (!token || (token.kind && token.kind !== 'content-api')) return null;
  if (token.expiresAt && new Date(token.expiresAt).getTime() <= Date.now()) return null;
  if (token.type === 'full-access') return 'all' as const;
  if (token.type === 'custom') return new Set<string>((token.permissions ?? []).map((p: any) => p.action));
  return null;
}

export default async (policyContext: any, _config: unknown, { strapi }: { strapi: Core.Strapi }): Promise<boolean> => {
  const header = String(policyContext.request?.header?.authorization ?? '');
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) return false;
  const salt = (strapi.config.get('admin.apiToken') as any)?.salt;
  if (!salt) return false;
  const key = createHmac('sha512', salt).update(match[1]!).digest('hex');
  const now = Date.now();
  let entry = cache.get(key);
  if (!entry || entry.until <= now) {
    const allowed = await lookup(strapi, key);
    entry = { allowed, until: now + (allowed ? 30_000 : 5_000) };
    if (cache.size > 1000) cache.clear();
    cache.set(key, entry);
  }
  if (!entry.allowed) return false;
  const action = policyContext.state?.route?.handler as string | undefined;
  return entry.allowed === 'all' || (!!action && entry.allowed.has(action));
};

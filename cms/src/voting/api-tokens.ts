import type { Core } from '@strapi/strapi';
import type { TokenPermissions } from './token-gate';

/** The API tokens as the vote path checks them (token-gate.ts), for the `functions-token` policy. */
const TOKEN = 'admin::api-token';

/** What an API token (by its HMAC) may do: every action, these actions, or nothing. */
export async function tokenPermissions(strapi: Core.Strapi, accessKeyHash: string): Promise<TokenPermissions> {
  const token = (await strapi.db.query(TOKEN).findOne({
    where: { accessKey: accessKeyHash },
    populate: { permissions: { select: ['action'] } },
  }));
  if (!token || (token.kind && token.kind !== 'content-api')) return null;
  if (token.expiresAt && new Date(token.expiresAt).getTime() <= Date.now()) return null;
  if (token.type === 'full-access') return 'all';
  if (token.type === 'custom') return (token.permissions ?? []).map((p: any) => p.action as string);
  return null;
}

/** The API token salt Strapi hashes tokens with. */
export const apiTokenSalt = (strapi: Core.Strapi): string => strapi.config.get<{ salt?: string } | undefined>('admin.apiToken')?.salt ?? '';

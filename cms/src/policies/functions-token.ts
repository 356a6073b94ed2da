import type { Core } from '@strapi/strapi';
import { apiTokenSalt, tokenPermissions } from '../voting/api-tokens';
import { createTokenGate } from '../voting/token-gate';
import { clusterStamps } from '../cluster/stamps';

/**
 * The API-token check of the vote path, cached (voting/token-gate.ts). Strapi's own check costs
 * four queries per request (the token, its permissions, admin permissions, the owner), which is
 * more than the vote itself; at hundreds of votes a second that is most of the CMS's time. Used
 * only where `auth: false` is set on the route: `config: { auth: false, policies: ['global::functions-token'] }`.
 * A token created, changed or deleted through any CMS instance is forgotten by every instance
 * within a second (cluster/stamps.ts), so a revoked token stops working everywhere within a second.
 */
let gate: ReturnType<typeof createTokenGate> | null = null;

export default async (policyContext: any, _config: unknown, { strapi }: { strapi: Core.Strapi }): Promise<boolean> => {
  if (!gate) {
    const created = createTokenGate(apiTokenSalt(strapi), (key) => tokenPermissions(strapi, key));
    clusterStamps(strapi).on('api-tokens', created.forget);
    gate = created;
  }
  return gate(policyContext.request?.header?.authorization, policyContext.state?.route?.handler ?? '');
};

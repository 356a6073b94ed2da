import type { Core } from '@strapi/strapi';
import { registerApplicationModeration } from './applications/moderation';
import { registerStatusLinkRevocation } from './applications/status-link';
import { applyAdminLabels } from './bootstrap/admin-labels';
import { ensureAdminUser } from './bootstrap/admin-user';
import { collectStartupGarbage } from './bootstrap/heap';
import { enforcePublicPermissions } from './bootstrap/permissions';
import { hideMarketplace, syncAdminRoles } from './bootstrap/roles';
import { config } from './core/config';
import { registerDesk } from './desk';
import { registerBuildHook } from './build-hook';
import { registerCluster } from './cluster';
import type { BuildHookNotifier } from './build-hook/notifier';
import { seedContent } from './seed';
import { loadDemo } from './demo';
import { startSqliteCheckpointer } from './sqlite-checkpointer';
import { registerPublishValidation } from './validation';
import { bootstrapVoting, registerVotingModeration } from './voting';
import { bootstrapSelection, registerSelection } from './selection';

let buildHook: BuildHookNotifier | null = null;
let stopCheckpointer: (() => Promise<void>) | null = null;
let stopCluster: (() => void) | null = null;

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // Every environment variable of the portal's code, checked before anything uses one: a bad
    // value stops the start with a message naming it (src/core/config.ts).
    config();
    // Before bootstrap, so that the seed's published entries are checked too.
    registerPublishValidation(strapi);
    // Moderation and the technical review: an editor's decision updates the public project.
    registerApplicationModeration(strapi);
    registerStatusLinkRevocation(strapi);
    // Voiding voters, anomalies and the team's answers to refinements.
    registerVotingModeration(strapi);
    // The expert draw, the ranking and the finalists.
    registerSelection(strapi);
    // The editors' home: its summary route, the hosting's build reports, no Marketplace.
    registerDesk(strapi);
    hideMarketplace(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    stopCheckpointer = startSqliteCheckpointer(strapi);
    // Several CMS instances on one database: caches forgotten across instances (src/cluster/).
    stopCluster = registerCluster(strapi);
    await enforcePublicPermissions(strapi);
    await bootstrapVoting(strapi);
    await bootstrapSelection(strapi);
    await ensureAdminUser(strapi);
    await syncAdminRoles(strapi);
    await applyAdminLabels(strapi);
    // Subscribed before seeding: content imported from content/ is new live content too.
    buildHook = registerBuildHook(strapi);
    await seedContent(strapi);
    // npm start's demo round (DEMO_DATA), once per database, after the seed it builds on.
    await loadDemo(strapi);
    // Last: the heap's limit from what stays alive once everything above has run (bootstrap/heap.ts).
    collectStartupGarbage(strapi);
  },

  async destroy() {
    // Send a change still waiting for its quiet period instead of losing it on shutdown.
    await buildHook?.flush();
    await stopCheckpointer?.();
    stopCluster?.();
  },
};

import type { Core } from '@strapi/strapi';
import { scheduleOnce } from '../cluster/leases';
import { clusterStamps } from '../cluster/stamps';
import { requestAnomalyScan, scanVoteAnomalies } from './anomalies';
import { createCommunityService, type CommunityService } from './community';
import { fieldRefusal as refusal } from '../core/errors';
import { createIdentityService, type IdentityService } from './identity';
import { createVoteService, type VoteService } from './votes';
import { purgeVoteAttempts } from './vote-writer';
import type { DocumentContext } from '../core/documents';

export interface Voting {
  identity: IdentityService;
  votes: VoteService;
  community: CommunityService;
}

let instance: Voting | null = null;

/** One set of voting services per CMS process (their caches and per-voter limits live here). */
export function voting(strapi: Core.Strapi): Voting {
  instance ??= {
    identity: createIdentityService(strapi),
    votes: createVoteService(strapi),
    community: createCommunityService(strapi),
  };
  return instance;
}

const VOTER = 'api::voter.voter';
const ANOMALY = 'api::vote-anomaly.vote-anomaly';
const REFINEMENT = 'api::refinement.refinement';

/**
 * Moderators' actions, wherever they come from (admin panel, REST, scripts):
 *  - a voter marked «Голоса аннулированы» (a reason is required) → all their votes stop counting
 *    and stay listed as voided; unmarking restores them;
 *  - an anomaly whose review is set to voided → every voter it lists is voided with the anomaly as reason;
 *  - a refinement's team answer gets its date.
 */
export function registerVotingModeration(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const ctx = context as unknown as DocumentContext;
    if (ctx.action !== 'update' || !ctx.params?.documentId) return next();
    const data = (ctx.params.data ??= {});

    if (ctx.uid === VOTER && 'voided' in data) {
      const before = await strapi.db.query(VOTER).findOne({ where: { documentId: ctx.params.documentId }, select: ['voided', 'voidReason'] });
      const voided = !!data.voided;
      if (voided && !String(data.voidReason ?? before?.voidReason ?? '').trim()) {
        throw refusal('voidReason', 'Укажите причину аннулирования голосов');
      }
      data.voidedAt = voided ? (before?.voided ? undefined : new Date()) : null;
      if (data.voidedAt === undefined) delete data.voidedAt;
      const result = await next();
      if (!!before?.voided !== voided) {
        const n = await voting(strapi).votes.setVoided(ctx.params.documentId, voided);
        strapi.log.info(`votes: ${n} vote(s) of a voter ${voided ? 'voided' : 'restored'} by a moderator`);
      }
      return result;
    }

    if (ctx.uid === ANOMALY && data.review === 'voided') {
      const anomaly = await strapi.db.query(ANOMALY).findOne({ where: { documentId: ctx.params.documentId }, select: ['voters', 'projectTitle', 'review'] });
      const result = await next();
      if (anomaly && anomaly.review !== 'voided') {
        const voters: string[] = Array.isArray(anomaly.voters) ? anomaly.voters : [];
        for (const voter of voters) {
          const row = await strapi.db.query(VOTER).findOne({ where: { documentId: voter }, select: ['voided'] });
          if (!row || row.voided) continue;
          await strapi.documents(VOTER).update({
            documentId: voter,
            data: { voided: true, voidReason: `Подозрительная активность: ${anomaly.projectTitle ?? 'проект'}` },
          });
        }
      }
      return result;
    }

    if (ctx.uid === REFINEMENT && 'response' in data) {
      const before = await strapi.db.query(REFINEMENT).findOne({ where: { documentId: ctx.params.documentId }, select: ['response'] });
      if (before && before.response !== data.response && !data.respondedAt) data.respondedAt = data.response === 'none' ? null : new Date();
    }
    return next();
  });

  // Projects and ideas change rarely; the vote path caches them for a minute and forgets on change:
  // at once for a change made through this instance, within a second for one made through another
  // (cluster/stamps.ts). (A round's change is found by the vote path itself: see roundOf in admission.ts.)
  const stamps = clusterStamps(strapi);
  strapi.eventHub.subscribe(async (event: string, payload: { uid?: string }) => {
    if (!event.startsWith('entry.')) return;
    if (payload?.uid !== 'api::project.project' && payload?.uid !== 'api::idea.idea') return;
    voting(strapi).votes.forgetTargets();
    await stamps.bump('targets').catch((e) => strapi.log.warn(`votes: could not tell other instances of a change: ${e.message}`));
  });
  stamps.on('targets', () => voting(strapi).votes.forgetTargets());
}

export async function bootstrapVoting(strapi: Core.Strapi): Promise<void> {
  // Once per firing across all CMS instances (cluster/leases.ts).
  scheduleOnce(strapi, {
    voteAnomalies: { rule: '*/5 * * * *', everyMs: 5 * 60_000, task: () => requestAnomalyScan(strapi), failure: 'votes: anomaly scan failed' },
    // Half a minute away from the minutes' turn, when every instance's batches begin counting a new minute.
    purgeVoteAttempts: { rule: '30 * * * * *', everyMs: 60_000, offsetMs: 30_000, task: () => purgeVoteAttempts(strapi.db), failure: 'votes: purge of old attempts failed' },
    purgeSignInCodes: { rule: '17 3 * * *', everyMs: 24 * 3_600_000, offsetMs: (3 * 60 + 17) * 60_000, leaseMs: 3_600_000, task: () => voting(strapi).identity.purgeOldCodes(), failure: 'verification: purge failed' },
  });
}

export { scanVoteAnomalies };

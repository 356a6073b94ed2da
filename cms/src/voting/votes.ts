import type { Core } from '@strapi/strapi';
import { votingWindow } from '@portal/schema/domain';
import { tableOf } from '../core/database';
import { type LiveTarget, type RoundFacts, type VoteFacts, cached, createAdmission, createVotePath } from './admission';
import { createVoteWriter, readRoundsStamp, voterFacts } from './vote-writer';
import { config } from '../core/config';

export { parseTarget, parseVoter, type Target, type TargetKind } from './admission';

/**
 * Votes for projects and for ideas inside a project. One row per (voter, target), enforced by a
 * unique index in the database: a batch inserts only the pairs it did not find stored, and a race
 * between two batches fails on the index and is written again, so parallel double-clicks and retries
 * can never make a second row, and the answer tells a new vote ("counted") from a repeat
 * ("already"). Counts are counted, never stored, so they cannot drift.
 * Writes go through Strapi's query engine (vote-writer.ts); a vote's checks run on what its batch
 * reads in one statement (the voter, the rounds' stamp), straight through knex (Strapi's query layer
 * costs more than them).
 */
const VOTE = 'api::vote.vote';
const VOTER = 'api::voter.voter';
const PROJECT = 'api::project.project';
const IDEA = 'api::idea.idea';
const ROUND = 'api::selection-round.selection-round';


/** The voting window of the year's published round, through the document service (stages are a component). */
export async function roundFacts(strapi: Core.Strapi, year: number): Promise<RoundFacts | null> {
  const round = (await strapi.documents(ROUND).findFirst({ filters: { year }, status: 'published', populate: { stages: true } } as any)) as any;
  if (!round) return null;
  return { window: votingWindow(round), timeZone: round.timeZone ?? 'Europe/Moscow', year: round.year };
}

/** The published idea's project and its year, through the document service (the relation is a link table). */
export async function ideaProject(strapi: Core.Strapi, idea: string): Promise<LiveTarget | null> {
  const found = (await strapi.documents(IDEA).findOne({
    documentId: idea,
    status: 'published',
    fields: ['title'],
    populate: { project: { fields: ['reference', 'year'] } },
  } as any)) as any;
  return found?.project?.documentId ? { project: found.project.documentId, year: found.project.year } : null;
}

export function createVoteService(strapi: Core.Strapi) {
  const table = tableOf(strapi, VOTE);
  const knex = () => strapi.db.connection;
  const voterTable = tableOf(strapi, VOTER);
  const writer = createVoteWriter(strapi.db, { perVoterPerMinute: config().VOTES_PER_VOTER_PER_MINUTE, batchIntervalMs: config().VOTE_BATCH_INTERVAL_MS, onSlowCommit: (message) => strapi.log.warn(message) });
  const counts = cached<'all', CountsAnswer>(1_000);

  const facts: VoteFacts = {
    async voter(voter) {
      return voterFacts(await knex()(voterTable).where({ document_id: voter }).first('voided', 'session_version'));
    },
    async target(target) {
      if (target.kind === 'idea') return ideaProject(strapi, target.id);
      // The published version's row, below the document service (which costs more than the query).
      const live = (await strapi.db.query(PROJECT).findOne({ where: { documentId: target.id, publishedAt: { $notNull: true } }, select: ['id', 'year'] })) as { year: number } | null;
      return live ? { project: target.id, year: live.year } : null;
    },
    roundsStamp: () => readRoundsStamp(strapi.db),
    round: (year) => roundFacts(strapi, year),
  };
  const admission = createAdmission(facts);
  const path = createVotePath(admission, writer, () => counts.clear());

  return {
    cast: path.cast,
    withdraw: path.withdraw,

    /** What this voter has voted for (counted votes only). */
    async mine(voter: string) {
      const rows = (await knex()(table).where({ voter, voided: false }).select('kind', 'target')) as Array<{ kind: string; target: string }>;
      const of = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => r.target.slice(kind.length + 1));
      return { projects: of('project'), ideas: of('idea') };
    },

    /** Counted votes per project and per idea; computed at most once a second, and again after any change. */
    async counts(): Promise<CountsAnswer> {
      return counts.get('all', async () => {
        const rows = (await knex()(table).where({ voided: false }).groupBy('kind', 'target').select('kind', 'target').count({ n: '*' })) as Array<{ kind: string; target: string; n: number | string }>;
        const answer: CountsAnswer = { projects: {}, ideas: {}, total: 0, generatedAt: new Date().toISOString() };
        for (const r of rows) {
          const n = Number(r.n);
          const id = r.target.slice(r.kind.length + 1);
          if (r.kind === 'project') answer.projects[id] = n;
          else answer.ideas[id] = n;
          answer.total += n;
        }
        return answer;
      });
    },

    /** A moderator voided (or restored) a voter: their votes follow. */
    async setVoided(voter: string, voided: boolean, now = new Date()): Promise<number> {
      const { count } = await strapi.db.query(VOTE).updateMany({ where: { voter }, data: { voided, updatedAt: now } });
      admission.forgetVoters();
      counts.clear();
      return count;
    },

    /** A voter's sessions were ended: look voters up again. */
    forgetVoters() {
      admission.forgetVoters();
    },

    /** A project or an idea was saved somewhere: look targets up again. */
    forgetTargets() {
      admission.forgetTargets();
    },
    table,
  };
}

export interface CountsAnswer {
  projects: Record<string, number>;
  ideas: Record<string, number>;
  total: number;
  generatedAt: string;
}

export type VoteService = ReturnType<typeof createVoteService>;


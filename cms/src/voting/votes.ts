import type { Core } from '@strapi/strapi';
import { calendarDate, russianDate, votingWindow } from '@portal/schema/round-calendar';
import { VotingRefusal, invalid } from './errors';
import { newDocumentId } from './identity';
import { countVotes, createSqliteReader, createVoteWriter, quoteIdentifier as quote } from './vote-writer';

/**
 * Votes for projects and for ideas inside a project. One row per (voter, target), enforced by a
 * unique index in the database: a vote is one `INSERT … ON CONFLICT DO NOTHING`, so parallel
 * double-clicks and retries can never make a second row, and the answer tells a new vote
 * ("counted") from a repeat ("already"). Counts are counted, never stored, so they cannot drift.
 */
const VOTE = 'api::vote.vote';
const VOTER = 'api::voter.voter';
const PROJECT = 'api::project.project';
const IDEA = 'api::idea.idea';
const ROUND = 'api::selection-round.selection-round';

export type TargetKind = 'project' | 'idea';
export interface Target {
  kind: TargetKind;
  id: string;
}


/** A value remembered for a few seconds; `clear` when the CMS learns it changed. */
function cached<K, V>(ttlMs: number) {
  const entries = new Map<K, { value: Promise<V>; until: number }>();
  return {
    get(key: K, load: () => Promise<V>): Promise<V> {
      const now = Date.now();
      const hit = entries.get(key);
      if (hit && hit.until > now) return hit.value;
      const value = load();
      entries.set(key, { value, until: now + ttlMs });
      value.catch(() => entries.delete(key));
      if (entries.size > 50_000) entries.clear();
      return value;
    },
    clear() {
      entries.clear();
    },
  };
}

/** Votes and withdrawals per voter per minute: a person clicks, a script floods. */
const PER_VOTER_PER_MINUTE = Number(process.env.VOTES_PER_VOTER_PER_MINUTE ?? 30);

export function parseTarget(body: any): Target {
  const t = body?.target;
  const kind = t?.kind;
  const id = t?.id;
  if ((kind !== 'project' && kind !== 'idea') || typeof id !== 'string' || !/^[a-z0-9]{10,40}$/.test(id)) {
    throw invalid({ target: ['Укажите проект или идею, за которые голос'] });
  }
  return { kind, id };
}

export function parseVoter(body: any): string {
  const voter = body?.voter;
  if (typeof voter !== 'string' || !/^[a-z0-9]{10,40}$/.test(voter)) throw invalid({ voter: ['Нет подтверждённого жителя'] });
  return voter;
}

export function createVoteService(strapi: Core.Strapi) {
  const meta = strapi.db.metadata.get(VOTE as any) as any;
  const table: string = meta.tableName;
  const knex = () => strapi.db.connection;
  const voterTable: string = (strapi.db.metadata.get(VOTER as any) as any).tableName;
  const dialect: string = (strapi.db as any).dialect.client;
  const writer = createVoteWriter(knex, table, dialect, (message) => strapi.log.warn(message));
  const reader = createSqliteReader(knex, dialect);

  const rounds = cached<'latest', { window: { startDate: string; endDate: string } | null; timeZone: string; year: number } | null>(10_000);
  // Cleared whenever a project or an idea is saved (index.ts), so the minute only matters for
  // another CMS process's changes; at the start of a busy minute every project is looked up again.
  const targets = cached<string, { project: string } | null>(60_000);
  const voterStates = cached<string, { voided: boolean } | null>(5_000);
  const counts = cached<'all', CountsAnswer>(1_000);
  const perVoter = new Map<string, { count: number; resetAt: number }>();

  // The rounds' last change, checked on every vote (one small query): a saved round takes effect
  // for the very next vote, in every CMS process. (A save's event may come after the save has
  // answered, so it is not used.) The last change time alone is not enough: publishing copies the
  // draft's row, with the draft's updated_at, to a new row, so a vote between the draft's save and
  // its publication would keep the old window; the stamp also holds the newest id and publication.
  const roundTable: string = (strapi.db.metadata.get(ROUND as any) as any).tableName;
  let roundsStamp = '';
  async function latestRound() {
    const stamp = reader
      ? await reader.get(`SELECT COUNT(*) AS n, MAX(id) AS id, MAX(updated_at) AS at, MAX(published_at) AS published FROM ${quote(roundTable)}`)
      : ((await knex()(roundTable).count({ n: '*' }).max({ id: 'id', at: 'updated_at', published: 'published_at' }).first()) as Record<string, unknown> | undefined);
    const key = stamp ? [stamp.n, stamp.id, stamp.at, stamp.published].map((v) => (v instanceof Date ? v.toISOString() : String(v))).join('|') : '';
    if (key !== roundsStamp) {
      rounds.clear();
      roundsStamp = key;
    }
    return rounds.get('latest', async () => {
      const round = (await strapi.documents(ROUND as any).findFirst({ sort: 'year:desc', status: 'published', populate: { stages: true } } as any)) as any;
      if (!round) return null;
      return { window: votingWindow(round), timeZone: round.timeZone ?? 'Europe/Moscow', year: round.year };
    });
  }

  /** The project a target belongs to, when the target is live on the site; null otherwise. */
  async function resolve(target: Target): Promise<{ project: string } | null> {
    return targets.get(`${target.kind}:${target.id}`, async () => {
      if (target.kind === 'project') {
        // The published version's row, below the document service (which costs more than the query).
        const live = await strapi.db.query(PROJECT as any).findOne({ where: { documentId: target.id, publishedAt: { $notNull: true } }, select: ['id'] });
        return live ? { project: target.id } : null;
      }
      const idea = (await strapi.documents(IDEA as any).findOne({
        documentId: target.id,
        status: 'published',
        fields: ['title'],
        populate: { project: { fields: ['reference'] } },
      } as any)) as any;
      return idea?.project?.documentId ? { project: idea.project.documentId } : null;
    });
  }

  async function voterState(voter: string) {
    return voterStates.get(voter, async () => {
      // Below Strapi's query layer (which costs more than the query), prepared once on SQLite: this
      // runs for most votes (a resident votes a few times a day, the cache keeps an answer for seconds).
      const row = reader
        ? await reader.get<{ voided: unknown }>(`SELECT voided FROM ${quote(voterTable)} WHERE document_id = ? LIMIT 1`, voter)
        : await knex()(voterTable).where({ document_id: voter }).first('voided');
      return row ? { voided: !!row.voided } : null;
    });
  }

  function throttle(voter: string, now: number) {
    let entry = perVoter.get(voter);
    if (!entry || entry.resetAt <= now) {
      entry = { count: 0, resetAt: now + 60_000 };
      perVoter.set(voter, entry);
      if (perVoter.size > 100_000) for (const [k, e] of perVoter) if (e.resetAt <= now) perVoter.delete(k);
    }
    entry.count += 1;
    if (entry.count > PER_VOTER_PER_MINUTE) {
      const retryAfter = Math.ceil((entry.resetAt - now) / 1000);
      throw new VotingRefusal(429, 'TooManyRequests', `Слишком много голосов подряд. Попробуйте через ${retryAfter} с.`, { retryAfter });
    }
  }

  /** Everything a vote or a withdrawal must pass before it touches the table. */
  async function admit(voter: string, target: Target, now: Date) {
    throttle(voter, now.getTime());
    const state = await voterState(voter);
    if (!state) throw new VotingRefusal(400, 'UnknownVoter', 'Подтвердите почту ещё раз, чтобы голосовать.');
    if (state.voided) throw new VotingRefusal(400, 'VoterVoided', 'Голоса с этого адреса аннулированы модератором и не принимаются.');
    const resolved = await resolve(target);
    if (!resolved) throw new VotingRefusal(404, 'NotFound', target.kind === 'project' ? 'Проект не найден или снят с публикации.' : 'Идея не найдена или снята с публикации.');
    if (target.kind === 'project') {
      const round = await latestRound();
      const window = round?.window;
      const today = round ? calendarDate(now, round.timeZone) : '';
      if (!window || today < window.startDate || today > window.endDate) {
        const when = window ? ` Голосование открыто с ${russianDate(window.startDate)} по ${russianDate(window.endDate)}.` : '';
        throw new VotingRefusal(400, 'VotingClosed', `Голосование за проекты сейчас закрыто.${when}`, { window: window ?? null });
      }
    }
    return resolved;
  }

  const countOf = (key: string) => countVotes(knex(), table, key);

  return {
    async cast(voter: string, target: Target, now = new Date()) {
      const { project } = await admit(voter, target, now);
      const { inserted, count } = await writer.cast({ documentId: newDocumentId(), voter, target: `${target.kind}:${target.id}`, kind: target.kind, project, now });
      if (inserted) counts.clear();
      return { status: inserted ? ('counted' as const) : ('already' as const), count };
    },

    async withdraw(voter: string, target: Target, now = new Date()) {
      await admit(voter, target, now);
      const key = `${target.kind}:${target.id}`;
      // A voided vote stays as the moderators' record: it is not the resident's to remove.
      const removed = await knex()(table).where({ voter, target: key, voided: false }).delete();
      if (removed) counts.clear();
      return { status: removed ? ('withdrawn' as const) : ('not-voted' as const), count: await countOf(key) };
    },

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
      voterStates.clear();
      counts.clear();
      return knex()(table).where({ voter }).update({ voided, updated_at: now });
    },

    forgetTargets: () => targets.clear(),
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

/**
 * The database's guarantees: one vote per voter and target, one voter per identity; indexes for
 * counting by target and listing by voter; one sign-in code lookup by identity.
 */
export async function ensureVotingIndexes(strapi: Core.Strapi): Promise<void> {
  const knex = strapi.db.connection;
  const tableOf = (uid: string) => (strapi.db.metadata.get(uid as any) as any).tableName as string;
  const votes = tableOf(VOTE);
  const statements: Array<[string, string, string[], boolean]> = [
    [`${votes}_voter_target_unique`, votes, ['voter', 'target'], true],
    [`${votes}_target_voided_index`, votes, ['target', 'voided'], false],
    [`${votes}_project_created_index`, votes, ['kind', 'created_at'], false],
    [`${tableOf(VOTER)}_identity_hash_unique`, tableOf(VOTER), ['identity_hash'], true],
    [`${tableOf('api::sign-in-code.sign-in-code')}_identity_hash_index`, tableOf('api::sign-in-code.sign-in-code'), ['identity_hash', 'created_at'], false],
  ];
  for (const [name, table, columns, unique] of statements) {
    await knex.raw(`CREATE ${unique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS ?? ON ?? (${columns.map(() => '??').join(', ')})`, [name, table, ...columns]);
  }
}

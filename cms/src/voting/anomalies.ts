import type { Core } from '@strapi/strapi';
import { tableOf } from './votes';

/**
 * The moderators' anomaly log: a burst of votes for one project, most of them from residents who
 * verified only recently, is what bought or scripted votes look like (CONSUL's first day). The scan
 * runs every few minutes (and on demand for tests and moderators); each burst is logged once per
 * project and window, with the voters involved, so a moderator can check and void them.
 * Nothing is voided automatically: a popular project's real supporters look similar at first.
 */
const VOTE = 'api::vote.vote';
const VOTER = 'api::voter.voter';
const ANOMALY = 'api::vote-anomaly.vote-anomaly';
const PROJECT = 'api::project.project';

export interface AnomalyRules {
  /** Length of the sliding window looked at, minutes. */
  windowMinutes: number;
  /** Votes from new voters within the window that make a burst. */
  minVotes: number;
  /** Share of the window's votes that came from new voters. */
  minNewShare: number;
  /** A voter verified less than this many hours before voting is "new". */
  newVoterHours: number;
}

const num = (v: string | undefined, d: number) => (v !== undefined && Number.isFinite(Number(v)) ? Number(v) : d);

export function anomalyRules(env: NodeJS.ProcessEnv = process.env): AnomalyRules {
  return {
    windowMinutes: num(env.VOTE_ANOMALY_WINDOW_MINUTES, 10),
    minVotes: num(env.VOTE_ANOMALY_MIN_VOTES, 50),
    minNewShare: num(env.VOTE_ANOMALY_NEW_SHARE, 0.8),
    newVoterHours: num(env.VOTE_ANOMALY_NEW_VOTER_HOURS, 24),
  };
}

/**
 * The scan is background work on the thread that answers votes (with SQLite every query runs on
 * it too): after each step it pauses three times as long as the step took, so it never takes more
 * than about a quarter of the CMS, and it slows down further while votes queue for the database
 * (a step that waited in that queue counts as long). A scan of a busy window takes seconds longer;
 * the votes arriving meanwhile do not wait for it.
 */
const BACKGROUND_SHARE = 0.25;
function backgroundPacer() {
  let since = performance.now();
  return async () => {
    const worked = performance.now() - since;
    await new Promise((resolve) => setTimeout(resolve, Math.max(1, (worked * (1 - BACKGROUND_SHARE)) / BACKGROUND_SHARE)));
    since = performance.now();
  };
}

/**
 * The window is counted in slices of at most this many rows, by ranges of the votes' ids (which
 * grow with time), so that no single query holds the CMS's only thread for long with SQLite:
 * 500 votes a second for ten minutes is 300,000 rows.
 */
const SLICE_ROWS = 2_000;

/**
 * One scan at a time: a scan asked for while one runs (the cron job, a moderator's button) starts
 * when it ends, and every request made meanwhile shares that next scan.
 */
let running: Promise<number> | null = null;
let queued: Promise<number> | null = null;
export function requestAnomalyScan(strapi: Core.Strapi): Promise<number> {
  if (!running) {
    running = scanVoteAnomalies(strapi).finally(() => (running = null));
    return running;
  }
  queued ??= running
    .catch(() => undefined)
    .then(() => {
      queued = null;
      return requestAnomalyScan(strapi);
    });
  return queued;
}

export async function scanVoteAnomalies(strapi: Core.Strapi, rules = anomalyRules(), now = new Date()): Promise<number> {
  const knex = strapi.db.connection;
  const votes = tableOf(strapi, VOTE);
  const voters = tableOf(strapi, VOTER);
  const windowStart = new Date(now.getTime() - rules.windowMinutes * 60_000);
  const newSince = new Date(now.getTime() - rules.newVoterHours * 3_600_000);
  const pause = backgroundPacer();
  const counted = () => knex(`${votes} as v`).join(`${voters} as r`, 'r.document_id', 'v.voter').where('v.voided', false);
  const inWindow = () => counted().where('v.kind', 'project').where('v.created_at', '>=', windowStart).where('v.created_at', '<=', now);

  const perProject = new Map<string, { total: number; fresh: number }>();
  const first = (await knex(votes).where('kind', 'project').where('created_at', '>=', windowStart).orderBy('created_at', 'asc').first('id')) as { id: number } | undefined;
  if (!first) return 0;
  const last = (await knex(votes).max({ id: 'id' }).first()) as { id: number | string };
  for (let from = Number(first.id) - 1, end = Number(last.id); from < end; from += SLICE_ROWS) {
    // Only the id range, which is the window (ids from its first vote to the last one now): with a
    // condition on created_at or an indexable one on kind, SQLite would walk the (kind, created_at)
    // index through the whole window for every slice instead of the primary key's range.
    const rows = (await counted()
      .whereRaw("?? || '' = ?", ['v.kind', 'project'])
      .where('v.id', '>', from)
      .where('v.id', '<=', from + SLICE_ROWS)
      .groupBy('v.project')
      .select('v.project')
      .count({ total: '*' })
      .sum({ fresh: knex.raw('CASE WHEN r.created_at >= ? THEN 1 ELSE 0 END', [newSince]) })) as Array<{ project: string; total: number | string; fresh: number | string }>;
    for (const row of rows) {
      const sum = perProject.get(row.project) ?? { total: 0, fresh: 0 };
      sum.total += Number(row.total);
      sum.fresh += Number(row.fresh);
      perProject.set(row.project, sum);
    }
    await pause();
  }

  const bursts = [...perProject].filter(([, { total, fresh }]) => fresh >= rules.minVotes && fresh / total >= rules.minNewShare);
  if (!bursts.length) return 0;
  // One entry per project while its burst lasts: a later scan inside the same window adds nothing.
  const logged = new Set(
    ((await strapi.db.query(ANOMALY as any).findMany({
      where: { project: { $in: bursts.map(([project]) => project) }, windowEnd: { $gte: windowStart } },
      select: ['project'],
    })) as Array<{ project: string }>).map((a) => a.project),
  );
  const unlogged = bursts.filter(([project]) => !logged.has(project));
  if (!unlogged.length) return 0;
  await pause();
  const titles = new Map(
    ((await strapi.db.query(PROJECT as any).findMany({ where: { documentId: { $in: unlogged.map(([project]) => project) } }, select: ['documentId', 'title', 'reference'] })) as any[]).map(
      (p) => [p.documentId as string, `${p.reference} — ${p.title}`],
    ),
  );
  let added = 0;
  for (const [project, { total, fresh: newVoterVotes }] of unlogged) {
    await pause();
    // By target, which the (target, voided) index finds directly; by project it would read the whole window again.
    const voterIds = (await inWindow()
      .where('v.target', `project:${project}`)
      .where('r.created_at', '>=', newSince)
      .limit(1000)
      .pluck('v.voter')) as string[];
    await strapi.db.query(ANOMALY as any).create({
      data: {
        project,
        projectTitle: titles.get(project) ?? project,
        windowStart,
        windowEnd: now,
        votes: total,
        newVoterVotes,
        voters: voterIds,
        review: 'open',
        publishedAt: now,
      },
    });
    strapi.log.warn(`votes: anomaly logged for project ${project}: ${newVoterVotes} of ${total} votes in ${rules.windowMinutes} min from new voters`);
    added += 1;
  }
  return added;
}

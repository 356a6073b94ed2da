import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Core } from '@strapi/strapi';
import type { AnomalyRule } from '@portal/schema';
import { tableOf } from '../core/database';
import { config } from '../core/config';

/**
 * The moderators' anomaly log. Two shapes of bought or scripted votes, for a project or for an idea
 * inside one (ideas rank by votes too):
 *  - `new-voters`: a burst most of whose votes come from residents who verified only recently
 *    (CONSUL's first day);
 *  - `old-voters`: a burst from residents who verified long ago — accounts farmed in advance and
 *    kept signed in, which the first rule never sees. Established voters do vote together after a
 *    news story, so this one asks for more votes (`minOldVotes`) in the same window.
 * The scan runs every few minutes (and on demand for tests and moderators) over the last window
 * only; each burst is logged once per target, rule and window, with the voters involved (of the
 * rule's kind), so a moderator can check and void them. Nothing is voided automatically: a popular
 * project's real supporters look similar at first.
 */
const VOTE = 'api::vote.vote';
const VOTER = 'api::voter.voter';
const ANOMALY = 'api::vote-anomaly.vote-anomaly';
const PROJECT = 'api::project.project';
const IDEA = 'api::idea.idea';

export interface AnomalyRules {
  /** Length of the sliding window looked at, minutes. */
  windowMinutes: number;
  /** Votes from new voters within the window that make a burst. */
  minVotes: number;
  /** Share of the window's votes that came from new voters. */
  minNewShare: number;
  /** A voter verified less than this many hours before voting is "new". */
  newVoterHours: number;
  /** Votes from voters who are not new, within the window, that make a burst on their own. */
  minOldVotes: number;
}

export function anomalyRules(settings = config()): AnomalyRules {
  return {
    windowMinutes: settings.VOTE_ANOMALY_WINDOW_MINUTES,
    minVotes: settings.VOTE_ANOMALY_MIN_VOTES,
    minNewShare: settings.VOTE_ANOMALY_NEW_SHARE,
    newVoterHours: settings.VOTE_ANOMALY_NEW_VOTER_HOURS,
    minOldVotes: settings.VOTE_ANOMALY_MIN_OLD_VOTES,
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

/** Pauses the scan after each step; `longestStepCpuMs`: the most CPU of this thread one step used. */
export interface ScanPacer {
  (): Promise<void>;
  longestStepCpuMs: number;
}

const threadCpuMs = () => {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000;
};

function backgroundPacer(): ScanPacer {
  let since = performance.now();
  let cpuSince = threadCpuMs();
  const pause = (async () => {
    const worked = performance.now() - since;
    pause.longestStepCpuMs = Math.max(pause.longestStepCpuMs, threadCpuMs() - cpuSince);
    await new Promise((resolve) => setTimeout(resolve, Math.max(1, (worked * (1 - BACKGROUND_SHARE)) / BACKGROUND_SHARE)));
    since = performance.now();
    cpuSince = threadCpuMs();
  }) as ScanPacer;
  pause.longestStepCpuMs = 0;
  return pause;
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
let running: Promise<ScanAnswer> | null = null;
let queued: Promise<ScanAnswer> | null = null;
export function requestAnomalyScan(strapi: Core.Strapi): Promise<ScanAnswer> {
  if (!running) {
    running = measuredScan(strapi).finally(() => (running = null));
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

export interface ScanAnswer {
  /** Bursts logged. */
  logged: number;
  /** The CMS's longest event-loop block while the scan ran, ms (whatever caused it: the scan's steps, votes, GC; waiting for a core too). */
  longestBlockMs: number;
  /**
   * The most CPU time of the CMS's thread in one step of the scan, ms: what one step can hold the
   * thread for on a free core (with whatever else ran between its queries; not inflated by waiting
   * for a core, as the wall-clock block is on a busy machine).
   */
  longestStepCpuMs: number;
}

/** A block of the event loop this long (ms) during a scan is worth a warning: votes waited that long. */
const LONG_BLOCK_MS = 100;

async function measuredScan(strapi: Core.Strapi): Promise<ScanAnswer> {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  try {
    const pause = backgroundPacer();
    const logged = await scanVoteAnomalies(strapi, anomalyRules(), new Date(), pause);
    const longestBlockMs = Math.round(delay.max / 1e5) / 10;
    const longestStepCpuMs = Math.round(pause.longestStepCpuMs * 10) / 10;
    if (longestBlockMs > LONG_BLOCK_MS) strapi.log.warn(`votes: the event loop was blocked for ${longestBlockMs} ms while the anomaly scan ran (its longest step: ${longestStepCpuMs} ms of CPU)`);
    return { logged, longestBlockMs, longestStepCpuMs };
  } finally {
    delay.disable();
  }
}

type Rule = AnomalyRule;
interface Burst {
  target: string;
  project: string;
  rule: Rule;
  total: number;
  fresh: number;
}
const projectTarget = (project: string) => `project:${project}`;

export async function scanVoteAnomalies(strapi: Core.Strapi, rules = anomalyRules(), now = new Date(), pause = backgroundPacer()): Promise<number> {
  const knex = strapi.db.connection;
  const votes = tableOf(strapi, VOTE);
  const voters = tableOf(strapi, VOTER);
  const windowStart = new Date(now.getTime() - rules.windowMinutes * 60_000);
  const newSince = new Date(now.getTime() - rules.newVoterHours * 3_600_000);
  const counted = () => knex(`${votes} as v`).join(`${voters} as r`, 'r.document_id', 'v.voter').where('v.voided', false);

  const perTarget = new Map<string, { project: string; total: number; fresh: number }>();
  // The window's first vote of either kind, each found by the (kind, created_at) index.
  const firsts = (await Promise.all(
    ['project', 'idea'].map((kind) => knex(votes).where('kind', kind).where('created_at', '>=', windowStart).orderBy('created_at', 'asc').first('id')),
  )) as Array<{ id: number } | undefined>;
  const starts = firsts.filter((f): f is { id: number } => !!f).map((f) => Number(f.id));
  if (!starts.length) return 0;
  const last = (await knex(votes).max({ id: 'id' }).first()) as { id: number | string };
  const firstId = Math.min(...starts);
  for (let from = firstId - 1, end = Number(last.id); from < end; from += SLICE_ROWS) {
    // Only the id range, which is the window (ids from its first vote to the last one now): with a
    // condition on created_at or on kind, SQLite would walk the (kind, created_at) index through
    // the whole window for every slice instead of the primary key's range.
    const rows = (await counted()
      .where('v.id', '>', from)
      .where('v.id', '<=', from + SLICE_ROWS)
      .groupBy('v.target', 'v.project')
      .select('v.target', 'v.project')
      .count({ total: '*' })
      .sum({ fresh: knex.raw('CASE WHEN r.created_at >= ? THEN 1 ELSE 0 END', [newSince]) })) as Array<{ target: string; project: string; total: number | string; fresh: number | string }>;
    for (const row of rows) {
      const sum = perTarget.get(row.target) ?? { project: row.project, total: 0, fresh: 0 };
      sum.total += Number(row.total);
      sum.fresh += Number(row.fresh);
      perTarget.set(row.target, sum);
    }
    await pause();
  }

  const bursts: Burst[] = [];
  for (const [target, { project, total, fresh }] of perTarget) {
    if (fresh >= rules.minVotes && fresh / total >= rules.minNewShare) bursts.push({ target, project, rule: 'new-voters', total, fresh });
    if (total - fresh >= rules.minOldVotes) bursts.push({ target, project, rule: 'old-voters', total, fresh });
  }
  if (!bursts.length) return 0;
  // One entry per target and rule while its burst lasts: a later scan inside the same window adds nothing.
  const keyOf = (target: string, rule: string) => `${target}|${rule}`;
  const logged = new Set(
    ((await strapi.db.query(ANOMALY).findMany({
      where: { project: { $in: [...new Set(bursts.map((b) => b.project))] }, windowEnd: { $gte: windowStart } },
      select: ['project', 'target', 'rule'],
    })) as Array<{ project: string; target: string | null; rule: string | null }>).map((a) => keyOf(a.target ?? projectTarget(a.project), a.rule ?? 'new-voters')),
  );
  const unlogged = bursts.filter((b) => !logged.has(keyOf(b.target, b.rule)));
  if (!unlogged.length) return 0;
  await pause();
  const titles = await targetTitles(strapi, unlogged);
  let added = 0;
  for (const burst of unlogged) {
    await pause();
    // By target, which the (target, voided) index finds directly; by project it would read the whole window again.
    // From the window's first id: the index holds the row id too, so only the window's rows are read, not the target's whole history.
    const voterIds = (await counted()
      .where('v.target', burst.target)
      .where('v.id', '>=', firstId)
      .where('v.created_at', '>=', windowStart)
      .where('v.created_at', '<=', now)
      .where('r.created_at', burst.rule === 'new-voters' ? '>=' : '<', newSince)
      .limit(1000)
      .pluck('v.voter')) as string[];
    await strapi.db.query(ANOMALY).create({
      data: {
        project: burst.project,
        target: burst.target,
        rule: burst.rule,
        projectTitle: titles.get(burst.target) ?? burst.project,
        windowStart,
        windowEnd: now,
        votes: burst.total,
        newVoterVotes: burst.fresh,
        voters: voterIds,
        review: 'open',
        publishedAt: now,
      },
    });
    const from = burst.rule === 'new-voters' ? `${burst.fresh} from new voters` : `${burst.total - burst.fresh} from established voters`;
    strapi.log.warn(`votes: anomaly (${burst.rule}) logged for ${burst.target}: ${from} of ${burst.total} votes in ${rules.windowMinutes} min`);
    added += 1;
  }
  return added;
}

/** «REF — project title», with «· идея «…»» for an idea: what the moderators' list shows. */
async function targetTitles(strapi: Core.Strapi, bursts: Burst[]): Promise<Map<string, string>> {
  const projects = new Map(
    ((await strapi.db.query(PROJECT).findMany({ where: { documentId: { $in: [...new Set(bursts.map((b) => b.project))] } }, select: ['documentId', 'title', 'reference'] }))).map(
      (p) => [p.documentId as string, `${p.reference} — ${p.title}`],
    ),
  );
  const ideaIds = bursts.filter((b) => b.target.startsWith('idea:')).map((b) => b.target.slice('idea:'.length));
  const ideas = new Map(
    ideaIds.length
      ? ((await strapi.db.query(IDEA).findMany({ where: { documentId: { $in: ideaIds } }, select: ['documentId', 'title'] }))).map((i) => [i.documentId as string, i.title as string])
      : [],
  );
  return new Map(
    bursts.map((b) => {
      const project = projects.get(b.project) ?? b.project;
      if (!b.target.startsWith('idea:')) return [b.target, project];
      const idea = ideas.get(b.target.slice('idea:'.length));
      return [b.target, `${project} · идея${idea ? ` «${idea}»` : ''}`];
    }),
  );
}

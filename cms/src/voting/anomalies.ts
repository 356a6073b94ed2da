import type { Core } from '@strapi/strapi';

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

export async function scanVoteAnomalies(strapi: Core.Strapi, rules = anomalyRules(), now = new Date()): Promise<number> {
  const knex = strapi.db.connection;
  const tableOf = (uid: string) => (strapi.db.metadata.get(uid as any) as any).tableName as string;
  const votes = tableOf(VOTE);
  const voters = tableOf(VOTER);
  const windowStart = new Date(now.getTime() - rules.windowMinutes * 60_000);
  const newSince = new Date(now.getTime() - rules.newVoterHours * 3_600_000);

  const rows = (await knex(`${votes} as v`)
    .join(`${voters} as r`, 'r.document_id', 'v.voter')
    .where('v.kind', 'project')
    .where('v.voided', false)
    .where('v.created_at', '>=', windowStart)
    .groupBy('v.project')
    .select('v.project')
    .count({ total: '*' })
    .sum({ fresh: knex.raw('CASE WHEN r.created_at >= ? THEN 1 ELSE 0 END', [newSince]) })) as Array<{ project: string; total: number | string; fresh: number | string }>;

  let logged = 0;
  for (const row of rows) {
    const total = Number(row.total);
    const fresh = Number(row.fresh);
    if (fresh < rules.minVotes || fresh / total < rules.minNewShare) continue;
    // One entry per project while its burst lasts: a later scan inside the same window adds nothing.
    const already = await strapi.db.query(ANOMALY as any).findOne({ where: { project: row.project, windowEnd: { $gte: windowStart } }, select: ['id'] });
    if (already) continue;
    const voterIds = (await knex(`${votes} as v`)
      .join(`${voters} as r`, 'r.document_id', 'v.voter')
      .where({ 'v.project': row.project, 'v.kind': 'project', 'v.voided': false })
      .where('v.created_at', '>=', windowStart)
      .where('r.created_at', '>=', newSince)
      .limit(1000)
      .pluck('v.voter')) as string[];
    const project = (await strapi.documents(PROJECT as any).findOne({ documentId: row.project, fields: ['title', 'reference'] } as any)) as any;
    await strapi.db.query(ANOMALY as any).create({
      data: {
        project: row.project,
        projectTitle: project ? `${project.reference} — ${project.title}` : row.project,
        windowStart,
        windowEnd: now,
        votes: total,
        newVoterVotes: fresh,
        voters: voterIds,
        review: 'open',
        publishedAt: now,
      },
    });
    strapi.log.warn(`votes: anomaly logged for project ${row.project}: ${fresh} of ${total} votes in ${rules.windowMinutes} min from new voters`);
    logged += 1;
  }
  return logged;
}

import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { RegionSchema, type PortalStats, type Region, type RoundStats, type TargetDailyVotes } from '@portal/schema';
import { dailySeries, stageOfKind, utcOffsetMinutes, votingWindow } from '@portal/schema/domain';
import { tableOf } from '../core/database';

/**
 * `GET /api/stats`: the figures only the CMS can count (schema/src/stats.ts), as SQL counts grouped
 * in the database — a few queries per round whatever the number of votes. Only valid (not voided)
 * votes count. Days are the round's calendar days: the zone's offset at the round's voting window
 * is added in SQL (Russia's zones have kept one offset all year since 2014). Nothing selected here
 * names a person: counts, dates, regions, cities, project references and idea ids only.
 */
const ROUND = 'api::selection-round.selection-round';
const APPLICATION = 'api::application.application';
const PROJECT = 'api::project.project';
const VOTE = 'api::vote.vote';
const VOTER = 'api::voter.voter';
const REFINEMENT = 'api::refinement.refinement';
const REVIEW = 'api::review.review';
const DEFAULT_ZONE = 'Europe/Moscow';

interface RoundDays {
  year: number;
  timeZone: string;
  collection: { startDate: string; endDate: string } | null;
  voting: { startDate: string; endDate: string } | null;
}

export async function portalStats(strapi: Core.Strapi, now = new Date()): Promise<PortalStats> {
  const knex = strapi.db.connection;
  const sqlite = strapi.db.dialect.client === 'sqlite';
  const published = (await strapi.documents(ROUND).findMany({ status: 'published', populate: { stages: true } } as any)) as any[];
  const byYear = new Map<number, RoundDays>(
    published.map((r) => [r.year, { year: r.year, timeZone: r.timeZone ?? DEFAULT_ZONE, collection: pick(stageOfKind(r, 'collection')), voting: votingWindow(r) }]),
  );
  const dataYears = (table: string, where: (q: Knex.QueryBuilder) => Knex.QueryBuilder = (q) => q) =>
    where(knex(table).distinct('year')).then((rows: Array<{ year: number | null }>) => rows.map((r) => Number(r.year)).filter(Number.isInteger));
  const years = new Set([...byYear.keys(), ...(await dataYears(tableOf(strapi, APPLICATION))), ...(await dataYears(tableOf(strapi, PROJECT), (q) => q.whereNotNull('published_at')))]);
  const rounds: RoundStats[] = [];
  for (const year of [...years].sort((a, b) => b - a)) {
    rounds.push(await roundStats(strapi, sqlite, byYear.get(year) ?? { year, timeZone: DEFAULT_ZONE, collection: null, voting: null }));
  }
  const residents = await knex(tableOf(strapi, VOTER)).where('voided', false).count({ n: '*' }).first();
  return { rounds, residentsTotal: Number(residents?.n ?? 0), generatedAt: now.toISOString() };
}

const pick = (s: { startDate: string; endDate: string } | null) => (s ? { startDate: s.startDate, endDate: s.endDate } : null);

/**
 * The calendar day of a timestamp column, shifted by the zone's offset, as a day number (days since
 * 1970-01-01): an integer groups faster than a date string. Strapi keeps datetimes as epoch
 * milliseconds on SQLite — an integer, or a real where a writer bound a fractional time (raw SQL
 * writers have), so the day is cast to an integer before grouping; ISO text from other writers is read
 * too — and as UTC timestamps on PostgreSQL.
 */
function localDay(knex: Knex, sqlite: boolean, column: string, offsetMinutes: number): Knex.Raw {
  return sqlite
    ? knex.raw(`CAST((CASE WHEN typeof(??) IN ('integer', 'real') THEN ?? ELSE CAST(strftime('%s', ??) AS INTEGER) * 1000 END + ?) / 86400000 AS INTEGER)`, [column, column, column, offsetMinutes * 60_000])
    : knex.raw(`floor((extract(epoch from ??) + ?) / 86400)::int`, [column, offsetMinutes * 60]);
}

/** A day number of localDay as its date, `YYYY-MM-DD`. */
const dayOf = (n: number | string) => new Date(Math.floor(Number(n)) * 86_400_000).toISOString().slice(0, 10);

async function roundStats(strapi: Core.Strapi, sqlite: boolean, round: RoundDays): Promise<RoundStats> {
  const knex = strapi.db.connection;
  const at = new Date(`${round.voting?.startDate ?? round.collection?.startDate ?? `${round.year}-01-01`}T12:00:00Z`);
  const offset = utcOffsetMinutes(round.timeZone, at);
  return {
    year: round.year,
    applications: await applicationStats(strapi, localDay(knex, sqlite, 'created_at', offset), round),
    ...(await voteStats(strapi, localDay(knex, sqlite, 'created_at', offset), round)),
    refinements: await refinementStats(strapi, round.year),
    experts: await expertStats(strapi, round.year),
  };
}

async function applicationStats(strapi: Core.Strapi, day: Knex.Raw, round: RoundDays): Promise<RoundStats['applications']> {
  const rows = (await strapi.db
    .connection(tableOf(strapi, APPLICATION))
    .where('year', round.year)
    .select({ day }, 'region', 'city')
    .count({ n: '*' })
    .groupBy('day', 'region', 'city')) as Array<{ day: number | string; region: string | null; city: string | null; n: number | string }>;
  const perDay = new Map<string, number>();
  const byRegion: Partial<Record<Region, number>> = {};
  const cities = new Set<string>();
  let received = 0;
  for (const row of rows) {
    const n = Number(row.n);
    received += n;
    perDay.set(dayOf(row.day), (perDay.get(dayOf(row.day)) ?? 0) + n);
    const region = RegionSchema.safeParse(row.region?.trim());
    if (region.success) byRegion[region.data] = (byRegion[region.data] ?? 0) + n;
    const city = row.city?.trim().toLocaleLowerCase('ru-RU');
    if (city) cities.add(`${city}|${row.region?.trim() ?? ''}`);
  }
  return { received, byDay: dailySeries(perDay, round.collection), byRegion, cities: cities.size, regions: Object.keys(byRegion).length };
}

/**
 * Valid votes for the round's published projects and their ideas, per target per day; and distinct
 * voters. The round's projects are read first (a few hundred rows) and the votes filtered by them:
 * a join would walk the votes once per project, as nothing indexes a vote's project.
 */
async function voteStats(strapi: Core.Strapi, day: Knex.Raw, round: RoundDays): Promise<Pick<RoundStats, 'residents' | 'votes'>> {
  const knex = strapi.db.connection;
  const projects = (await knex(tableOf(strapi, PROJECT)).whereNotNull('published_at').where('year', round.year).select('document_id', 'reference')) as Array<{ document_id: string; reference: string }>;
  const referenceOf = new Map(projects.map((p) => [p.document_id, p.reference]));
  const counted = () => knex(tableOf(strapi, VOTE)).where('voided', false).whereIn('project', [...referenceOf.keys()]);
  // By day and target only (a target names its kind, and an idea one project): fewer keys to sort.
  const rows = (referenceOf.size
    ? await counted().select({ day, target: 'target' }).min({ project: 'project' }).count({ n: '*' }).groupBy('day', 'target')
    : []) as Array<{ day: number | string; target: string; project: string; n: number | string }>;
  const voters = referenceOf.size ? await counted().countDistinct({ n: 'voter' }).first() : undefined;
  const perDay = new Map<string, number>();
  const totals = { project: 0, idea: 0 };
  const byTarget: TargetDailyVotes[] = [];
  for (const row of rows) {
    const count = Number(row.n);
    const project = referenceOf.get(row.project)!;
    const kind = row.target.startsWith('idea:') ? 'idea' : 'project';
    const date = dayOf(row.day);
    totals[kind] += count;
    perDay.set(date, (perDay.get(date) ?? 0) + count);
    byTarget.push({ target: kind === 'project' ? project : row.target.slice('idea:'.length), kind, project, date, count });
  }
  byTarget.sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind) || a.target.localeCompare(b.target));
  return {
    residents: { voted: Number(voters?.n ?? 0) },
    votes: { projects: totals.project, ideas: totals.idea, byDay: dailySeries(perDay, round.voting), byTarget },
  };
}

/** Refinements of the round's projects, through the query engine (the project is a link table away). */
async function refinementStats(strapi: Core.Strapi, year: number): Promise<RoundStats['refinements']> {
  const q = strapi.db.query(REFINEMENT);
  const ofYear = { project: { year, publishedAt: { $notNull: true } } };
  const [submitted, approved] = await Promise.all([q.count({ where: ofYear }), q.count({ where: { ...ofYear, moderation: 'approved' } })]);
  return { submitted: Number(submitted), approved: Number(approved) };
}

/** Reviews assigned to experts for the round and how many were submitted; a declared conflict is neither. */
async function expertStats(strapi: Core.Strapi, year: number): Promise<RoundStats['experts']> {
  const reviews = () => strapi.db.connection(tableOf(strapi, REVIEW)).where('year', year).whereNot('state', 'conflict');
  const states = (await reviews().select('state').count({ n: '*' }).groupBy('state')) as Array<{ state: string; n: number | string }>;
  const experts = await reviews().countDistinct({ n: 'expert' }).first();
  const assigned = states.reduce((sum, s) => sum + Number(s.n), 0);
  const submitted = Number(states.find((s) => s.state === 'submitted')?.n ?? 0);
  return { count: Number(experts?.n ?? 0), assigned, submitted };
}

import type { Core, UID } from '@strapi/strapi';
import { calendarDate, roundPhase } from '@portal/schema/domain';
import type { BuildStatus } from '../build-hook/status';
import { config } from '../core/config';

/**
 * What the editors' home shows (cms/src/admin/widgets): the queues waiting for someone, the round's
 * stage and the last site build. A queue is counted only for a user who may read its content type,
 * so each role sees its own work; counts only, never a name or an address.
 */

const READ = 'plugin::content-manager.explorer.read';
const UPDATE = 'plugin::content-manager.explorer.update';

export type QueueId = 'review' | 'applications' | 'refinements' | 'ideas' | 'anomalies';

export interface Queue {
  id: QueueId;
  count: number;
  /** The content manager's list, filtered to the waiting entries (a path inside the admin panel). */
  href: string;
}

export interface RoundSummary {
  year: number;
  title: string;
  phase: 'before' | 'during' | 'between' | 'after';
  /** The current stage (during) or the next one (before, between), else the last. */
  stage: string;
  /** Calendar days until the current stage ends (today included) or until the next one starts. */
  days: number | null;
  /** The day those days count to (`YYYY-MM-DD`): the current stage's last day or the next one's first. */
  date: string | null;
}

export interface DeskSummary {
  queues: Queue[];
  round: RoundSummary | null;
  build: BuildStatus | null;
  /** The public site (SITE_URL), for the build widget's link. */
  site: string | null;
}

interface QueueDefinition {
  id: QueueId;
  uid: UID.ContentType;
  where: Record<string, string>;
  /** Who does this job: may this action (on this field). */
  job: [action: string, field?: string];
}

const QUEUES: QueueDefinition[] = [
  { id: 'review', uid: 'api::application.application', where: { moderation: 'published', stage: 'submitted' }, job: [UPDATE, 'topicFit'] },
  { id: 'applications', uid: 'api::application.application', where: { moderation: 'pending' }, job: [UPDATE, 'moderation'] },
  { id: 'refinements', uid: 'api::refinement.refinement', where: { moderation: 'pending' }, job: [UPDATE, 'moderation'] },
  { id: 'ideas', uid: 'api::idea.idea', where: { author: 'team' }, job: ['plugin::content-manager.explorer.publish'] },
  { id: 'anomalies', uid: 'api::vote-anomaly.vote-anomaly', where: { review: 'open' }, job: [UPDATE, 'review'] },
];

export function listHref(uid: string, where: Record<string, string>): string {
  const filters = Object.entries(where).map(([field, value], i) => `filters[$and][${i}][${field}][$eq]=${encodeURIComponent(value)}`);
  return `/content-manager/collection-types/${uid}?page=1&pageSize=20&sort=createdAt:ASC&${filters.join('&')}`;
}

async function count(strapi: Core.Strapi, queue: QueueDefinition): Promise<number> {
  const query = strapi.db.query(queue.uid);
  if (queue.id !== 'ideas') return query.count({ where: queue.where });
  // The team's ideas arrive as drafts; one waits until a moderator publishes (or deletes) it.
  const published = await query.findMany({ where: { ...queue.where, publishedAt: { $notNull: true } }, select: ['documentId'] });
  return query.count({ where: { ...queue.where, publishedAt: null, documentId: { $notIn: published.map((p: { documentId: string }) => p.documentId) } } });
}

function days(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function summariseRound(round: { year: number; title: string; timeZone: string; stages: any[] }, now: Date): RoundSummary {
  const today = calendarDate(now, round.timeZone);
  const p = roundPhase(round, now);
  const base = { year: round.year, title: round.title, phase: p.phase };
  if (p.phase === 'during') return { ...base, stage: p.current.title, days: days(today, p.current.endDate) + 1, date: p.current.endDate };
  if (p.phase === 'after') return { ...base, stage: p.last.title, days: null, date: null };
  return { ...base, stage: p.next.title, days: days(today, p.next.startDate), date: p.next.startDate };
}

async function currentRound(strapi: Core.Strapi, now: Date): Promise<RoundSummary | null> {
  const [round] = (await strapi.documents('api::selection-round.selection-round').findMany({
    status: 'published',
    sort: 'year:desc',
    limit: 1,
    populate: { stages: true },
  } as any)) as any[];
  if (!round?.stages?.length) return null;
  return summariseRound({ year: round.year, title: round.title, timeZone: round.timeZone ?? 'Europe/Moscow', stages: round.stages }, now);
}

export async function deskSummary(
  strapi: Core.Strapi,
  ability: { can(action: string, subject: string, field?: string): boolean },
  build: () => Promise<BuildStatus | null>,
  now = new Date(),
): Promise<DeskSummary> {
  const visible = QUEUES.filter((q) => ability.can(READ, q.uid) && ability.can(q.job[0], q.uid, q.job[1]));
  const queues = await Promise.all(visible.map(async (q) => ({ id: q.id, count: await count(strapi, q), href: listHref(q.uid, q.where) })));
  return { queues, round: await currentRound(strapi, now), build: await build(), site: config().SITE_URL };
}

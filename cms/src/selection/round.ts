import type { Core } from '@strapi/strapi';
import { calendarDate, stageOfKind } from '@portal/schema/domain';

const ROUND = 'api::selection-round.selection-round';
const PROJECT = 'api::project.project';

export interface RoundRules {
  year: number;
  timeZone: string;
  projectsPerExpert: number;
  finalistsCount: number;
  criteria: Array<{ title: string; description: string | null; weight: number; basedOnVotes: boolean }>;
  mainSelection: { startDate: string; endDate: string } | null;
  announcement: { startDate: string; endDate: string } | null;
}

export async function roundRules(strapi: Core.Strapi, year: number): Promise<RoundRules | null> {
  const round = (await strapi.documents(ROUND).findFirst({
    filters: { year },
    status: 'published',
    populate: { stages: true, criteria: true },
  } as any)) as any;
  if (!round) return null;
  const window = (kind: 'main_selection' | 'announcement') => {
    const s = stageOfKind(round, kind);
    return s ? { startDate: s.startDate, endDate: s.endDate } : null;
  };
  return {
    year: round.year,
    timeZone: round.timeZone ?? 'Europe/Moscow',
    projectsPerExpert: round.projectsPerExpert,
    finalistsCount: round.finalistsCount,
    criteria: (round.criteria ?? []).map((c: any) => ({
      title: c.title,
      description: c.description ?? null,
      weight: typeof c.weight === 'number' && c.weight > 0 ? c.weight : 1,
      basedOnVotes: !!c.basedOnVotes,
    })),
    mainSelection: window('main_selection'),
    announcement: window('announcement'),
  };
}

/** Scoring is open on the days of the main selection stage, in the round's time zone. */
export function scoringOpen(rules: RoundRules, now = new Date()): boolean {
  const w = rules.mainSelection;
  if (!w) return false;
  const today = calendarDate(now, rules.timeZone);
  return today >= w.startDate && today <= w.endDate;
}

export function announcementDue(rules: RoundRules, now = new Date()): boolean {
  return !!rules.announcement && calendarDate(now, rules.timeZone) >= rules.announcement.startDate;
}

/** The round's projects that passed the technical review (or are further on): what experts score. */
export async function selectionProjects(strapi: Core.Strapi, year: number): Promise<Array<{ documentId: string; reference: string; title: string; city: string }>> {
  const projects = (await strapi.documents(PROJECT).findMany({
    filters: { year, stage: { $in: ['review_passed', 'in_selection', 'finalist', 'not_selected'] } },
    status: 'published',
    fields: ['reference', 'title', 'city'],
    limit: 100_000,
  } as any)) as any[];
  return projects.map((p) => ({ documentId: p.documentId, reference: p.reference, title: p.title, city: p.city }));
}

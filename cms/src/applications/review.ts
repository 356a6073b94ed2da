import type { Application, ApplicationModeration, ProjectStage, ReviewCheck } from '@portal/schema';

// The rules of moderation and the technical review, without Strapi (unit-tested in review.test.ts);
// moderation.ts applies them to the documents.
const REVIEW_STAGES: ReadonlySet<string> = new Set(['submitted', 'review_passed', 'review_failed']);

export interface ApplicationState {
  reference: string;
  year: number;
  title: string;
  city: string;
  region: string;
  leaderEmail: string;
  data: Application;
  createdAt: string | Date;
  moderation: ApplicationModeration;
  moderationReason: string | null;
  topicFit: ReviewCheck;
  topicFitReason: string | null;
  completenessDecision: ReviewCheck;
  completenessReason: string | null;
  stage: ProjectStage;
}

const blank = (s: unknown) => typeof s !== 'string' || s.trim() === '';

/** The refusals for a state an editor wants to save: field → Russian messages. */
export function decisionProblems(s: Pick<ApplicationState, 'moderation' | 'moderationReason' | 'topicFit' | 'topicFitReason' | 'completenessDecision' | 'completenessReason'>): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  if (s.moderation === 'rejected' && blank(s.moderationReason)) fields.moderationReason = ['Укажите причину отклонения заявки'];
  if (s.topicFit === 'fail' && blank(s.topicFitReason)) fields.topicFitReason = ['Укажите, почему проект не соответствует тематике'];
  if (s.completenessDecision === 'fail' && blank(s.completenessReason)) fields.completenessReason = ['Укажите, чего не хватает в заявке'];
  return fields;
}

/** The stage the two review decisions lead to; later stages (expert selection…) are left alone. */
export function reviewStage(s: Pick<ApplicationState, 'stage' | 'topicFit' | 'completenessDecision'>): ProjectStage {
  if (!REVIEW_STAGES.has(s.stage)) return s.stage;
  if (s.topicFit === 'pending' || s.completenessDecision === 'pending') return 'submitted';
  return s.topicFit === 'pass' && s.completenessDecision === 'pass' ? 'review_passed' : 'review_failed';
}

export function failingReasons(s: Pick<ApplicationState, 'topicFit' | 'topicFitReason' | 'completenessDecision' | 'completenessReason'>): string[] {
  const reasons: string[] = [];
  if (s.topicFit === 'fail') reasons.push(`Соответствие тематике: ${String(s.topicFitReason ?? '').trim()}`);
  if (s.completenessDecision === 'fail') reasons.push(`Полнота заявки: ${String(s.completenessReason ?? '').trim()}`);
  return reasons;
}

/** The project's fields: the application's public part only. */
export function projectData(s: ApplicationState, topicDocumentId: string | null): Record<string, unknown> {
  const d = s.data;
  return {
    reference: s.reference,
    year: s.year,
    title: s.title,
    topic: topicDocumentId,
    city: s.city,
    region: s.region,
    description: d.description,
    problem: d.problem,
    effect: d.effect.text,
    indicators: d.effect.indicators.map(({ name, unit, baseline, target }) => ({ name, unit, baseline, target })),
    audience: d.audience,
    budgetTotal: d.budget.total,
    budgetItems: d.budget.items.map(({ item, amount, source }) => ({ item, amount, source })),
    team: d.team.map(({ name, role }) => ({ name, role })),
    videoUrl: d.videoUrl,
    stage: s.stage,
    reviewNote: s.stage === 'review_failed' ? failingReasons(s).join('\n') : null,
    submittedAt: new Date(s.createdAt).toISOString(),
  };
}

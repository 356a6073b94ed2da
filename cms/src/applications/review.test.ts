import { applicationSchema, DEFAULT_VIDEO_HOSTS, ProjectEntrySchema } from '@portal/schema';
import { describe, expect, it } from 'vitest';
import { PRIVATE_MARKERS, validApplication } from '../../../tests/fixtures/application.ts';
import { type ApplicationState, decisionProblems, failingReasons, projectData, reviewStage } from './review';

// The shared valid application (tests/fixtures/application.ts): its contacts and CV are the markers the
// privacy check below looks for.
const data = applicationSchema({ maxTeamSize: 5, topics: ['creative-clusters'], videoHosts: DEFAULT_VIDEO_HOSTS }).parse(validApplication());

const state = (over: Partial<ApplicationState> = {}): ApplicationState => ({
  reference: '2020-000001',
  year: 2020,
  title: data.title,
  city: data.city,
  region: data.region,
  leaderEmail: PRIVATE_MARKERS.email,
  data,
  createdAt: '2020-01-20T10:00:00.000Z',
  moderation: 'published',
  moderationReason: null,
  topicFit: 'pending',
  topicFitReason: null,
  completenessDecision: 'pending',
  completenessReason: null,
  stage: 'submitted',
  ...over,
});

describe('moderation and review rules', () => {
  it('a rejection and each failed decision need a reason', () => {
    expect(decisionProblems(state())).toEqual({});
    expect(decisionProblems(state({ moderation: 'rejected', moderationReason: '  ' }))).toEqual({ moderationReason: ['Укажите причину отклонения заявки'] });
    expect(Object.keys(decisionProblems(state({ topicFit: 'fail', completenessDecision: 'fail' })))).toEqual(['topicFitReason', 'completenessReason']);
    expect(decisionProblems(state({ topicFit: 'fail', topicFitReason: 'Не та тематика' }))).toEqual({});
  });

  it('the stage follows the two decisions, and leaves later stages alone', () => {
    expect(reviewStage(state())).toBe('submitted');
    expect(reviewStage(state({ topicFit: 'pass' }))).toBe('submitted');
    expect(reviewStage(state({ topicFit: 'pass', completenessDecision: 'pass' }))).toBe('review_passed');
    expect(reviewStage(state({ topicFit: 'pass', completenessDecision: 'fail' }))).toBe('review_failed');
    expect(reviewStage(state({ stage: 'review_failed', topicFit: 'pending', completenessDecision: 'pass' }))).toBe('submitted');
    expect(reviewStage(state({ stage: 'finalist', topicFit: 'pass', completenessDecision: 'fail' }))).toBe('finalist');
  });

  it('the project is the public part only and parses with the contract', () => {
    const failed = state({ stage: 'review_failed', topicFit: 'fail', topicFitReason: 'Не та тематика', completenessDecision: 'pass' });
    const project = projectData(failed, null);
    const parsed = ProjectEntrySchema.parse({ ...project, id: 1, documentId: 'abc', createdAt: 'x', updatedAt: 'x', publishedAt: 'x' });
    expect(parsed.reviewNote).toBe('Соответствие тематике: Не та тематика');
    expect(failingReasons(failed)).toEqual(['Соответствие тематике: Не та тематика']);
    const text = JSON.stringify(project);
    for (const secret of [PRIVATE_MARKERS.email, PRIVATE_MARKERS.phone, PRIVATE_MARKERS.cvText, data.team[0]!.competences, 'competences', 'leaderCv', 'consent']) expect(text).not.toContain(secret);
    expect(projectData(state({ stage: 'review_passed' }), null).reviewNote).toBeNull();
  });
});

import { applicationSchema, DEFAULT_VIDEO_HOSTS, ProjectEntrySchema } from '@portal/schema';
import { describe, expect, it } from 'vitest';
import { type ApplicationState, decisionProblems, failingReasons, projectData, reviewStage } from './review';

const data = applicationSchema({ maxTeamSize: 5, topics: ['creative-clusters'], videoHosts: DEFAULT_VIDEO_HOSTS }).parse({
  title: 'Сад на крыше бывшей фабрики',
  topic: 'creative-clusters',
  city: 'Екатеринбург',
  region: 'Свердловская область',
  description: 'Превращаем крышу заброшенного цеха в общественный сад с мастерскими для жителей района.',
  problem: 'В районе нет общественных пространств: бывшая фабрика стоит пустой, молодёжь уезжает.',
  effect: { text: 'Новое общественное пространство и рабочие места.', indicators: [{ name: 'Посетители', unit: 'человек', baseline: 0, target: 3000 }] },
  budget: { total: 100, items: [{ item: 'Кровля', amount: 100, source: 'grant' }] },
  audience: 'Жители района и школьники.',
  videoUrl: 'https://rutube.ru/video/1/',
  leaderCv: { education: 'Секретное образование лидера', experience: 'Десять лет проектов', achievements: 'Три соседских центра' },
  team: [{ name: 'Анна Смирнова', role: 'Лидер', competences: 'Секретные компетенции' }],
  contacts: { email: 'leader@example.org', phone: '+7 912 345-67-89' },
  consent: true,
});

const state = (over: Partial<ApplicationState> = {}): ApplicationState => ({
  reference: '2020-000001',
  year: 2020,
  title: data.title,
  city: data.city,
  region: data.region,
  leaderEmail: 'leader@example.org',
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
    for (const secret of ['leader@example.org', '+79123456789', 'Секретн', 'competences', 'leaderCv', 'consent']) expect(text).not.toContain(secret);
    expect(projectData(state({ stage: 'review_passed' }), null).reviewNote).toBeNull();
  });
});

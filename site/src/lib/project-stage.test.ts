import { PROJECT_STAGES } from '@portal/schema';
import { describe, expect, it } from 'vitest';
import { projectStageLabels, selectionOutcome, statusSteps, type ReviewDecisions } from './project-stage.ts';

const pending: ReviewDecisions = { topicFit: { decision: 'pending', reason: null }, completeness: { decision: 'pending', reason: null } };
const passed: ReviewDecisions = { topicFit: { decision: 'pass', reason: null }, completeness: { decision: 'pass', reason: 'Все разделы заполнены' } };
const states = (stage: (typeof PROJECT_STAGES)[number], review = passed) => statusSteps(stage, review).map((s) => s.state);

describe('projectStageLabels', () => {
  it('names every stage in Russian', () => {
    for (const stage of PROJECT_STAGES) expect(projectStageLabels[stage]).toMatch(/[а-яё]/i);
    expect(projectStageLabels.review_failed).toBe('Не прошёл техническую экспертизу');
  });
});

describe('statusSteps', () => {
  it('puts a new application in the technical review, without reasons yet', () => {
    expect(states('submitted', pending)).toEqual(['done', 'current', 'upcoming', 'upcoming']);
    expect(statusSteps('submitted', pending)[1]?.notes).toEqual([]);
  });

  it('shows the reviewer’s reasons when the review failed and stops there', () => {
    const review: ReviewDecisions = { topicFit: { decision: 'fail', reason: 'Проект не относится ни к одной тематике' }, completeness: { decision: 'pass', reason: null } };
    const steps = statusSteps('review_failed', review);
    expect(steps.map((s) => s.state)).toEqual(['done', 'failed', 'skipped', 'skipped']);
    expect(steps[1]?.summary).toBe('Не пройдена.');
    expect(steps[1]?.notes).toEqual(['Соответствие тематике: нет. Проект не относится ни к одной тематике', 'Полнота заявки: да']);
  });

  it('follows a passed project through the expert selection to the result', () => {
    expect(states('review_passed')).toEqual(['done', 'done', 'upcoming', 'upcoming']);
    expect(states('in_selection')).toEqual(['done', 'done', 'current', 'upcoming']);
    expect(states('finalist')).toEqual(['done', 'done', 'done', 'done']);
    expect(statusSteps('finalist', passed)[3]?.title).toBe('Финалист');
    expect(states('not_selected')).toEqual(['done', 'done', 'done', 'failed']);
    expect(statusSteps('not_selected', passed)[3]?.title).toBe('Не прошёл в финал');
  });
});

describe('selectionOutcome', () => {
  it('says clearly whether the project is a finalist, naming the round', () => {
    expect(projectStageLabels.finalist).toBe('Финалист');
    expect(projectStageLabels.not_selected).toBe('Не прошёл в финал');
    expect(selectionOutcome('finalist', '2020-000101')).toMatchObject({ kind: 'finalist', title: 'Проект — финалист отбора 2020 года' });
    expect(selectionOutcome('finalist', '2020-000101', { selectionRank: 3, selectionScore: 87.25 })!.text).toBe('Поздравляем! Проект занял 3-е место в рейтинге (87,3 балла из 100).');
    expect(selectionOutcome('not_selected', '2020-000101')).toMatchObject({ kind: 'not_selected', title: 'Проект не вошёл в число финалистов отбора 2020 года' });
  });

  it('says nothing before the announcement', () => {
    for (const stage of ['submitted', 'review_passed', 'review_failed', 'in_selection'] as const) expect(selectionOutcome(stage, '2020-000101')).toBeNull();
  });
});

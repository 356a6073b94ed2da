// A project's stage in the selection, in Russian: the label on a project page and the steps of the
// timeline on the private status page.
import type { ProjectStage, ReviewCheck } from '@portal/schema';

export const projectStageLabels: Record<ProjectStage, string> = {
  submitted: 'Заявка подана, идёт техническая экспертиза',
  review_passed: 'Прошёл техническую экспертизу',
  review_failed: 'Не прошёл техническую экспертизу',
  in_selection: 'Экспертный отбор',
  finalist: 'Финалист',
  not_selected: 'Не прошёл в финал',
};

export type Decision = ReviewCheck;
/** `skipped`: a step the project will not reach (it left the selection earlier). */
export type StepState = 'done' | 'current' | 'failed' | 'upcoming' | 'skipped';

export interface ReviewDecisions {
  topicFit: { decision: Decision; reason: string | null };
  completeness: { decision: Decision; reason: string | null };
}

export interface StatusStep {
  key: 'submitted' | 'technical_review' | 'expert_selection' | 'result';
  title: string;
  state: StepState;
  /** What the step's state means, in a sentence. */
  summary: string;
  /** The reviewers' reasons, for the technical review. */
  notes: string[];
}

const decisionLabel: Record<Decision, string> = { pending: 'ещё не проверено', pass: 'да', fail: 'нет' };

/**
 * The four steps of an application's way through the selection: подана → техническая экспертиза →
 * экспертный отбор → финалист / не прошёл в финал.
 */
export function statusSteps(stage: ProjectStage, review: ReviewDecisions): StatusStep[] {
  const reviewDone = stage !== 'submitted';
  const failed = stage === 'review_failed';
  const selectionStarted = stage === 'in_selection' || stage === 'finalist' || stage === 'not_selected';
  const finished = stage === 'finalist' || stage === 'not_selected';
  const notes = [
    `Соответствие тематике: ${decisionLabel[review.topicFit.decision]}${review.topicFit.reason ? `. ${review.topicFit.reason}` : ''}`,
    `Полнота заявки: ${decisionLabel[review.completeness.decision]}${review.completeness.reason ? `. ${review.completeness.reason}` : ''}`,
  ];
  return [
    { key: 'submitted', title: 'Заявка подана', state: 'done', summary: 'Заявка принята и зарегистрирована.', notes: [] },
    {
      key: 'technical_review',
      title: 'Техническая экспертиза',
      state: failed ? 'failed' : reviewDone ? 'done' : 'current',
      summary: failed ? 'Не пройдена.' : reviewDone ? 'Пройдена.' : 'Идёт: проверяем соответствие тематике и полноту заявки.',
      notes: reviewDone || review.topicFit.decision !== 'pending' || review.completeness.decision !== 'pending' ? notes : [],
    },
    {
      key: 'expert_selection',
      title: 'Экспертный отбор',
      state: failed ? 'skipped' : finished ? 'done' : selectionStarted ? 'current' : 'upcoming',
      summary: failed
        ? 'Проект не участвует в экспертном отборе.'
        : finished
          ? 'Завершён.'
          : selectionStarted
            ? 'Идёт: эксперты оценивают проект по шести критериям.'
            : 'Впереди.',
      notes: [],
    },
    {
      key: 'result',
      title: stage === 'finalist' ? 'Финалист' : stage === 'not_selected' ? 'Не прошёл в финал' : 'Итоги отбора',
      state: stage === 'finalist' ? 'done' : stage === 'not_selected' ? 'failed' : failed ? 'skipped' : 'upcoming',
      summary:
        stage === 'finalist'
          ? 'Проект вошёл в число финалистов.'
          : stage === 'not_selected'
            ? 'Проект не вошёл в число финалистов.'
            : failed
              ? 'Проект выбыл из отбора после технической экспертизы.'
              : 'Финалистов объявят после экспертного отбора.',
      notes: [],
    },
  ];
}

export const stepStateLabels: Record<StepState, string> = {
  done: 'пройдено',
  current: 'сейчас',
  failed: 'не пройдено',
  upcoming: 'впереди',
  skipped: 'не проводится',
};

/** What the status page says about the outcome once the finalists are announced; null before. */
export function selectionOutcome(
  stage: ProjectStage,
  reference: string,
  placement: { selectionRank?: number | null; selectionScore?: number | null } | null = null,
): { kind: 'finalist' | 'not_selected'; title: string; text: string } | null {
  const year = /^\d{4}/.exec(reference)?.[0];
  const round = year ? ` отбора ${year} года` : '';
  if (stage === 'finalist') {
    const rank = placement?.selectionRank;
    const score = placement?.selectionScore;
    const where = rank
      ? `Поздравляем! Проект занял ${rank}-е место в рейтинге` + (typeof score === 'number' ? ` (${new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 1 }).format(score)} балла из 100).` : '.')
      : 'Поздравляем! Место проекта в рейтинге и его балл опубликованы на странице финалистов.';
    return { kind: 'finalist', title: `Проект — финалист${round}`, text: where };
  }
  if (stage === 'not_selected') {
    return {
      kind: 'not_selected',
      title: `Проект не вошёл в число финалистов${round}`,
      text: 'Эксперты оценили проект, но по итогам основного отбора он не прошёл в финал. Оценки отдельных экспертов не публикуются.',
    };
  }
  return null;
}

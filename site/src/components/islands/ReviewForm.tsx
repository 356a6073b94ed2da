// The scoring form: one fieldset per criterion of the round (its title, its description, for the
// public-support criterion the residents' votes and the suggested score), an integer score within
// the round's scale and an optional comment; a required overall comment; «Сохранить оценку». Checked
// with the shared reviewSchema before sending; the server's messages land beside the same fields.
// While scoring is open the review can be edited; after, the saved values are shown read-only.
import { useEffect, useRef, useState } from 'react';
import { revalidatedErrors, orderedErrorKeys, type FieldErrors } from '../../lib/application-errors.ts';
import { publicSupportText, reviewSavedMessage, reviewTotalText, type ExpertDesk, type ExpertProject } from '../../lib/expert-desk.ts';
import {
  checkReview,
  criterionCommentHint,
  overallCommentHint,
  overallCounterText,
  reviewDraftOf,
  reviewFieldId,
  reviewFieldKeys,
  reviewServerErrors,
  savedScores,
  type ReviewDraft,
} from '../../lib/expert-review.ts';
import type { ProjectActions } from '../../lib/expert-actions.ts';

interface Props extends ProjectActions {
  desk: ExpertDesk;
  project: ExpertProject;
}

const describedBy = (...ids: Array<string | false | null>) => ids.filter(Boolean).join(' ') || undefined;

export default function ReviewForm({ desk, project, client, onChange, onScoringClosed, onFailure }: Props) {
  const n = desk.criteria.length;
  const rules = { criteria: desk.criteria, scale: desk.scale };
  const [draft, setDraft] = useState<ReviewDraft>(() => reviewDraftOf(project, n));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [serverKeys, setServerKeys] = useState<ReadonlySet<string>>(() => new Set());
  const [attempted, setAttempted] = useState(false);
  const [sending, setSending] = useState(false);
  const [message, setMessage] = useState('');
  const [summaryFocus, setSummaryFocus] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const editable = desk.scoringOpen;

  // Once scoring closes, the form shows what was saved, not what was being typed.
  useEffect(() => {
    if (!editable) setDraft(reviewDraftOf(project, n));
  }, [editable]);

  useEffect(() => {
    if (summaryFocus > 0) summaryRef.current?.focus();
  }, [summaryFocus]);

  const say = (text: string) => {
    setMessage('');
    window.setTimeout(() => setMessage(text), 50);
  };

  const change = (key: string, next: ReviewDraft) => {
    setDraft(next);
    if (!attempted) return;
    const checked = checkReview(next, rules);
    setErrors((previous) => revalidatedErrors(previous, checked.ok ? {} : checked.errors, key, serverKeys));
  };

  const setScore = (i: number, part: 'score' | 'comment', value: string) =>
    change(`scores.${i}.${part}`, { ...draft, scores: draft.scores.map((s, j) => (j === i ? { ...s, [part]: value } : s)) });

  const fail = (found: FieldErrors) => {
    setErrors(found);
    if (Object.keys(found).length) setSummaryFocus((c) => c + 1);
  };

  const save = async () => {
    if (sending || !editable) return;
    setAttempted(true);
    const checked = checkReview(draft, rules);
    if (!checked.ok) {
      setServerKeys(new Set());
      setMessage('');
      return fail(checked.errors);
    }
    setErrors({});
    setSending(true);
    setMessage('');
    const result = await client.saveReview(project.reference, checked.body);
    setSending(false);
    if (result.ok) {
      onChange({ status: 'submitted', scores: savedScores(checked.body), overallComment: checked.body.overallComment, total: result.data.total, submittedAt: new Date().toISOString() });
      setAttempted(false);
      say(reviewSavedMessage(result.data.total));
      return;
    }
    const error = result.error;
    if (onFailure(error)) return;
    if (error.name === 'ScoringClosed') onScoringClosed();
    if (error.status === 409) onChange({ status: 'conflict' });
    const found = reviewServerErrors(error.fields, n);
    setServerKeys(new Set(Object.keys(found)));
    fail(found);
    say(error.message);
  };

  const errorKeys = orderedErrorKeys(errors, ['', ...reviewFieldKeys(n)]);
  const fieldErrors = (key: string) => errors[key];
  const overall = 'overallComment';
  const overallId = reviewFieldId(overall);

  return (
    <section className="review" aria-labelledby="review-heading">
      <h3 id="review-heading">Оценка проекта</h3>
      {editable ? (
        <p>
          Поставьте целую оценку от {desk.scale.min} до {desk.scale.max} по каждому критерию и напишите общий комментарий. Оценку можно изменить, пока идёт приём оценок; итог
          считается с учётом весов критериев по шкале от 0 до 100.
        </p>
      ) : (
        <p data-review-readonly>
          {project.status === 'submitted' ? 'Сохранённая оценка: изменить её сейчас нельзя.' : 'Оценка не сохранена. Поставить её можно только во время приёма оценок — сроки указаны выше.'}
        </p>
      )}
      {project.status === 'submitted' && project.total !== null && (
        <p className="review-total" data-review-total={project.total}>
          {reviewTotalText(project.total)}
        </p>
      )}

      {errorKeys.length > 0 && (
        <div className="error-summary" role="alert" aria-labelledby="review-errors-heading" tabIndex={-1} ref={summaryRef} data-review-errors>
          <h4 id="review-errors-heading">Оценка не сохранена</h4>
          <ul>
            {errorKeys.map((key) => (
              <li key={key}>
                {key === '' ? (
                  (errors[''] ?? []).join(' ')
                ) : (
                  <a
                    href={`#${reviewFieldId(key)}`}
                    onClick={(e) => {
                      const target = document.getElementById(reviewFieldId(key));
                      if (!target) return;
                      e.preventDefault();
                      target.focus();
                      target.scrollIntoView({ block: 'center' });
                    }}
                  >
                    {(errors[key] ?? []).join(' ')}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}

      <form
        className="review-form"
        noValidate
        aria-labelledby="review-heading"
        data-expert-review-form
        data-editable={editable}
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {desk.criteria.map((criterion, i) => {
          const scoreKey = `scores.${i}.score`;
          const commentKey = `scores.${i}.comment`;
          const scoreId = reviewFieldId(scoreKey);
          const commentId = reviewFieldId(commentKey);
          const descriptionId = criterion.description ? `review-criterion-${i}-description` : null;
          const supportId = criterion.basedOnVotes && project.publicSupport ? `review-criterion-${i}-support` : null;
          const scoreError = fieldErrors(scoreKey);
          const commentError = fieldErrors(commentKey);
          return (
            <fieldset key={i} className="criterion-field" data-criterion={i} data-based-on-votes={criterion.basedOnVotes || undefined}>
              <legend>
                {i + 1}. {criterion.title}
              </legend>
              {descriptionId && (
                <p className="hint" id={descriptionId}>
                  {criterion.description}
                </p>
              )}
              {supportId && project.publicSupport && (
                <p className="public-support" id={supportId} data-public-support={project.publicSupport.votes}>
                  {publicSupportText(project.publicSupport)}
                </p>
              )}
              <div className={`form-field${scoreError ? ' form-field--invalid' : ''}`}>
                <label htmlFor={scoreId}>
                  Оценка от {desk.scale.min} до {desk.scale.max}
                </label>
                {scoreError && (
                  <p className="field-error" id={`${scoreId}-error`}>
                    {scoreError.join(' ')}
                  </p>
                )}
                <input
                  id={scoreId}
                  className="score-input"
                  type="number"
                  inputMode="numeric"
                  min={desk.scale.min}
                  max={desk.scale.max}
                  step={1}
                  value={draft.scores[i]?.score ?? ''}
                  readOnly={!editable}
                  aria-invalid={scoreError ? true : undefined}
                  aria-describedby={describedBy(descriptionId, supportId, Boolean(scoreError) && `${scoreId}-error`)}
                  data-score-input
                  onChange={(e) => setScore(i, 'score', e.target.value)}
                />
              </div>
              <div className={`form-field${commentError ? ' form-field--invalid' : ''}`}>
                <label htmlFor={commentId}>Комментарий к оценке</label>
                <p className="hint" id={`${commentId}-hint`}>
                  {criterionCommentHint}
                </p>
                {commentError && (
                  <p className="field-error" id={`${commentId}-error`}>
                    {commentError.join(' ')}
                  </p>
                )}
                <textarea
                  id={commentId}
                  rows={2}
                  value={draft.scores[i]?.comment ?? ''}
                  readOnly={!editable}
                  aria-invalid={commentError ? true : undefined}
                  aria-describedby={describedBy(`${commentId}-hint`, Boolean(commentError) && `${commentId}-error`)}
                  data-score-comment
                  onChange={(e) => setScore(i, 'comment', e.target.value)}
                />
              </div>
            </fieldset>
          );
        })}

        <div className={`form-field${fieldErrors(overall) ? ' form-field--invalid' : ''}`}>
          <label htmlFor={overallId}>Общий комментарий</label>
          <p className="hint" id={`${overallId}-hint`}>
            {overallCommentHint}
          </p>
          {fieldErrors(overall) && (
            <p className="field-error" id={`${overallId}-error`}>
              {fieldErrors(overall)!.join(' ')}
            </p>
          )}
          <textarea
            id={overallId}
            rows={6}
            required
            value={draft.overallComment}
            readOnly={!editable}
            aria-invalid={fieldErrors(overall) ? true : undefined}
            aria-describedby={describedBy(`${overallId}-hint`, editable && `${overallId}-count`, Boolean(fieldErrors(overall)) && `${overallId}-error`)}
            data-overall-comment
            onChange={(e) => change(overall, { ...draft, overallComment: e.target.value })}
          />
          {editable && (
            <p className="hint char-count" id={`${overallId}-count`}>
              {overallCounterText(draft.overallComment)}
            </p>
          )}
        </div>

        {editable && (
          <button type="submit" className="button" aria-disabled={sending || undefined} data-save-review>
            {sending ? 'Сохраняем…' : 'Сохранить оценку'}
          </button>
        )}
        <p className="team-message" role="status" aria-live="polite" data-review-message>
          {message}
        </p>
      </form>
    </section>
  );
}

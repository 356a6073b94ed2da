// The scoring form: one fieldset per criterion of the round (its title, its description, for the
// public-support criterion the residents' votes and the suggested score), an integer score within
// the round's scale and an optional comment; a required overall comment; «Сохранить оценку». Checked
// with the shared reviewSchema before sending; the server's messages land beside the same fields.
// While scoring is open the review can be edited; after, the saved values are shown read-only.
import { useEffect, useRef, useState, type ComponentProps, type RefObject } from 'react';
import { revalidatedErrors, orderedErrorKeys, type FieldErrors } from '../../lib/application-errors.ts';
import { publicSupportText, reviewSavedMessage, reviewTotalText, type ExpertCriterion, type ExpertDesk, type ExpertProject } from '../../lib/expert-desk.ts';
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
  type ScoreDraft,
} from '../../lib/expert-review.ts';
import type { ProjectActions } from '../../lib/expert-actions.ts';
import { FieldError, IslandForm, SendButton } from './form-parts.tsx';

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
  const overall = 'overallComment';

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

      {errorKeys.length > 0 && <ErrorSummary errors={errors} keys={errorKeys} summaryRef={summaryRef} />}

      <IslandForm
        className="review-form"
        aria-labelledby="review-heading"
        data-expert-review-form
        data-editable={editable}
        onSend={save}
      >
        {desk.criteria.map((criterion, i) => (
          <CriterionFields
            key={i}
            i={i}
            criterion={criterion}
            scale={desk.scale}
            publicSupport={project.publicSupport}
            score={draft.scores[i]}
            errors={errors}
            editable={editable}
            onChange={(part, value) => setScore(i, part, value)}
          />
        ))}

        <CommentField
          id={reviewFieldId(overall)}
          label="Общий комментарий"
          hint={overallCommentHint}
          rows={6}
          required
          value={draft.overallComment}
          messages={errors[overall]}
          editable={editable}
          counter={overallCounterText(draft.overallComment)}
          data-overall-comment
          onChange={(value) => change(overall, { ...draft, overallComment: value })}
        />

        {editable && (
          <SendButton busy={sending} busyLabel="Сохраняем…" data-save-review>
            Сохранить оценку
          </SendButton>
        )}
        <p className="team-message" role="status" aria-live="polite" data-review-message>
          {message}
        </p>
      </IslandForm>
    </section>
  );
}

/** The list of what stopped the save, each linked to its field; the whole form's message first, unlinked. */
function ErrorSummary({ errors, keys, summaryRef }: { errors: FieldErrors; keys: string[]; summaryRef: RefObject<HTMLDivElement | null> }) {
  return (
    <div className="error-summary" role="alert" aria-labelledby="review-errors-heading" tabIndex={-1} ref={summaryRef} data-review-errors>
      <h4 id="review-errors-heading">Оценка не сохранена</h4>
      <ul>
        {keys.map((key) => (
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
  );
}

interface CriterionProps {
  i: number;
  criterion: ExpertCriterion;
  scale: ExpertDesk['scale'];
  publicSupport: ExpertProject['publicSupport'];
  score: ScoreDraft | undefined;
  errors: FieldErrors;
  editable: boolean;
  onChange: (part: 'score' | 'comment', value: string) => void;
}

/** One criterion: its title and description (for the public-support one, the votes), its score and comment. */
function CriterionFields({ i, criterion, scale, publicSupport, score, errors, editable, onChange }: CriterionProps) {
  const scoreKey = `scores.${i}.score`;
  const commentKey = `scores.${i}.comment`;
  const scoreId = reviewFieldId(scoreKey);
  const commentId = reviewFieldId(commentKey);
  const descriptionId = criterion.description ? `review-criterion-${i}-description` : null;
  const supportId = criterion.basedOnVotes && publicSupport ? `review-criterion-${i}-support` : null;
  const scoreError = errors[scoreKey];
  return (
    <fieldset className="criterion-field" data-criterion={i} data-based-on-votes={criterion.basedOnVotes || undefined}>
      <legend>
        {i + 1}. {criterion.title}
      </legend>
      {descriptionId && (
        <p className="hint" id={descriptionId}>
          {criterion.description}
        </p>
      )}
      {supportId && publicSupport && (
        <p className="public-support" id={supportId} data-public-support={publicSupport.votes}>
          {publicSupportText(publicSupport)}
        </p>
      )}
      <div className={`form-field${scoreError ? ' form-field--invalid' : ''}`}>
        <label htmlFor={scoreId}>
          Оценка от {scale.min} до {scale.max}
        </label>
        <FieldError id={`${scoreId}-error`} messages={scoreError} />
        <input
          id={scoreId}
          className="score-input"
          type="number"
          inputMode="numeric"
          min={scale.min}
          max={scale.max}
          step={1}
          value={score?.score ?? ''}
          readOnly={!editable}
          aria-invalid={scoreError ? true : undefined}
          aria-describedby={describedBy(descriptionId, supportId, Boolean(scoreError) && `${scoreId}-error`)}
          data-score-input
          onChange={(e) => onChange('score', e.target.value)}
        />
      </div>
      <CommentField
        id={commentId}
        label="Комментарий к оценке"
        hint={criterionCommentHint}
        rows={2}
        value={score?.comment ?? ''}
        messages={errors[commentKey]}
        editable={editable}
        data-score-comment
        onChange={(value) => onChange('comment', value)}
      />
    </fieldset>
  );
}

type CommentFieldProps = Pick<ComponentProps<'textarea'>, 'rows' | 'required'> & {
  id: string;
  label: string;
  hint: string;
  value: string;
  messages: string[] | undefined;
  editable: boolean;
  /** Its length said under the box while it can be edited (the overall comment's). */
  counter?: string;
  onChange: (value: string) => void;
};

/** A comment box: its label, hint and messages, read-only once scoring closes; data-* attributes go on the box. */
function CommentField({ id, label, hint, value, messages, editable, counter, onChange, ...textarea }: CommentFieldProps) {
  const counted = counter !== undefined && editable;
  return (
    <div className={`form-field${messages ? ' form-field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
      <FieldError id={`${id}-error`} messages={messages} />
      <textarea
        id={id}
        {...textarea}
        value={value}
        readOnly={!editable}
        aria-invalid={messages ? true : undefined}
        aria-describedby={describedBy(`${id}-hint`, counted && `${id}-count`, Boolean(messages) && `${id}-error`)}
        onChange={(e) => onChange(e.target.value)}
      />
      {counted && (
        <p className="hint char-count" id={`${id}-count`}>
          {counter}
        </p>
      )}
    </div>
  );
}

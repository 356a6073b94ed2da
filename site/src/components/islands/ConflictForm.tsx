// «Заявить конфликт интересов»: a disclosure with the reason and a confirming button. The project
// goes to another expert and the review is closed for good, so the form says so before the button.
import { useRef, useState } from 'react';
import { formatNumber } from '../../lib/format-number.ts';
import { CONFLICT_REASON, conflictReasonError } from '../../lib/expert-review.ts';
import type { ExpertProject } from '../../lib/expert-desk.ts';
import type { ProjectActions } from '../../lib/expert-actions.ts';

interface Props extends ProjectActions {
  project: ExpertProject;
  onDeclared: (reassigned: boolean) => void;
}

export default function ConflictForm({ project, client, onFailure, onScoringClosed, onDeclared, announce }: Props) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [sending, setSending] = useState(false);
  const reasonRef = useRef<HTMLTextAreaElement>(null);

  const declare = async () => {
    if (sending) return;
    const local = conflictReasonError(reason);
    setError(local);
    if (local) {
      reasonRef.current?.focus();
      return;
    }
    setSending(true);
    setMessage('');
    const result = await client.declareConflict(project.reference, reason.trim());
    setSending(false);
    if (result.ok) return onDeclared(result.data.reassigned);
    if (onFailure(result.error)) return;
    // The form goes away with the window: the page's live region says why.
    if (result.error.name === 'ScoringClosed') {
      announce(result.error.message);
      return onScoringClosed();
    }
    const fieldMessage = result.error.fields.reason?.join(' ') ?? null;
    setError(fieldMessage);
    if (fieldMessage) reasonRef.current?.focus();
    setMessage(result.error.message);
  };

  return (
    <details className="conflict" data-conflict>
      <summary>Заявить конфликт интересов</summary>
      <div className="conflict-body">
        <p>
          Если вы связаны с командой проекта или по другой причине не можете оценить его беспристрастно, заявите конфликт интересов. Проект передадут другому эксперту, а
          ваша оценка по нему будет закрыта: отменить это нельзя.
        </p>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void declare();
          }}
        >
          <div className={`form-field${error ? ' form-field--invalid' : ''}`}>
            <label htmlFor="conflict-reason">В чём конфликт интересов</label>
            <p className="hint" id="conflict-reason-hint">
              Коротко, от {CONFLICT_REASON.min} до {formatNumber(CONFLICT_REASON.max)} знаков. Причину видят только организаторы отбора.
            </p>
            {error && (
              <p className="field-error" id="conflict-reason-error">
                {error}
              </p>
            )}
            <textarea
              ref={reasonRef}
              id="conflict-reason"
              rows={3}
              value={reason}
              aria-invalid={error ? true : undefined}
              aria-describedby={`conflict-reason-hint${error ? ' conflict-reason-error' : ''}`}
              data-conflict-reason
              onChange={(e) => setReason(e.target.value)}
            />
          </div>
          <button type="submit" className="button button--danger" aria-disabled={sending || undefined} data-declare-conflict>
            {sending ? 'Отправляем…' : 'Подтвердить конфликт и передать проект'}
          </button>
          <p className="team-message" role="status" aria-live="polite" data-conflict-message>
            {message}
          </p>
        </form>
      </div>
    </details>
  );
}

// «Заявить конфликт интересов»: a disclosure with the reason and a confirming button. The project
// goes to another expert and the review is closed for good, so the form says so before the button.
import { formatNumber } from '../../lib/format-number.ts';
import { CONFLICT_REASON, conflictReasonError } from '../../lib/expert-review.ts';
import type { ExpertProject } from '../../lib/expert-desk.ts';
import type { ProjectActions } from '../../lib/expert-actions.ts';
import { FieldError, IslandForm, SendButton, useOneFieldForm } from './form-parts.tsx';

interface Props extends ProjectActions {
  project: ExpertProject;
  onDeclared: (reassigned: boolean) => void;
}

export default function ConflictForm({ project, client, onFailure, onScoringClosed, onDeclared, announce }: Props) {
  const form = useOneFieldForm<HTMLTextAreaElement>('reason', conflictReasonError);
  const { value: reason, error, message, busy: sending } = form;

  const declare = async () => {
    const result = await form.send((trimmed) => client.declareConflict(project.reference, trimmed));
    if (!result) return;
    if (result.ok) return onDeclared(result.data.reassigned);
    if (onFailure(result.error)) return;
    // The form goes away with the window: the page's live region says why.
    if (result.error.name === 'ScoringClosed') {
      announce(result.error.message);
      return onScoringClosed();
    }
    form.refused(result.error);
  };

  return (
    <details className="conflict" data-conflict>
      <summary>Заявить конфликт интересов</summary>
      <div className="conflict-body">
        <p>
          Если вы связаны с командой проекта или по другой причине не можете оценить его беспристрастно, заявите конфликт интересов. Проект передадут другому эксперту, а
          ваша оценка по нему будет закрыта: отменить это нельзя.
        </p>
        <IslandForm onSend={declare}>
          <div className={`form-field${error ? ' form-field--invalid' : ''}`}>
            <label htmlFor="conflict-reason">В чём конфликт интересов</label>
            <p className="hint" id="conflict-reason-hint">
              Коротко, от {CONFLICT_REASON.min} до {formatNumber(CONFLICT_REASON.max)} знаков. Причину видят только организаторы отбора.
            </p>
            <FieldError id="conflict-reason-error" messages={error} />
            <textarea
              ref={form.ref}
              id="conflict-reason"
              rows={3}
              value={reason}
              aria-invalid={error ? true : undefined}
              aria-describedby={`conflict-reason-hint${error ? ' conflict-reason-error' : ''}`}
              data-conflict-reason
              onChange={(e) => form.setValue(e.target.value)}
            />
          </div>
          <SendButton busy={sending} busyLabel="Отправляем…" className="button button--danger" data-declare-conflict>
            Подтвердить конфликт и передать проект
          </SendButton>
          <p className="team-message" role="status" aria-live="polite" data-conflict-message>
            {message}
          </p>
        </IslandForm>
      </div>
    </details>
  );
}

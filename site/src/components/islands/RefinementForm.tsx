// Proposing a refinement of a project: for signed-in residents (the page's one sign-in opens here
// otherwise). Checked with the shared RefinementTextSchema before sending; moderators approve it
// before it appears on the page, and the form says so.
import { REFINEMENT_TEXT, RefinementTextSchema } from '@portal/schema';
import { useEffect, useRef, useState } from 'react';
import { formatNumber } from '../../lib/format-number.ts';
import { FieldError, IslandForm, SendButton } from './form-parts.tsx';
import ResidentSignIn from './ResidentSignIn.tsx';
import { useHydrated, useResident } from './use-resident.ts';

interface Props {
  project: { documentId: string };
}

const messagesOf = (text: string): string[] => {
  const result = RefinementTextSchema.safeParse(text);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

export default function RefinementForm({ project }: Props) {
  const { state, actions } = useResident();
  const hydrated = useHydrated();
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [attempted, setAttempted] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const busy = state.busy.includes('refinement');
  const signedIn = state.session === 'signed-in';

  useEffect(() => {
    if (state.focus?.origin !== 'refinement') return;
    (signedIn ? textRef : openRef).current?.focus();
  }, [state.focus, signedIn]);

  const submit = async () => {
    setAttempted(true);
    const local = messagesOf(text);
    setErrors(local);
    if (local.length > 0) {
      textRef.current?.focus();
      return;
    }
    const outcome = await actions.proposeRefinement(project.documentId, text);
    if (outcome.sent) {
      setText('');
      setAttempted(false);
    }
    setErrors(outcome.fields.text ?? []);
    if (outcome.fields.text) textRef.current?.focus();
  };

  const length = text.trim().length;
  const invalid = errors.length > 0;

  return (
    <div className="refinement-propose" data-refinement-propose>
      {signedIn ? (
        <IslandForm
          className="refinement-form"
          data-refinement-form
          onSend={submit}
        >
          <div className={`form-field${invalid ? ' form-field--invalid' : ''}`}>
            <label htmlFor="refinement-text">Ваша доработка</label>
            <p className="hint" id="refinement-text-hint">
              Что изменить в проекте и зачем: от {REFINEMENT_TEXT.min} до {formatNumber(REFINEMENT_TEXT.max)} знаков. Доработку прочитает модератор, потом на неё ответит команда проекта.
            </p>
            <FieldError id="refinement-text-error" messages={errors} />
            <textarea
              ref={textRef}
              id="refinement-text"
              name="text"
              rows={5}
              value={text}
              aria-invalid={invalid || undefined}
              aria-describedby={`refinement-text-hint refinement-text-count${invalid ? ' refinement-text-error' : ''}`}
              onChange={(e) => {
                setText(e.target.value);
                if (attempted) setErrors(messagesOf(e.target.value));
              }}
            />
            <p className="hint char-count" id="refinement-text-count" data-over={length > REFINEMENT_TEXT.max || undefined}>
              {formatNumber(length)} из {formatNumber(REFINEMENT_TEXT.max)} знаков
            </p>
          </div>
          <SendButton busy={busy} busyLabel="Отправляем…">
            Отправить доработку
          </SendButton>
        </IslandForm>
      ) : (
        <p>
          Предложить доработку могут жители, подтвердившие адрес электронной почты.{' '}
          {state.signIn?.origin !== 'refinement' && (
            <button ref={openRef} type="button" className="button button--ghost" disabled={!hydrated} onClick={() => actions.openSignIn('refinement')} data-refinement-sign-in>
              Войти и предложить доработку
            </button>
          )}
        </p>
      )}
      <p className="vote-message" role="status" aria-live="polite" data-refinement-message>
        {state.messages.refinement ?? ''}
      </p>
      {state.signIn?.origin === 'refinement' && <ResidentSignIn signIn={state.signIn} actions={actions} headingLevel={4} />}
    </div>
  );
}

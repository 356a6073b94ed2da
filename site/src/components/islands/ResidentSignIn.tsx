// The inline sign-in of a project page: the address, then the code from the email. One per page;
// it appears under whichever button needed it. Hints come from the schema's rules before the code is
// sent and from the server's numbers after.
import { VERIFICATION } from '@portal/schema';
import { useEffect, useRef, useState } from 'react';
import type { ResidentStore } from '../../lib/resident-store.ts';
import type { SignInState } from '../../lib/resident-state.ts';
import { canResend, codeRequestHint, codeSentHint, resendHint } from '../../lib/voting-text.ts';
import { EMAIL_INPUT, FieldError, IslandForm } from './form-parts.tsx';
import { useRenderAt } from './use-resident.ts';

interface Props {
  signIn: SignInState;
  actions: ResidentStore;
  /** The level of its heading, one below the part of the page it opens in. */
  headingLevel: 3 | 4;
}

const describedBy = (...ids: Array<string | false>) => ids.filter(Boolean).join(' ') || undefined;

export default function ResidentSignIn({ signIn, actions, headingLevel }: Props) {
  const [email, setEmail] = useState(signIn.email);
  const [code, setCode] = useState('');
  const emailRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const honeypotRef = useRef<HTMLInputElement>(null);
  useRenderAt(signIn.resendAt, signIn.expiresAt);

  // Focus follows the step: the address when the form opens, the code each time one is sent.
  useEffect(() => {
    if (signIn.step === 'code') setCode('');
    (signIn.step === 'code' ? codeRef : emailRef).current?.focus();
  }, [signIn.step, signIn.sentAt]);

  // A refused field takes focus, so its message (tied by aria-describedby) is read out.
  useEffect(() => {
    if (signIn.errors.email) emailRef.current?.focus();
    else if (signIn.errors.code) codeRef.current?.focus();
  }, [signIn.errors]);

  const now = Date.now();
  const resendable = canResend(signIn.resendAt, now);
  const expired = signIn.step === 'code' && signIn.expiresAt > 0 && now >= signIn.expiresAt;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';

  return (
    <div className="sign-in" data-sign-in={signIn.step} role="group" aria-labelledby="resident-sign-in-heading">
      <Heading id="resident-sign-in-heading" className="sign-in-title">
        Вход по электронной почте
      </Heading>
      <p className="sign-in-message" role="status" aria-live="polite" data-sign-in-message>
        {signIn.message}
      </p>
      {signIn.step === 'email' ? (
        <IslandForm onSend={() => actions.requestCode(email, honeypotRef.current?.value)}>
          <div className={`form-field${signIn.errors.email ? ' form-field--invalid' : ''}`}>
            <label htmlFor="resident-email">Электронная почта</label>
            <p className="hint" id="resident-email-hint">
              {codeRequestHint}
            </p>
            <FieldError id="resident-email-error" messages={signIn.errors.email} />
            <input
              ref={emailRef}
              id="resident-email"
              {...EMAIL_INPUT}
              value={email}
              aria-invalid={signIn.errors.email ? true : undefined}
              aria-describedby={describedBy('resident-email-hint', Boolean(signIn.errors.email) && 'resident-email-error')}
              data-resident-email
              onChange={(e) => setEmail(e.target.value)}
            />
          </div>
          <div className="honeypot" aria-hidden="true">
            <label htmlFor="resident-website">Не заполняйте это поле</label>
            <input id="resident-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" ref={honeypotRef} />
          </div>
          <p className="sign-in-actions">
            <button type="submit" className="button" aria-disabled={signIn.busy || !resendable ? true : undefined} data-request-code>
              {signIn.busy ? 'Отправляем код…' : 'Получить код'}
            </button>{' '}
            <button type="button" className="link-button" onClick={actions.cancelSignIn}>
              Отмена
            </button>
          </p>
          {!resendable && <p className="hint">{resendHint(signIn.resendAt, now)}</p>}
        </IslandForm>
      ) : (
        <IslandForm onSend={() => actions.verify(code)}>
          <p id="resident-code-sent" data-code-sent-to={signIn.sentTo}>
            {codeSentHint(signIn.sentTo, signIn.expiresAt, signIn.sentAt)}
          </p>
          <div className={`form-field${signIn.errors.code ? ' form-field--invalid' : ''}`}>
            <label htmlFor="resident-code">Код из письма</label>
            <p className="hint" id="resident-code-hint">
              {VERIFICATION.codeLength} цифр. Можно ошибиться не больше {VERIFICATION.maxAttempts} раз, потом понадобится новый код.
            </p>
            <FieldError id="resident-code-error" messages={signIn.errors.code ?? (expired ? 'Срок действия кода истёк. Запросите новый код.' : null)} />
            <input
              ref={codeRef}
              id="resident-code"
              name="code"
              type="text"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={VERIFICATION.codeLength}
              pattern="[0-9]*"
              className="code-input"
              value={code}
              aria-invalid={signIn.errors.code ? true : undefined}
              aria-describedby={describedBy('resident-code-sent', 'resident-code-hint', (Boolean(signIn.errors.code) || expired) && 'resident-code-error')}
              data-resident-code
              onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))}
            />
          </div>
          <p className="sign-in-actions">
            <button type="submit" className="button" aria-disabled={signIn.busy || signIn.needsNewCode ? true : undefined} data-verify-code>
              {signIn.busy ? 'Проверяем…' : 'Подтвердить'}
            </button>
          </p>
          <p className="sign-in-actions">
            <button
              type="button"
              className="button button--ghost"
              disabled={!resendable || signIn.busy}
              aria-describedby={resendable ? undefined : 'resident-resend-hint'}
              data-resend-code
              onClick={() => void actions.requestCode(signIn.email)}
            >
              Отправить код ещё раз
            </button>{' '}
            <button type="button" className="link-button" onClick={actions.editEmail}>
              Указать другой адрес
            </button>{' '}
            <button type="button" className="link-button" onClick={actions.cancelSignIn}>
              Отмена
            </button>
          </p>
          {!resendable && (
            <p className="hint" id="resident-resend-hint" data-resend-hint>
              {resendHint(signIn.resendAt, now)}
            </p>
          )}
        </IslandForm>
      )}
    </div>
  );
}

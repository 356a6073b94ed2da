// «Вход для экспертов»: the address the expert was invited with → a new personal link by email. The
// server answers the same neutral sentence whether or not the address is an expert's; that sentence,
// or the reason a link did not work, is shown in the form's live region.
import { useRef, useState } from 'react';
import { expertEmailError } from '../../lib/expert-desk.ts';
import type { ExpertsClient } from '../../lib/experts-client.ts';

interface Props {
  client: ExpertsClient;
  /** What happened before the form appeared: a link that did not work, a sign-out. */
  initialMessage: string;
  /** The emailed link did not work: the form offers a new one. */
  badLink: boolean;
}

export default function ExpertSignIn({ client, initialMessage, badLink }: Props) {
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState(initialMessage);
  const [tone, setTone] = useState<'error' | 'info'>(badLink ? 'error' : 'info');
  const [busy, setBusy] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);

  const request = async () => {
    if (busy) return;
    const local = expertEmailError(email);
    setError(local);
    if (local) {
      emailRef.current?.focus();
      return;
    }
    setBusy(true);
    setMessage('');
    const result = await client.requestLink(email.trim());
    setBusy(false);
    if (result.ok) {
      setTone('info');
      setMessage(result.data.message);
      return;
    }
    const fieldMessage = result.error.fields.email?.join(' ') ?? null;
    setError(fieldMessage);
    if (fieldMessage) emailRef.current?.focus();
    setTone('error');
    setMessage(result.error.message);
  };

  return (
    <section className="sign-in expert-sign-in" aria-labelledby="expert-sign-in-heading" data-expert-sign-in={badLink ? 'bad-link' : 'form'}>
      <h2 id="expert-sign-in-heading" className="sign-in-title" tabIndex={-1}>
        {badLink ? 'Получить новую ссылку' : 'Вход для экспертов'}
      </h2>
      <p className="expert-message" data-tone={tone} role="status" aria-live="polite" data-expert-message>
        {message}
      </p>
      <p>
        В кабинет эксперта входят по личной ссылке из письма: она открывается один раз. Укажите адрес, на который вас пригласили в экспертный совет, — пришлём новую ссылку.
      </p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void request();
        }}
      >
        <div className={`form-field${error ? ' form-field--invalid' : ''}`}>
          <label htmlFor="expert-email">Электронная почта</label>
          {error && (
            <p className="field-error" id="expert-email-error">
              {error}
            </p>
          )}
          <input
            ref={emailRef}
            id="expert-email"
            name="email"
            type="email"
            inputMode="email"
            autoComplete="email"
            spellCheck={false}
            value={email}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'expert-email-error' : undefined}
            data-expert-email
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <button type="submit" className="button" aria-disabled={busy || undefined} data-expert-link-request>
          {busy ? 'Отправляем ссылку…' : 'Получить ссылку'}
        </button>
      </form>
    </section>
  );
}

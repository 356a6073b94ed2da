// «Вход для экспертов»: the address the expert was invited with → a new personal link by email. The
// server answers the same neutral sentence whether or not the address is an expert's; that sentence,
// or the reason a link did not work, is shown in the form's live region.
import { useState } from 'react';
import { expertEmailError } from '../../lib/expert-desk.ts';
import type { ExpertsClient } from '../../lib/experts-client.ts';
import { EMAIL_INPUT, FieldError, IslandForm, SendButton, useOneFieldForm } from './form-parts.tsx';

interface Props {
  client: ExpertsClient;
  /** What happened before the form appeared: a link that did not work, a sign-out. */
  initialMessage: string;
  /** The emailed link did not work: the form offers a new one. */
  badLink: boolean;
}

export default function ExpertSignIn({ client, initialMessage, badLink }: Props) {
  const form = useOneFieldForm<HTMLInputElement>('email', expertEmailError, initialMessage);
  const { value: email, error, message, busy } = form;
  const [tone, setTone] = useState<'error' | 'info'>(badLink ? 'error' : 'info');

  const request = async () => {
    const result = await form.send((trimmed) => client.requestLink(trimmed));
    if (!result) return;
    if (result.ok) {
      setTone('info');
      form.setMessage(result.data.message);
      return;
    }
    setTone('error');
    form.refused(result.error);
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
      <IslandForm onSend={request}>
        <div className={`form-field${error ? ' form-field--invalid' : ''}`}>
          <label htmlFor="expert-email">Электронная почта</label>
          <FieldError id="expert-email-error" messages={error} />
          <input
            ref={form.ref}
            id="expert-email"
            {...EMAIL_INPUT}
            value={email}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'expert-email-error' : undefined}
            data-expert-email
            onChange={(e) => form.setValue(e.target.value)}
          />
        </div>
        <SendButton busy={busy} busyLabel="Отправляем ссылку…" data-expert-link-request>
          Получить ссылку
        </SendButton>
      </IslandForm>
    </section>
  );
}

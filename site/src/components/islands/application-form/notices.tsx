// What the application island shows besides the form's fields: the notice when the window is
// closed, the page after a successful submission, and the summary of what to fix.
import type { SelectionRound } from '@portal/schema';
import { roundPhase, stageOfKind } from '@portal/schema/domain/round-calendar';
import { type MouseEvent, type RefObject, useEffect, useRef, useState } from 'react';
import { fieldId, type FieldErrors } from '../../../lib/application-errors.ts';
import { formatDate } from '@portal/schema/domain/dates';
import { summaryText } from './messages.ts';

type Round = Pick<SelectionRound, 'stages' | 'timeZone'>;

export function collectionOpen(round: Round, now: Date): boolean {
  const phase = roundPhase(round, now);
  return phase.phase === 'during' && phase.current.kind === 'collection';
}

/** Whether the window is open: as at build time, then by the browser's clock. */
export function useCollectionOpen(round: Round, openAtBuild: boolean): boolean {
  const [open, setOpen] = useState(openAtBuild);
  useEffect(() => setOpen(collectionOpen(round, new Date())), [round]);
  return open;
}

export function ApplicationClosed({ round, hydrated }: { round: Round; hydrated: boolean }) {
  const collection = stageOfKind(round, 'collection');
  const start = collection ? formatDate(collection.startDate) : null;
  const end = collection ? formatDate(collection.endDate) : null;
  const before = collection ? roundPhase(round, new Date()).phase === 'before' : false;
  return (
    <section className="application-closed notice-box" data-application-closed aria-labelledby="application-closed-heading">
      <h2 id="application-closed-heading">Приём заявок закрыт</h2>
      {start && end ? (
        <p>
          {hydrated && before ? `Приём заявок откроется ${start}.` : 'Заявки принимаются только во время сбора заявок.'} Сбор заявок: с {start} по {end}.
        </p>
      ) : (
        <p>Даты сбора заявок ещё не объявлены.</p>
      )}
      <p>
        <a href="/selection/">Этапы и условия отбора</a> · <a href="/projects/">Поданные проекты</a>
      </p>
    </section>
  );
}

export function ApplicationSuccess({ reference, statusUrl }: { reference: string; statusUrl: string }) {
  const [copied, setCopied] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="application-success" data-application-success aria-labelledby="application-success-heading">
      <h2 id="application-success-heading" ref={headingRef} tabIndex={-1}>
        Заявка отправлена
      </h2>
      <p>Номер заявки</p>
      <p className="application-reference" data-application-reference>
        {reference}
      </p>
      <p>
        <strong>Скопируйте ссылку: по ней можно узнать статус заявки.</strong> Ссылка личная — не публикуйте её.
      </p>
      <p className="status-link">
        <a href={statusUrl} data-status-link>
          {statusUrl}
        </a>
      </p>
      <p>
        <button
          type="button"
          className="button button--ghost"
          onClick={() => {
            void navigator.clipboard?.writeText(statusUrl).then(() => setCopied(true), () => setCopied(false));
          }}
        >
          Скопировать ссылку
        </button>{' '}
        <span role="status">{copied ? 'Ссылка скопирована.' : ''}</span>
      </p>
      <p>На почту лидера проекта уже отправлено письмо с подтверждением, номером заявки и этой ссылкой.</p>
    </section>
  );
}

interface SummaryProps {
  errorKeys: string[];
  errors: FieldErrors;
  /** The message of a submission that failed, if it did. */
  failure: string | null;
  summaryRef: RefObject<HTMLDivElement | null>;
}

/** A summary link focuses its field (following the #anchor would only scroll to it). */
function focusField(e: MouseEvent, id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  e.preventDefault();
  target.focus();
  target.scrollIntoView({ block: 'center' });
}

/** The accessible summary at the top: each message links to (and focuses) its field. */
export function ErrorSummary({ errorKeys, errors, failure, summaryRef }: SummaryProps) {
  if (errorKeys.length === 0 && failure === null) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-heading" tabIndex={-1} ref={summaryRef} data-error-summary>
      <h2 id="error-summary-heading">{errorKeys.length > 0 ? 'Проверьте заявку' : 'Заявка не отправлена'}</h2>
      {failure !== null && <p>{failure}</p>}
      {errorKeys.length > 0 && (
        <ul>
          {errorKeys.map((key) => (
            <li key={key}>
              <a href={`#${fieldId(key)}`} onClick={(e) => focusField(e, fieldId(key))}>
                {summaryText(key, errors[key] ?? [])}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

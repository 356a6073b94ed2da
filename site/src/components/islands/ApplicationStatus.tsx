// The private status page: the token sits after `#` in the link from the confirmation email (never
// in the query, so it never reaches a server log); it is sent in a POST body to the function. For a
// published project the same token opens the team's desk (refinements to answer, ideas to add).
import type { ApplicationStatusAnswer } from '@portal/schema';
import { useEffect, useState } from 'react';
import { selectionOutcome, statusSteps, stepStateLabels } from '../../lib/project-stage.ts';
import { applicationStatus } from '../../lib/status-client.ts';
import { teamDeskOf, type TeamDesk as TeamDeskData } from '../../lib/team-desk.ts';
import TeamDesk from './TeamDesk.tsx';

interface Props {
  endpoint: string;
}

type View =
  | { state: 'starting' }
  | { state: 'no-token' }
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'loaded'; status: ApplicationStatusAnswer; desk: TeamDeskData; token: string };

const tokenFromHash = () => decodeURIComponent(window.location.hash.replace(/^#/, '')).trim();

export default function ApplicationStatus(props: Props) {
  const [view, setView] = useState<View>({ state: 'starting' });

  useEffect(() => {
    let cancelled = false;
    const load = async () => {
      const token = tokenFromHash();
      if (!token) {
        setView({ state: 'no-token' });
        return;
      }
      setView({ state: 'loading' });
      const result = await applicationStatus(props.endpoint, token);
      if (cancelled) return;
      setView(result.ok ? { state: 'loaded', status: result.data, desk: teamDeskOf(result.data), token } : { state: 'error', message: result.error.message });
    };
    void load();
    window.addEventListener('hashchange', load);
    return () => {
      cancelled = true;
      window.removeEventListener('hashchange', load);
    };
  }, [props.endpoint]);

  const announcement =
    view.state === 'loading'
      ? 'Загружаем статус заявки…'
      : view.state === 'loaded'
        ? `Заявка ${view.status.reference}: статус загружен.`
        : view.state === 'error'
          ? view.message
          : '';

  return (
    <div className="application-status" data-status-state={view.state}>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {view.state === 'no-token' && (
        <p className="notice-box" data-status-no-token>
          В адресе страницы нет ключа заявки. Откройте ссылку из письма-подтверждения целиком: она заканчивается на «#» и длинный код.
        </p>
      )}
      {view.state === 'loading' && <p>Загружаем статус…</p>}
      {view.state === 'error' && (
        <p className="notice-box notice-box--error" data-status-error>
          {view.message}
        </p>
      )}
      {view.state === 'loaded' && <StatusView status={view.status} placement={view.desk.project} />}
      {view.state === 'loaded' && view.status.moderation === 'published' && view.desk.project && (
        <TeamDesk key={view.token} token={view.token} desk={{ ...view.desk, project: view.desk.project }} />
      )}
    </div>
  );
}

function StatusView({ status, placement }: { status: ApplicationStatusAnswer; placement: TeamDeskData['project'] }) {
  const steps = statusSteps(status.stage, status.review);
  const outcome = selectionOutcome(status.stage, status.reference, placement);
  return (
    <section aria-labelledby="status-title">
      <p className="eyebrow">
        Заявка № <span data-status-reference>{status.reference}</span>
      </p>
      <h2 id="status-title" data-status-title>
        {status.title}
      </h2>
      {status.moderation === 'rejected' && (
        <div className="notice-box notice-box--error" data-moderation-rejected>
          <p>
            <strong>Заявка отклонена модератором</strong> и не опубликована на сайте.
          </p>
          {status.moderationReason && <p>Причина: {status.moderationReason}</p>}
        </div>
      )}
      {outcome && (
        <div className={`notice-box${outcome.kind === 'finalist' ? ' finalist-notice' : ''}`} data-selection-outcome={outcome.kind}>
          <p>
            <strong>{outcome.title}</strong>
          </p>
          <p>
            {outcome.text} <a href="/finalists/">Финалисты отбора</a>
          </p>
        </div>
      )}
      {status.moderation === 'pending' && <p data-moderation-pending>Страница проекта появится на сайте после проверки модератором.</p>}
      <ol className="status-steps" data-status-stage={status.stage}>
        {steps.map((step) => (
          <li key={step.key} data-step={step.key} data-step-state={step.state} aria-current={step.state === 'current' ? 'step' : undefined}>
            <h3>
              {step.title} <span className="badge" data-state={step.state}>{stepStateLabels[step.state]}</span>
            </h3>
            <p>{step.summary}</p>
            {step.notes.length > 0 && (
              <ul>
                {step.notes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

// The application form: a real <form> (POST /api/applications) that needs this island to send JSON.
// The same zod schema as the function validates in the browser; messages sit beside each field and
// in a summary at the top. The draft and its Idempotency-Key live in localStorage, so a form filled
// over several sittings survives, and a double click or a retry creates one application.
// The state is in application-form/use-application-form.ts, the sections beside it.
import { applicationSchema } from '@portal/schema';
import type { SelectionRound } from '@portal/schema';
import { useMemo } from 'react';
import { formFieldKeys } from '../../lib/application-draft.ts';
import { fieldId, orderedErrorKeys } from '../../lib/application-errors.ts';
import { BudgetSection, IndicatorsSection, TeamSection } from './application-form/lists.tsx';
import { ApplicationClosed, ApplicationSuccess, ErrorSummary, useCollectionOpen } from './application-form/notices.tsx';
import { AboutSection, ConsentField, ContactsSection, Honeypot, LeaderCvSection, VideoSection } from './application-form/sections.tsx';
import { useApplicationForm } from './application-form/use-application-form.ts';
import { IslandForm } from './form-parts.tsx';

interface Props {
  topics: Array<{ slug: string; title: string }>;
  maxTeamSize: number;
  videoHosts: string[];
  round: Pick<SelectionRound, 'stages' | 'timeZone'>;
  /** Whether the collection window was open when the page was built; re-checked in the browser. */
  openAtBuild: boolean;
  /** Who processes the personal data (the programme's organiser), for the consent text. */
  organiser: string;
  action: string;
}

export default function ApplicationForm(props: Props) {
  const schema = useMemo(
    () => applicationSchema({ maxTeamSize: props.maxTeamSize, topics: props.topics.map((t) => t.slug), videoHosts: props.videoHosts }),
    [props.maxTeamSize, props.topics, props.videoHosts],
  );
  const { form, stored, submission, submit, clearStoredDraft, summaryRef, honeypotRef } = useApplicationForm({ schema, action: props.action });
  const open = useCollectionOpen(props.round, props.openAtBuild);

  if (!open) return <ApplicationClosed round={props.round} hydrated={stored.hydrated} />;
  if (submission.state === 'done') return <ApplicationSuccess reference={submission.reference} statusUrl={submission.statusUrl} />;

  const sending = submission.state === 'sending';
  return (
    <IslandForm
      id={fieldId('')}
      tabIndex={-1}
      className="application-form"
      method="post"
      action={props.action}
      aria-describedby="application-intro"
      data-form-ready={stored.hydrated ? 'true' : 'false'}
      onSend={submit}
    >
      <p id="application-intro" className="hint">
        Все поля обязательны, кроме отмеченных «необязательно». Черновик сохраняется в этом браузере при каждом изменении.
      </p>

      {stored.restored && (
        <p className="draft-notice" data-draft-restored>
          Черновик восстановлен ·{' '}
          <button type="button" className="link-button" onClick={clearStoredDraft}>
            Очистить черновик
          </button>
        </p>
      )}

      <ErrorSummary
        errorKeys={orderedErrorKeys(form.errors, formFieldKeys(form.draft))}
        errors={form.errors}
        failure={submission.state === 'failed' ? submission.message : null}
        summaryRef={summaryRef}
      />

      <AboutSection form={form} topics={props.topics} />
      <IndicatorsSection form={form} />
      <BudgetSection form={form} />
      <VideoSection form={form} videoHosts={props.videoHosts} />
      <LeaderCvSection form={form} />
      <TeamSection form={form} maxTeamSize={props.maxTeamSize} />
      <ContactsSection form={form} />
      <Honeypot inputRef={honeypotRef} />
      <ConsentField form={form} organiser={props.organiser} />

      <p className="visually-hidden" role="status" aria-live="polite">
        {sending ? 'Отправляем заявку…' : ''}
      </p>
      <button type="submit" className="button" disabled={!stored.hydrated} aria-disabled={sending ? true : undefined} data-submitting={sending ? 'true' : 'false'}>
        {sending ? 'Отправляем…' : 'Отправить заявку'}
      </button>
    </IslandForm>
  );
}

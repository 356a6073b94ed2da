// The team's desk on the private status page of a published project: answer the residents' approved
// refinements and propose ideas residents can vote for once a moderator publishes them. Checked with
// the shared schemas, sent with the private status token; each form says what happened in its own
// live region, beside its button.
import { IDEA_TEXT, TEAM_REPLY } from '@portal/schema';
import { calendarDate } from '@portal/schema/domain/round-calendar';
import { useRef, useState } from 'react';
import { formatDate } from '@portal/schema/domain/dates';
import { formatNumber } from '../../lib/format-number.ts';
import type { ApiResult } from '../../lib/api.ts';
import type { FieldErrors } from '../../lib/application-errors.ts';
import { refinementResponseLabels, refinementStatsText } from '../../lib/voting-text.ts';
import {
  answerSavedMessage,
  checkAnswer,
  checkIdea,
  formErrors,
  IDEA_PENDING,
  IDEA_SENT,
  teamClient,
  type AnswerDraft,
  type TeamDesk as TeamDeskData,
  type TeamIdea,
  type TeamRefinement,
} from '../../lib/team-desk.ts';
import { FieldError, IslandForm, SendButton } from './form-parts.tsx';

interface Props {
  token: string;
  desk: TeamDeskData & { project: NonNullable<TeamDeskData['project']> };
}

const client = teamClient();
const day = (iso: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : formatDate(calendarDate(date, 'Europe/Moscow'));
};
const badgeState = { none: 'upcoming', accepted: 'done', declined: 'failed' } as const;

export default function TeamDesk({ token, desk }: Props) {
  const [refinements, setRefinements] = useState<TeamRefinement[]>(desk.refinements);
  const [ideas, setIdeas] = useState<TeamIdea[]>(desk.ideas);

  return (
    <section className="team-desk" aria-labelledby="team-desk-heading" data-team-desk={desk.project.documentId}>
      <h2 id="team-desk-heading">Голос жителей</h2>
      <p>
        Ответьте на доработки, которые жители предложили к проекту, и предложите идеи, за которые они смогут голосовать. Ответы видны на{' '}
        <a href={`/projects/${desk.project.reference}/`}>странице проекта</a> через несколько минут, идеи — после проверки модератором.
      </p>

      <h3>Доработки жителей</h3>
      <p data-team-refinement-stats>{refinementStatsText(refinements)}</p>
      {refinements.length > 0 && (
        <ol className="refinement-list" role="list">
          {refinements.map((r) => (
            <RefinementAnswerForm
              key={r.documentId}
              refinement={r}
              token={token}
              onSaved={(saved) => setRefinements((list) => list.map((x) => (x.documentId === saved.documentId ? saved : x)))}
            />
          ))}
        </ol>
      )}

      <h3>Идеи проекта</h3>
      {ideas.length > 0 ? (
        <ul className="team-ideas" data-team-ideas>
          {ideas.map((idea) => (
            <li key={idea.documentId} data-team-idea={idea.documentId} data-team-idea-status={idea.status}>
              <strong>{idea.title}</strong>
              {idea.description && <> — {idea.description}</>}
              {idea.status === 'pending' && <> ({IDEA_PENDING})</>}
            </li>
          ))}
        </ul>
      ) : (
        <p>Идей пока нет.</p>
      )}
      <IdeaForm token={token} onAdded={(idea) => setIdeas((list) => [...list, idea])} />
    </section>
  );
}

/** A form's live region; cleared before each send, so that the same sentence twice is read twice. */
function FormMessage({ text }: { text: string }) {
  return (
    <p className="team-message" role="status" aria-live="polite" data-team-message>
      {text}
    </p>
  );
}

type Checked<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/**
 * A team form's state and send: the draft checked with the shared schema first (the first wrong
 * field focused), then sent; on a refusal the server's messages go on the form's `fields`, the
 * rest is said in the live region.
 */
function useTeamForm(fields: readonly string[], focusFirstError: (found: FieldErrors) => void) {
  const [message, say] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [sending, setSending] = useState(false);
  const send = async <T, R>(check: () => Checked<T>, request: (data: T) => Promise<ApiResult<R>>, sent: (data: T, answer: R) => void) => {
    if (sending) return;
    const checked = check();
    if (!checked.ok) {
      setErrors(checked.errors);
      focusFirstError(checked.errors);
      return;
    }
    setErrors({});
    setSending(true);
    say('');
    const result = await request(checked.data);
    setSending(false);
    if (result.ok) return sent(checked.data, result.data);
    const found = formErrors(result.error.fields, fields);
    setErrors(found);
    focusFirstError(found);
    say(result.error.message);
  };
  return { message, say, errors, sending, send };
}

function RefinementAnswerForm(props: { refinement: TeamRefinement; token: string; onSaved: (r: TeamRefinement) => void }) {
  const { refinement: r } = props;
  const [draft, setDraft] = useState<AnswerDraft>({ refinement: r.documentId, response: r.response === 'none' ? '' : r.response, reply: r.reply });
  const firstChoice = useRef<HTMLInputElement>(null);
  const replyRef = useRef<HTMLTextAreaElement>(null);
  const id = (part: string) => `team-${part}-${r.documentId}`;
  const { message, say, errors, sending, send } = useTeamForm(['response', 'reply'], (found) => {
    if (found.response) firstChoice.current?.focus();
    else if (found.reply) replyRef.current?.focus();
  });

  const save = () =>
    send(
      () => checkAnswer(draft),
      (answer) => client.answerRefinement(props.token, answer),
      (answer) => {
        props.onSaved({ ...r, response: answer.response, reply: answer.reply });
        say(answerSavedMessage(answer.response));
      },
    );

  return (
    <li className="refinement" data-team-refinement={r.documentId} data-response={r.response}>
      <p className="refinement-meta">
        <time dateTime={r.createdAt}>{day(r.createdAt)}</time>{' '}
        <span className="badge" data-state={badgeState[r.response]}>
          {refinementResponseLabels[r.response]}
        </span>
      </p>
      <p className="refinement-text">{r.text}</p>
      <IslandForm className="answer-form" onSend={save}>
        {errors['']?.length ? <p className="field-error">{errors[''].join(' ')}</p> : null}
        <fieldset className={`answer-choice${errors.response ? ' form-field--invalid' : ''}`} aria-describedby={errors.response ? id('response-error') : undefined}>
          <legend>Ответ команды</legend>
          <FieldError id={id('response-error')} messages={errors.response} />
          {(['accepted', 'declined'] as const).map((value, i) => (
            <label key={value} className="choice">
              <input
                ref={i === 0 ? firstChoice : undefined}
                type="radio"
                name={id('response')}
                value={value}
                checked={draft.response === value}
                onChange={() => setDraft((d) => ({ ...d, response: value }))}
              />{' '}
              {refinementResponseLabels[value]}
            </label>
          ))}
        </fieldset>
        <div className={`form-field${errors.reply ? ' form-field--invalid' : ''}`}>
          <label htmlFor={id('reply')}>Комментарий для жителей</label>
          <p className="hint" id={id('reply-hint')}>
            Если доработка отклонена, объясните почему (не короче 10 знаков). До {formatNumber(TEAM_REPLY.max)} знаков.
          </p>
          <FieldError id={id('reply-error')} messages={errors.reply} />
          <textarea
            ref={replyRef}
            id={id('reply')}
            rows={3}
            value={draft.reply}
            aria-invalid={errors.reply ? true : undefined}
            aria-describedby={`${id('reply-hint')}${errors.reply ? ` ${id('reply-error')}` : ''}`}
            onChange={(e) => setDraft((d) => ({ ...d, reply: e.target.value }))}
          />
        </div>
        <SendButton busy={sending} busyLabel="Сохраняем…" data-team-answer>
          Сохранить ответ
        </SendButton>
        <FormMessage text={message} />
      </IslandForm>
    </li>
  );
}

function IdeaForm(props: { token: string; onAdded: (idea: TeamIdea) => void }) {
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const titleRef = useRef<HTMLInputElement>(null);
  const descriptionRef = useRef<HTMLTextAreaElement>(null);
  const { message, say, errors, sending, send } = useTeamForm(['title', 'description'], (found) => {
    if (found.title) titleRef.current?.focus();
    else if (found.description) descriptionRef.current?.focus();
  });

  const add = () =>
    send(
      () => checkIdea({ title, description }),
      (idea) => client.proposeIdea(props.token, idea),
      (idea, added) => {
        props.onAdded({ documentId: added.documentId, ...idea, status: 'pending' });
        setTitle('');
        setDescription('');
        say(IDEA_SENT);
        titleRef.current?.focus();
      },
    );

  const field = (key: 'title' | 'description') => ({
    id: `team-idea-${key}`,
    invalid: Boolean(errors[key]),
    describedBy: `team-idea-${key}-hint${errors[key] ? ` team-idea-${key}-error` : ''}`,
  });
  const t = field('title');
  const d = field('description');

  return (
    <IslandForm
      className="idea-form"
      aria-labelledby="team-idea-heading"
      data-team-idea-form
      onSend={add}
    >
      <h4 id="team-idea-heading">Предложить идею</h4>
      <p className="hint">Идею проверит модератор: после одобрения она появится на странице проекта.</p>
      {errors['']?.length ? <p className="field-error">{errors[''].join(' ')}</p> : null}
      <div className={`form-field${t.invalid ? ' form-field--invalid' : ''}`}>
        <label htmlFor={t.id}>Название идеи</label>
        <p className="hint" id={`${t.id}-hint`}>
          Коротко, как её увидят жители: от 3 до {formatNumber(IDEA_TEXT.titleMax)} знаков.
        </p>
        <FieldError id={`${t.id}-error`} messages={errors.title} />
        <input ref={titleRef} id={t.id} type="text" value={title} aria-invalid={t.invalid || undefined} aria-describedby={t.describedBy} onChange={(e) => setTitle(e.target.value)} />
      </div>
      <div className={`form-field${d.invalid ? ' form-field--invalid' : ''}`}>
        <label htmlFor={d.id}>Описание (необязательно)</label>
        <p className="hint" id={`${d.id}-hint`}>
          Что это и зачем: до {formatNumber(IDEA_TEXT.descriptionMax)} знаков.
        </p>
        <FieldError id={`${d.id}-error`} messages={errors.description} />
        <textarea
          ref={descriptionRef}
          id={d.id}
          rows={3}
          value={description}
          aria-invalid={d.invalid || undefined}
          aria-describedby={d.describedBy}
          onChange={(e) => setDescription(e.target.value)}
        />
      </div>
      <SendButton busy={sending} busyLabel="Отправляем…">
        Отправить на модерацию
      </SendButton>
      <FormMessage text={message} />
    </IslandForm>
  );
}

// The application form: a real <form> (POST /api/applications) that needs this island to send JSON.
// The same zod schema as the function validates in the browser; messages sit beside each field and
// in a summary at the top. The draft and its Idempotency-Key live in localStorage, so a form filled
// over several sittings survives, and a double click or a retry creates one application.
import { applicationSchema, BUDGET_ITEM_SOURCE_LABELS, BUDGET_ITEM_SOURCES, RUSSIAN_REGIONS } from '@portal/schema';
import { roundPhase, stageOfKind } from '@portal/schema/domain/round-calendar';
import type { SelectionRound } from '@portal/schema';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  budgetSum,
  clearDraft,
  emptyBudgetItem,
  emptyDraft,
  emptyIndicator,
  emptyTeamMember,
  formFieldKeys,
  loadDraft,
  newIdempotencyKey,
  parseNumber,
  saveDraft,
  toApplicationInput,
  type ApplicationDraft,
} from '../../lib/application-draft.ts';
import {
  fieldId,
  issuesToFieldErrors,
  orderedErrorKeys,
  revalidatedErrors,
  serverFieldErrors,
  type FieldErrors,
} from '../../lib/application-errors.ts';
import { formatDate } from '@portal/schema/domain/dates';
import { formatNumber } from '../../lib/format-number.ts';

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

const MAX_INDICATORS = 10;
const MAX_BUDGET_ITEMS = 30;

type Submission =
  | { state: 'idle' }
  | { state: 'sending' }
  | { state: 'done'; reference: string; statusUrl: string }
  | { state: 'failed'; message: string };

interface SuccessBody {
  reference: string;
  statusUrl: string;
}
interface ErrorBody {
  error?: { status?: number; name?: string; message?: string; details?: unknown };
}

/** The name of a field (outside the rows) for the summary, when its message does not say it. */
function labelFor(key: string): string {
  const labels: Record<string, string> = {
    title: 'Название проекта',
    topic: 'Тематика',
    city: 'Город',
    region: 'Регион',
    description: 'Краткое описание',
    problem: 'Проблема',
    'effect.text': 'Социально-экономический эффект',
    'effect.indicators': 'Показатели эффекта',
    'budget.total': 'Общий бюджет',
    'budget.items': 'Статьи бюджета',
    audience: 'Целевая аудитория',
    videoUrl: 'Видеоролик о команде',
    'leaderCv.education': 'Образование лидера',
    'leaderCv.experience': 'Опыт лидера',
    'leaderCv.achievements': 'Достижения лидера',
    'leaderCv.profileUrl': 'Профиль лидера',
    team: 'Команда',
    'contacts.email': 'Электронная почта',
    'contacts.phone': 'Телефон',
    consent: 'Согласие на обработку данных',
    '': 'Заявка',
  };
  return labels[key] ?? key;
}

/** The value at a dotted key of the application body («team.0.name»). */
function valueAt(input: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((value, part) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined), input);
}

/**
 * The schema's messages, worded for a person at the form: an empty field is asked to be filled
 * («заполните поле», not «не короче 50 символов»), a select left at «Выберите…» to be chosen.
 */
function friendlierMessages(errors: FieldErrors, draft: ApplicationDraft): FieldErrors {
  const input = toApplicationInput(draft);
  const out: FieldErrors = {};
  for (const [key, messages] of Object.entries(errors)) {
    const value = valueAt(input, key);
    const empty = typeof value === 'string' && value.trim() === '';
    out[key] = messages.map((m) => (empty ? m.replace(/не короче \d+ символ(ов|а)?$/, 'заполните поле') : m));
  }
  if (out.topic && !draft.topic) out.topic = ['Тематика: выберите тематику проекта'];
  if (out.region && !draft.region) out.region = ['Регион: выберите регион из списка'];
  draft.budgetItems.forEach((item, i) => {
    const key = `budget.items.${i}.source`;
    if (out[key] && !item.source) out[key] = ['Источник: выберите источник средств'];
  });
  return out;
}

/** How the summary names a field: the row it is in, and the field unless the message names it. */
function summaryText(key: string, messages: readonly string[]): string {
  const text = messages.join(' ');
  const named = messages.every((m) => /^[^:]+: /.test(m));
  const row = rowLabel(key);
  if (row) return `${row} — ${text}`;
  return named ? text : `${labelFor(key)}: ${text}`;
}

function rowLabel(key: string): string | null {
  const row = /^(effect\.indicators|budget\.items|team)\.(\d+)\./.exec(key);
  if (!row) return null;
  const n = Number(row[2]) + 1;
  if (row[1] === 'team') return n === 1 ? 'Лидер проекта' : `Участник ${n}`;
  return row[1] === 'budget.items' ? `Статья бюджета ${n}` : `Показатель ${n}`;
}

function collectionOpen(round: Props['round'], now: Date): boolean {
  const phase = roundPhase(round, now);
  return phase.phase === 'during' && phase.current.kind === 'collection';
}

export default function ApplicationForm(props: Props) {
  const [draft, setDraft] = useState<ApplicationDraft>(emptyDraft);
  const [idempotencyKey, setIdempotencyKey] = useState('');
  const [open, setOpen] = useState(props.openAtBuild);
  const [restored, setRestored] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [serverKeys, setServerKeys] = useState<ReadonlySet<string>>(() => new Set());
  const [attempted, setAttempted] = useState(false);
  const [submission, setSubmission] = useState<Submission>({ state: 'idle' });
  const [summaryFocus, setSummaryFocus] = useState(0);
  const [hydrated, setHydrated] = useState(false);
  const [copied, setCopied] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const successRef = useRef<HTMLHeadingElement>(null);
  const honeypotRef = useRef<HTMLInputElement>(null);
  // A second click before React re-renders must not send a second request.
  const inFlight = useRef(false);

  const schema = useMemo(
    () => applicationSchema({ maxTeamSize: props.maxTeamSize, topics: props.topics.map((t) => t.slug), videoHosts: props.videoHosts }),
    [props.maxTeamSize, props.topics, props.videoHosts],
  );
  const collection = stageOfKind(props.round, 'collection');

  // The browser's clock decides whether the window is open; the draft comes back from storage.
  useEffect(() => {
    setOpen(collectionOpen(props.round, new Date()));
    const stored = loadDraft(window.localStorage);
    if (stored) {
      setDraft(stored.draft);
      setIdempotencyKey(stored.idempotencyKey);
      setRestored(true);
    } else {
      setIdempotencyKey(newIdempotencyKey());
    }
    setHydrated(true);
  }, [props.round]);

  useEffect(() => {
    if (summaryFocus === 0 || !summaryRef.current) return;
    summaryRef.current.focus({ preventScroll: true });
    summaryRef.current.scrollIntoView({ block: 'start' });
  }, [summaryFocus]);

  useEffect(() => {
    if (submission.state === 'done') successRef.current?.focus();
  }, [submission.state]);

  const validate = (d: ApplicationDraft): FieldErrors => {
    const result = schema.safeParse(toApplicationInput(d));
    if (result.success) return {};
    return friendlierMessages(issuesToFieldErrors(result.error.issues, new Set(formFieldKeys(d))), d);
  };

  /**
   * Applies a change to the draft, keeps it, and refreshes the messages of fields already flagged.
   * After a row is added or removed (`structural`) the row keys have shifted, so every message is
   * recomputed — except those of a row just added (`newRow`), which the person has not filled yet.
   */
  const change = (changedKey: string, mutate: (d: ApplicationDraft) => ApplicationDraft, structural = false, newRow?: string) => {
    const next = mutate(draft);
    setDraft(next);
    if (idempotencyKey) saveDraft(window.localStorage, next, idempotencyKey);
    if (attempted) {
      const current = validate(next);
      if (structural) {
        setErrors(Object.fromEntries(Object.entries(current).filter(([key]) => !newRow || !key.startsWith(newRow))));
        setServerKeys(new Set());
      } else {
        setErrors(revalidatedErrors(errors, current, changedKey, serverKeys));
      }
    }
    if (submission.state === 'failed') setSubmission({ state: 'idle' });
  };

  const set = <K extends keyof ApplicationDraft>(field: K, errorKey: string) => (value: ApplicationDraft[K]) =>
    change(errorKey, (d) => ({ ...d, [field]: value }));

  const setRow = <G extends 'indicators' | 'budgetItems' | 'team'>(group: G, index: number, field: string, errorKey: string) => (value: string) =>
    change(errorKey, (d) => ({ ...d, [group]: d[group].map((row, i) => (i === index ? { ...row, [field]: value } : row)) }));

  const clearStoredDraft = () => {
    clearDraft(window.localStorage);
    setDraft(emptyDraft());
    setIdempotencyKey(newIdempotencyKey());
    setRestored(false);
    setErrors({});
    setAttempted(false);
    setSubmission({ state: 'idle' });
  };

  const showErrors = (next: FieldErrors, fromServer: ReadonlySet<string>) => {
    setErrors(next);
    setServerKeys(fromServer);
    setSummaryFocus((n) => n + 1);
  };

  const submit = async () => {
    if (inFlight.current) return;
    setAttempted(true);
    const found = validate(draft);
    if (Object.keys(found).length > 0) {
      setSubmission({ state: 'idle' });
      showErrors(found, new Set());
      return;
    }
    setErrors({});
    setSubmission({ state: 'sending' });
    inFlight.current = true;
    try {
      await send();
    } finally {
      inFlight.current = false;
    }
  };

  const send = async () => {
    let response: Response;
    try {
      response = await fetch(props.action, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'Idempotency-Key': idempotencyKey },
        body: JSON.stringify({ ...toApplicationInput(draft), website: honeypotRef.current?.value ?? '' }),
      });
    } catch {
      setSubmission({ state: 'failed', message: 'Нет связи с сервером. Черновик сохранён: проверьте подключение и отправьте ещё раз.' });
      setSummaryFocus((n) => n + 1);
      return;
    }
    const body = (await response.json().catch(() => null)) as (SuccessBody & ErrorBody) | null;
    if (response.ok && body && typeof body.reference === 'string' && typeof body.statusUrl === 'string') {
      clearDraft(window.localStorage);
      setRestored(false);
      setSubmission({ state: 'done', reference: body.reference, statusUrl: body.statusUrl });
      return;
    }
    const error = body?.error;
    if (response.status === 422 && error) {
      const keys = new Set(formFieldKeys(draft));
      const fromServer = serverFieldErrors(error.details, keys);
      if (Object.keys(fromServer).length > 0) {
        setSubmission({ state: 'idle' });
        showErrors(fromServer, new Set(Object.keys(fromServer)));
        return;
      }
    }
    const fallback: Record<number, string> = {
      400: 'Сервер не смог прочитать заявку. Обновите страницу и отправьте ещё раз: черновик сохранён.',
      403: 'Приём заявок закрыт.',
      413: 'Заявка слишком большая: сократите самые длинные тексты.',
      429: 'Слишком много попыток. Подождите минуту и отправьте ещё раз.',
      503: 'Сервис временно недоступен. Черновик сохранён: попробуйте через несколько минут.',
    };
    const message = error?.message || fallback[response.status] || `Не удалось отправить заявку (ошибка ${response.status}). Черновик сохранён: попробуйте ещё раз.`;
    setSubmission({ state: 'failed', message });
    setSummaryFocus((n) => n + 1);
  };

  if (!open) {
    const start = collection ? formatDate(collection.startDate) : null;
    const end = collection ? formatDate(collection.endDate) : null;
    const before = collection ? roundPhase(props.round, new Date()).phase === 'before' : false;
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

  if (submission.state === 'done') {
    return (
      <section className="application-success" data-application-success aria-labelledby="application-success-heading">
        <h2 id="application-success-heading" ref={successRef} tabIndex={-1}>
          Заявка отправлена
        </h2>
        <p>Номер заявки</p>
        <p className="application-reference" data-application-reference>
          {submission.reference}
        </p>
        <p>
          <strong>Скопируйте ссылку: по ней можно узнать статус заявки.</strong> Ссылка личная — не публикуйте её.
        </p>
        <p className="status-link">
          <a href={submission.statusUrl} data-status-link>
            {submission.statusUrl}
          </a>
        </p>
        <p>
          <button
            type="button"
            className="button button--ghost"
            onClick={() => {
              void navigator.clipboard?.writeText(submission.statusUrl).then(() => setCopied(true), () => setCopied(false));
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

  const errorKeys = orderedErrorKeys(errors, formFieldKeys(draft));
  const sum = budgetSum(draft.budgetItems);
  const total = parseNumber(draft.budgetTotal);
  const teamFull = draft.team.length >= props.maxTeamSize;
  const sending = submission.state === 'sending';

  const field = (key: string) => ({ id: fieldId(key), errors: errors[key], errorKey: key });

  return (
    <form
      id={fieldId('')}
      tabIndex={-1}
      className="application-form"
      method="post"
      action={props.action}
      noValidate
      aria-describedby="application-intro"
      data-form-ready={hydrated ? 'true' : 'false'}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <p id="application-intro" className="hint">
        Все поля обязательны, кроме отмеченных «необязательно». Черновик сохраняется в этом браузере при каждом изменении.
      </p>

      {restored && (
        <p className="draft-notice" data-draft-restored>
          Черновик восстановлен ·{' '}
          <button type="button" className="link-button" onClick={clearStoredDraft}>
            Очистить черновик
          </button>
        </p>
      )}

      {(errorKeys.length > 0 || submission.state === 'failed') && (
        <div className="error-summary" role="alert" aria-labelledby="error-summary-heading" tabIndex={-1} ref={summaryRef} data-error-summary>
          <h2 id="error-summary-heading">{errorKeys.length > 0 ? 'Проверьте заявку' : 'Заявка не отправлена'}</h2>
          {submission.state === 'failed' && <p>{submission.message}</p>}
          {errorKeys.length > 0 && (
            <ul>
              {errorKeys.map((key) => {
                return (
                  <li key={key}>
                    <a
                      href={`#${fieldId(key)}`}
                      onClick={(e) => {
                        const target = document.getElementById(fieldId(key));
                        if (!target) return;
                        e.preventDefault();
                        target.focus();
                        target.scrollIntoView({ block: 'center' });
                      }}
                    >
                      {summaryText(key, errors[key] ?? [])}
                    </a>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}

      <fieldset className="form-group">
        <legend>О проекте</legend>
        <TextField {...field('title')} label="Название проекта" hint="От 5 до 150 символов: коротко и понятно жителям." value={draft.title} onChange={set('title', 'title')} />
        <SelectField {...field('topic')} label="Тематика" hint="Проект относится к одной тематике отбора." value={draft.topic} onChange={set('topic', 'topic')}>
          <option value="">Выберите тематику</option>
          {props.topics.map((t) => (
            <option key={t.slug} value={t.slug}>
              {t.title}
            </option>
          ))}
        </SelectField>
        <TextField {...field('city')} label="Город" hint="Город или посёлок, где будет реализован проект." value={draft.city} onChange={set('city', 'city')} autoComplete="address-level2" />
        <SelectField {...field('region')} label="Регион" hint="Субъект Российской Федерации." value={draft.region} onChange={set('region', 'region')}>
          <option value="">Выберите регион</option>
          {RUSSIAN_REGIONS.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </SelectField>
        <TextField {...field('description')} multiline label="Краткое описание проекта" hint="Что вы сделаете и для кого: от 50 до 3000 символов." value={draft.description} onChange={set('description', 'description')} />
        <TextField {...field('problem')} multiline label="Проблема, которую решает проект" hint="Что мешает жителям сейчас и почему это важно для города: от 50 до 3000 символов." value={draft.problem} onChange={set('problem', 'problem')} />
        <TextField {...field('audience')} multiline label="Целевая аудитория" hint="Кто будет пользоваться результатом проекта: от 10 до 2000 символов." value={draft.audience} onChange={set('audience', 'audience')} />
      </fieldset>

      <fieldset className="form-group">
        <legend>Социально-экономический эффект</legend>
        <TextField {...field('effect.text')} multiline label="Планируемый эффект" hint="Что изменится в городе после проекта: от 20 до 3000 символов." value={draft.effectText} onChange={set('effectText', 'effect.text')} />
        <GroupErrors id={fieldId('effect.indicators')} title="Измеримые показатели" errors={errors['effect.indicators']} hint="Как вы поймёте, что эффект достигнут: от 1 до 10 показателей." />
        {draft.indicators.map((row, i) => (
          <div className="form-row" key={row.uid} data-indicator-row={i}>
            <p className="row-title">Показатель {i + 1}</p>
            <TextField {...field(`effect.indicators.${i}.name`)} label="Название показателя" hint="Например: посетителей в месяц." value={row.name} onChange={setRow('indicators', i, 'name', `effect.indicators.${i}.name`)} />
            <TextField {...field(`effect.indicators.${i}.unit`)} label="Единица измерения" hint="Например: человек, %, мест." value={row.unit} onChange={setRow('indicators', i, 'unit', `effect.indicators.${i}.unit`)} />
            <div className="form-pair">
              <TextField {...field(`effect.indicators.${i}.baseline`)} label="Сейчас" hint="Исходное значение, число." inputMode="decimal" value={row.baseline} onChange={setRow('indicators', i, 'baseline', `effect.indicators.${i}.baseline`)} />
              <TextField {...field(`effect.indicators.${i}.target`)} label="Цель" hint="Целевое значение, число." inputMode="decimal" value={row.target} onChange={setRow('indicators', i, 'target', `effect.indicators.${i}.target`)} />
            </div>
            {draft.indicators.length > 1 && (
              <button type="button" className="link-button" onClick={() => change('effect.indicators', (d) => ({ ...d, indicators: d.indicators.filter((_, j) => j !== i) }), true)}>
                Удалить показатель {i + 1}
              </button>
            )}
          </div>
        ))}
        <AddButton
          label="Добавить показатель"
          disabled={draft.indicators.length >= MAX_INDICATORS}
          limitText={`Не больше ${MAX_INDICATORS} показателей.`}
          id="indicators-limit"
          onClick={() => change('effect.indicators', (d) => ({ ...d, indicators: [...d.indicators, emptyIndicator()] }), true, `effect.indicators.${draft.indicators.length}.`)}
        />
      </fieldset>

      <fieldset className="form-group">
        <legend>Бюджет проекта</legend>
        <TextField {...field('budget.total')} label="Общий бюджет, ₽" hint="В целых рублях; должен быть равен сумме статей." inputMode="numeric" value={draft.budgetTotal} onChange={set('budgetTotal', 'budget.total')} />
        <GroupErrors id={fieldId('budget.items')} title="Статьи расходов" errors={errors['budget.items']} hint="На что пойдут деньги и откуда они: от 1 до 30 статей." />
        {draft.budgetItems.map((row, i) => (
          <div className="form-row" key={row.uid} data-budget-row={i}>
            <p className="row-title">Статья {i + 1}</p>
            <TextField {...field(`budget.items.${i}.item`)} label="Статья расходов" hint="Например: ремонт кровли." value={row.item} onChange={setRow('budgetItems', i, 'item', `budget.items.${i}.item`)} />
            <div className="form-pair">
              <TextField {...field(`budget.items.${i}.amount`)} label="Сумма, ₽" hint="В целых рублях." inputMode="numeric" value={row.amount} onChange={setRow('budgetItems', i, 'amount', `budget.items.${i}.amount`)} />
              <SelectField {...field(`budget.items.${i}.source`)} label="Источник" hint="Откуда средства." value={row.source} onChange={setRow('budgetItems', i, 'source', `budget.items.${i}.source`)}>
                <option value="">Выберите источник</option>
                {BUDGET_ITEM_SOURCES.map((s) => (
                  <option key={s} value={s}>
                    {BUDGET_ITEM_SOURCE_LABELS[s]}
                  </option>
                ))}
              </SelectField>
            </div>
            {draft.budgetItems.length > 1 && (
              <button type="button" className="link-button" onClick={() => change('budget.items', (d) => ({ ...d, budgetItems: d.budgetItems.filter((_, j) => j !== i) }), true)}>
                Удалить статью {i + 1}
              </button>
            )}
          </div>
        ))}
        <p className="budget-sum" aria-live="polite" data-budget-sum={sum} data-budget-match={typeof total === 'number' && total === sum ? 'true' : 'false'}>
          Сумма статей: {formatNumber(sum)}&nbsp;₽
          {typeof total === 'number'
            ? total === sum
              ? ' — совпадает с общим бюджетом.'
              : ` — общий бюджет ${formatNumber(total)}\u00a0₽, разница ${formatNumber(Math.abs(total - sum))}\u00a0₽.`
            : '.'}
        </p>
        <AddButton
          label="Добавить статью"
          disabled={draft.budgetItems.length >= MAX_BUDGET_ITEMS}
          limitText={`Не больше ${MAX_BUDGET_ITEMS} статей.`}
          id="budget-limit"
          onClick={() => change('budget.items', (d) => ({ ...d, budgetItems: [...d.budgetItems, emptyBudgetItem()] }), true, `budget.items.${draft.budgetItems.length}.`)}
        />
      </fieldset>

      <fieldset className="form-group">
        <legend>Видеоролик о команде</legend>
        <TextField
          {...field('videoUrl')}
          label="Ссылка на видеоролик"
          hint={`Ссылка https:// на один из сервисов: ${props.videoHosts.join(', ')}.`}
          type="url"
          inputMode="url"
          value={draft.videoUrl}
          onChange={set('videoUrl', 'videoUrl')}
        />
      </fieldset>

      <fieldset className="form-group">
        <legend>Резюме лидера проекта</legend>
        <TextField {...field('leaderCv.education')} multiline label="Образование" hint="Учебные заведения, специальность, курсы: от 10 символов." value={draft.cvEducation} onChange={set('cvEducation', 'leaderCv.education')} />
        <TextField {...field('leaderCv.experience')} multiline label="Опыт работы" hint="Где и чем вы занимались, какими проектами руководили: от 10 символов." value={draft.cvExperience} onChange={set('cvExperience', 'leaderCv.experience')} />
        <TextField {...field('leaderCv.achievements')} multiline label="Достижения" hint="Результаты, которыми вы гордитесь: от 10 символов." value={draft.cvAchievements} onChange={set('cvAchievements', 'leaderCv.achievements')} />
        <TextField {...field('leaderCv.profileUrl')} label="Ссылка на профиль (необязательно)" hint="Страница или портфолио, https://." type="url" inputMode="url" value={draft.cvProfileUrl} onChange={set('cvProfileUrl', 'leaderCv.profileUrl')} />
      </fieldset>

      <fieldset className="form-group">
        <legend>Команда проекта</legend>
        <GroupErrors id={fieldId('team')} title={`От 1 до ${props.maxTeamSize} человек`} errors={errors.team} hint="Первый участник — лидер проекта." />
        {draft.team.map((row, i) => (
          <div className="form-row" key={row.uid} data-team-row={i}>
            <p className="row-title">{i === 0 ? 'Лидер проекта' : `Участник ${i + 1}`}</p>
            <TextField {...field(`team.${i}.name`)} label="Имя и фамилия" hint="Как в документах." autoComplete={i === 0 ? 'name' : 'off'} value={row.name} onChange={setRow('team', i, 'name', `team.${i}.name`)} />
            <TextField {...field(`team.${i}.role`)} label="Роль в проекте" hint={i === 0 ? 'Например: лидер проекта.' : 'Например: архитектор, менеджер.'} value={row.role} onChange={setRow('team', i, 'role', `team.${i}.role`)} />
            <TextField {...field(`team.${i}.competences`)} multiline label="Компетенции" hint="Что умеет и что делает в проекте." value={row.competences} onChange={setRow('team', i, 'competences', `team.${i}.competences`)} />
            {i > 0 && (
              <button type="button" className="link-button" onClick={() => change('team', (d) => ({ ...d, team: d.team.filter((_, j) => j !== i) }), true)}>
                Удалить участника {i + 1}
              </button>
            )}
          </div>
        ))}
        <AddButton
          label="Добавить участника"
          disabled={teamFull}
          limitText={`В команде не больше ${props.maxTeamSize} человек, включая лидера: таково условие отбора.`}
          id="team-limit"
          onClick={() => change('team', (d) => ({ ...d, team: [...d.team, emptyTeamMember()] }), true, `team.${draft.team.length}.`)}
        />
      </fieldset>

      <fieldset className="form-group">
        <legend>Контакты лидера</legend>
        <p className="hint" id="contacts-private">
          Контакты видят только организаторы отбора: они никогда не публикуются на сайте.
        </p>
        <TextField {...field('contacts.email')} label="Электронная почта" hint="На неё придёт подтверждение и ссылка на статус заявки." type="email" inputMode="email" autoComplete="email" value={draft.email} onChange={set('email', 'contacts.email')} />
        <TextField {...field('contacts.phone')} label="Телефон" hint="Например: +7 912 345-67-89." type="tel" inputMode="tel" autoComplete="tel" value={draft.phone} onChange={set('phone', 'contacts.phone')} />
      </fieldset>

      <div className="honeypot" aria-hidden="true">
        <label htmlFor="application-website">Не заполняйте это поле</label>
        <input id="application-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" ref={honeypotRef} />
      </div>

      <div className={`form-field form-field--check${errors.consent ? ' form-field--invalid' : ''}`} data-field="consent">
        {errors.consent && (
          <p className="field-error" id={`${fieldId('consent')}-error`}>
            {errors.consent.join(' ')}
          </p>
        )}
        <input
          id={fieldId('consent')}
          name="consent"
          type="checkbox"
          checked={draft.consent}
          aria-invalid={errors.consent ? true : undefined}
          aria-describedby={`${fieldId('consent')}-hint${errors.consent ? ` ${fieldId('consent')}-error` : ''}`}
          onChange={(e) => set('consent', 'consent')(e.target.checked)}
        />
        <label htmlFor={fieldId('consent')}>Согласен(на) на обработку персональных данных</label>
        <p className="hint" id={`${fieldId('consent')}-hint`}>
          В соответствии с Федеральным законом от 27.07.2006 № 152-ФЗ «О персональных данных» я даю согласие организатору программы ({props.organiser}) на обработку
          персональных данных, указанных в заявке (имена участников команды, резюме и контакты лидера), в целях рассмотрения заявки на участие в
          отборе, связи со мной по заявке и сообщения о её статусе. Контакты и резюме не публикуются. Согласие можно отозвать, написав
          организатору.
        </p>
      </div>

      <p className="visually-hidden" role="status" aria-live="polite">
        {sending ? 'Отправляем заявку…' : ''}
      </p>
      <button type="submit" className="button" disabled={!hydrated} aria-disabled={sending ? true : undefined} data-submitting={sending ? 'true' : 'false'}>
        {sending ? 'Отправляем…' : 'Отправить заявку'}
      </button>
    </form>
  );
}

interface FieldProps {
  id: string;
  label: string;
  hint: string;
  errors: string[] | undefined;
  errorKey: string;
  value: string;
  onChange: (value: string) => void;
}

function describedBy(id: string, errors: string[] | undefined): string {
  return `${id}-hint${errors?.length ? ` ${id}-error` : ''}`;
}

function FieldShell(props: { id: string; label: string; hint: string; errors: string[] | undefined; errorKey: string; children: ReactNode }) {
  const invalid = Boolean(props.errors?.length);
  return (
    <div className={`form-field${invalid ? ' form-field--invalid' : ''}`} data-field={props.errorKey}>
      <label htmlFor={props.id}>{props.label}</label>
      <p className="hint" id={`${props.id}-hint`}>
        {props.hint}
      </p>
      {invalid && (
        <p className="field-error" id={`${props.id}-error`}>
          {props.errors!.join(' ')}
        </p>
      )}
      {props.children}
    </div>
  );
}

function TextField(
  props: FieldProps & { multiline?: boolean; type?: 'text' | 'email' | 'tel' | 'url'; inputMode?: 'text' | 'numeric' | 'decimal' | 'email' | 'tel' | 'url'; autoComplete?: string },
) {
  const common = {
    id: props.id,
    name: props.errorKey,
    value: props.value,
    'aria-invalid': props.errors?.length ? true : undefined,
    'aria-describedby': describedBy(props.id, props.errors),
  };
  return (
    <FieldShell {...props}>
      {props.multiline ? (
        <textarea {...common} rows={4} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          type={props.type ?? 'text'}
          inputMode={props.inputMode}
          autoComplete={props.autoComplete ?? 'off'}
          spellCheck={props.type === 'url' || props.type === 'email' ? false : undefined}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </FieldShell>
  );
}

function SelectField(props: FieldProps & { children: ReactNode }) {
  return (
    <FieldShell {...props}>
      <select
        id={props.id}
        name={props.errorKey}
        value={props.value}
        aria-invalid={props.errors?.length ? true : undefined}
        aria-describedby={describedBy(props.id, props.errors)}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.children}
      </select>
    </FieldShell>
  );
}

/** The heading of a list (indicators, budget items, team) and the messages about the list as a whole. */
function GroupErrors(props: { id: string; title: string; hint: string; errors: string[] | undefined }) {
  return (
    <div className="form-group-head" id={props.id} tabIndex={-1} data-field-group>
      <p className="group-title">{props.title}</p>
      <p className="hint">{props.hint}</p>
      {props.errors?.length ? <p className="field-error">{props.errors.join(' ')}</p> : null}
    </div>
  );
}

function AddButton(props: { label: string; disabled: boolean; limitText: string; id: string; onClick: () => void }) {
  return (
    <p className="add-row">
      <button type="button" className="button button--ghost" disabled={props.disabled} aria-describedby={props.disabled ? props.id : undefined} onClick={props.onClick}>
        {props.label}
      </button>
      {props.disabled && (
        <span className="hint" id={props.id}>
          {' '}
          {props.limitText}
        </span>
      )}
    </p>
  );
}

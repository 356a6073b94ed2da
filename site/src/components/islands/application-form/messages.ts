// How the application form words its messages: the schema's messages made friendlier for a person
// at the form, the summary's line for each field, and what a failed submission says.
import { toApplicationInput, type ApplicationDraft } from '../../../lib/application-draft.ts';
import type { FieldErrors } from '../../../lib/application-errors.ts';

const LABELS: Record<string, string> = {
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

/** The name of a field (outside the rows) for the summary, when its message does not say it. */
export function labelFor(key: string): string {
  return LABELS[key] ?? key;
}

/** The value at a dotted key of the application body («team.0.name»). */
function valueAt(input: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((value, part) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined), input);
}

/**
 * The schema's messages, worded for a person at the form: an empty field is asked to be filled
 * («заполните поле», not «не короче 50 символов»), a select left at «Выберите…» to be chosen.
 */
export function friendlierMessages(errors: FieldErrors, draft: ApplicationDraft): FieldErrors {
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
export function summaryText(key: string, messages: readonly string[]): string {
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

export const NO_CONNECTION = 'Нет связи с сервером. Черновик сохранён: проверьте подключение и отправьте ещё раз.';

const FAILURES: Record<number, string> = {
  400: 'Сервер не смог прочитать заявку. Обновите страницу и отправьте ещё раз: черновик сохранён.',
  403: 'Приём заявок закрыт.',
  413: 'Заявка слишком большая: сократите самые длинные тексты.',
  429: 'Слишком много попыток. Подождите минуту и отправьте ещё раз.',
  503: 'Сервис временно недоступен. Черновик сохранён: попробуйте через несколько минут.',
};

/** What the summary says when the function refused the application: its own message, else one by status. */
export function failureMessage(status: number, message: string | undefined): string {
  return message || FAILURES[status] || `Не удалось отправить заявку (ошибка ${status}). Черновик сохранён: попробуйте ещё раз.`;
}

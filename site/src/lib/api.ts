// Talking to the functions on this origin. They answer every refusal in one shape,
// `{ error: { status, name, message, details: { fields } } }`, with a Russian message; this turns any answer
// (or a failed request) into what the browser shows: the message, the messages per field, the wait.
import type { FieldErrors } from './application-errors.ts';
import { nouns, pluralize } from './plural.ts';

export interface ApiFailure {
  /** The HTTP status; 0 when the request never got an answer. */
  status: number;
  /** The machine name the site acts on (`CodeExpired`, `VotingClosed`…); `NetworkError` without an answer. */
  name: string;
  /** A sentence for the person. */
  message: string;
  /** Messages per field, from `details.fields`. */
  fields: FieldErrors;
  /** From the `retry-after` header (seconds), when the server sent one. */
  retryAfterSeconds: number | null;
}

export const NETWORK_FAILURE: ApiFailure = {
  status: 0,
  name: 'NetworkError',
  message: 'Нет связи с сервером. Проверьте подключение и попробуйте ещё раз.',
  fields: {},
  retryAfterSeconds: null,
};

/**
 * A span of time the way a person says it after «через» or «действует»: «45 секунд», «1 минуту»,
 * «10 минут». Under a minute in seconds, else in whole minutes rounded up (a wait is never shorter).
 */
export function durationText(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds));
  return s < 60 ? pluralize(s, nouns.secondAccusative) : pluralize(Math.ceil(s / 60), nouns.minuteAccusative);
}

function fallbackMessage(status: number, retryAfterSeconds: number | null): string {
  if (status === 401) return 'Подтвердите адрес электронной почты, чтобы продолжить.';
  if (status === 403) return 'Это действие сейчас недоступно.';
  if (status === 404) return 'Не найдено: возможно, страница устарела. Обновите её и попробуйте ещё раз.';
  if (status === 410) return 'Срок действия кода истёк. Запросите новый код.';
  if (status === 413) return 'Слишком длинный текст: сократите его.';
  if (status === 422 || status === 400) return 'Проверьте введённые данные.';
  if (status === 429) {
    return retryAfterSeconds ? `Слишком много попыток. Попробуйте через ${durationText(retryAfterSeconds)}.` : 'Слишком много попыток. Подождите минуту и попробуйте ещё раз.';
  }
  if (status >= 500) return 'Сервис временно недоступен. Попробуйте через несколько минут.';
  return `Не получилось (ошибка ${status}). Попробуйте ещё раз.`;
}

/** `retry-after` as seconds: a number of seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterSeconds(header: string | null, now: number): number | null {
  if (!header) return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

/** A refusal as the browser shows it; `body` comes from the network and is trusted for nothing. */
export function readApiFailure(status: number, body: unknown, retryAfter: string | null, now: number): ApiFailure {
  const error = body && typeof body === 'object' ? (body as { error?: unknown }).error : undefined;
  const e = error && typeof error === 'object' ? (error as Record<string, unknown>) : {};
  const wait = retryAfterSeconds(retryAfter, now);
  return {
    status,
    name: typeof e.name === 'string' && e.name ? e.name : `Http${status}`,
    message: typeof e.message === 'string' && e.message.trim() ? e.message.trim() : fallbackMessage(status, wait),
    fields: detailFields(e.details),
    retryAfterSeconds: wait,
  };
}

/** `details.fields` as lists of non-empty strings per field; anything else is dropped. */
function detailFields(details: unknown): FieldErrors {
  const raw = details && typeof details === 'object' ? (details as { fields?: unknown }).fields : undefined;
  const fields: FieldErrors = {};
  if (!raw || typeof raw !== 'object') return fields;
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const messages = (Array.isArray(value) ? value : [value]).filter((m): m is string => typeof m === 'string' && m.trim() !== '');
    if (messages.length) fields[key] = messages;
  }
  return fields;
}

export type ApiResult<T> = { ok: true; status: number; data: T } | { ok: false; error: ApiFailure };

/** The minimal fetch the clients need, so that tests can pass a stub. */
export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

const BAD_ANSWER = 'Сервер ответил непонятно. Обновите страницу и попробуйте ещё раз.';

/**
 * One JSON request to a function on this origin: the body sent as JSON, a success parsed with
 * `schema` (a success the schema refuses is a failure too), any refusal read by `readApiFailure`.
 */
export async function requestJson<T>(
  fetchImpl: Fetch,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  body: unknown,
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } },
  now: () => number = Date.now,
): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method,
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    return { ok: false, error: NETWORK_FAILURE };
  }
  const json: unknown = await response.json().catch(() => undefined);
  if (!response.ok) return { ok: false, error: readApiFailure(response.status, json, response.headers.get('retry-after'), now()) };
  const parsed = schema.safeParse(json);
  if (!parsed.success) return { ok: false, error: { status: response.status, name: 'BadAnswer', message: BAD_ANSWER, fields: {}, retryAfterSeconds: null } };
  return { ok: true, status: response.status, data: parsed.data };
}

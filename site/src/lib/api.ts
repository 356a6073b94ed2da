// Talking to the functions on this origin. They answer every refusal in one shape,
// `{ error: { status, name, message, details: { fields } } }`, with a Russian message; this turns any answer
// (or a failed request) into what the browser shows: the message, the messages per field, the wait.
import { detailFields, type FieldErrors } from './application-errors.ts';
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

/**
 * What the browser says for a refusal, by HTTP status, when the answer has no message of its own
 * (the functions always send one; a proxy or the CDN may not). 429 and 5xx are below.
 */
const STATUS_MESSAGES: Readonly<Record<number, string>> = {
  400: 'Проверьте введённые данные.',
  401: 'Подтвердите адрес электронной почты, чтобы продолжить.',
  403: 'Это действие сейчас недоступно.',
  404: 'Не найдено: возможно, страница устарела. Обновите её и попробуйте ещё раз.',
  410: 'Срок действия кода истёк. Запросите новый код.',
  413: 'Слишком длинный текст: сократите его.',
  422: 'Проверьте введённые данные.',
};

function fallbackMessage(status: number, retryAfterSeconds: number | null): string {
  if (status === 429) {
    return retryAfterSeconds ? `Слишком много попыток. Попробуйте через ${durationText(retryAfterSeconds)}.` : 'Слишком много попыток. Подождите минуту и попробуйте ещё раз.';
  }
  if (STATUS_MESSAGES[status]) return STATUS_MESSAGES[status];
  if (status >= 500) return 'Сервис временно недоступен. Попробуйте через несколько минут.';
  return `Не получилось (ошибка ${status}). Попробуйте ещё раз.`;
}

/**
 * An endpoint's own sentences, in place of the server's message: by status (0: no answer), and
 * `other` for any other status (an answer the schema refused included). For a page whose one
 * request means one thing (the status page: a 404 is a mistyped link), where the general words would say less.
 */
export interface EndpointMessages {
  [status: number]: string;
  other?: (status: number) => string;
}

function withEndpointMessages(error: ApiFailure, messages: EndpointMessages | undefined): ApiFailure {
  const message = messages?.[error.status] ?? (error.status === 0 ? undefined : messages?.other?.(error.status));
  return message ? { ...error, message } : error;
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

export type ApiResult<T> = { ok: true; status: number; data: T } | { ok: false; error: ApiFailure };

/** The minimal fetch the clients need, so that tests can pass a stub. */
export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

const BAD_ANSWER = 'Сервер ответил непонятно. Обновите страницу и попробуйте ещё раз.';

/**
 * One JSON request to a function on this origin: the body sent as JSON, a success parsed with
 * `schema` (a success the schema refuses is a failure too), any refusal read by `readApiFailure`
 * and worded by `messages` where the endpoint has its own.
 */
export async function requestJson<T>(
  fetchImpl: Fetch,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  body: unknown,
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } },
  now: () => number = Date.now,
  messages?: EndpointMessages,
): Promise<ApiResult<T>> {
  const fail = (error: ApiFailure): ApiResult<T> => ({ ok: false, error: withEndpointMessages(error, messages) });
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method,
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    return fail(NETWORK_FAILURE);
  }
  const json: unknown = await response.json().catch(() => undefined);
  if (!response.ok) return fail(readApiFailure(response.status, json, response.headers.get('retry-after'), now()));
  const parsed = schema.safeParse(json);
  if (!parsed.success) return fail({ status: response.status, name: 'BadAnswer', message: BAD_ANSWER, fields: {}, retryAfterSeconds: null });
  return { ok: true, status: response.status, data: parsed.data };
}

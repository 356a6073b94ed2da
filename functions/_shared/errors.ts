import type { ApiError, ApiErrorName } from '@portal/schema';

/**
 * The one error shape of every function: Strapi's `{ error: { status, name, message, details } }`,
 * so the browser decodes CMS and function errors alike; the names are the shared list
 * (@portal/schema api-errors). Messages are Russian and say how to fix. A refusal whose details say how
 * long to wait (`retryAfter`, seconds: every 429) carries the `retry-after` header too.
 */
export function errorResponse(
  status: number,
  name: ApiErrorName,
  message: string,
  details: ApiError['error']['details'] = {},
  headers: Record<string, string> = {},
): Response {
  const body: ApiError = { error: { status, name, message, details } };
  const retry = details.retryAfter;
  const wait: Record<string, string> = typeof retry === 'number' ? { 'retry-after': String(retry) } : {};
  return json(body, status, { ...wait, ...headers });
}

export function json(body: unknown, status = 200, headers: HeadersInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });
}

/**
 * Thrown by helpers; `toResponse` turns it into the error shape. Plain fields rather than parameter
 * properties: the local front proxy (scripts/lib/services.ts) loads this file with Node's type
 * stripping, which accepts only erasable syntax.
 */
export class HttpError extends Error {
  readonly status: number;
  readonly errorName: ApiErrorName;
  readonly details: ApiError['error']['details'];

  constructor(status: number, errorName: ApiErrorName, message: string, details: ApiError['error']['details'] = {}) {
    super(message);
    this.status = status;
    this.errorName = errorName;
    this.details = details;
  }

  toResponse(): Response {
    return errorResponse(this.status, this.errorName, this.message, this.details);
  }
}

/**
 * 413 for a request body over a limit, given as it reads to a person («64 КБ», «6 МБ»). Used by
 * readJson (body.ts) and by the local front proxy that stands in for production's 6 MB limit.
 */
export function payloadTooLarge(limit: string): HttpError {
  return new HttpError(413, 'PayloadTooLargeError', `Запрос слишком большой: не более ${limit}.`);
}

/** 429: too many requests from one client; `seconds` is how long to wait, in the details and the `retry-after` header. */
export function tooManyRequests(message: string, seconds: number): HttpError {
  return new HttpError(429, 'RateLimitError', message, { retryAfter: seconds });
}

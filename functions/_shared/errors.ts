import type { ApiError } from '@portal/schema';
import type { z } from 'zod';

/**
 * The one error shape of every function: Strapi's `{ error: { status, name, message, details } }`,
 * so the browser decodes CMS and function errors alike. Messages are Russian and say how to fix.
 */
export function errorResponse(
  status: number,
  name: string,
  message: string,
  details: ApiError['error']['details'] = {},
  headers: HeadersInit = {},
): Response {
  const body: ApiError = { error: { status, name, message, details } };
  return json(body, status, headers);
}

export function json(body: unknown, status = 200, headers: HeadersInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });
}

/** Zod issues as `{ "team.0.name": ["Укажите имя"] }`; the root of the body is `_`. */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_';
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

/**
 * Thrown by helpers; `toResponse` turns it into the error shape. Plain fields rather than parameter
 * properties: the local front proxy (scripts/lib/services.ts) loads this file with Node's type
 * stripping, which accepts only erasable syntax.
 */
export class HttpError extends Error {
  readonly status: number;
  readonly errorName: string;
  readonly details: ApiError['error']['details'];

  constructor(status: number, errorName: string, message: string, details: ApiError['error']['details'] = {}) {
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
  return new HttpError(413, 'PayloadTooLarge', `Запрос слишком большой: не более ${limit}.`);
}

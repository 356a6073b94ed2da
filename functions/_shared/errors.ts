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

/** Thrown by helpers; `toResponse` turns it into the error shape. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly errorName: string,
    message: string,
    readonly details: ApiError['error']['details'] = {},
  ) {
    super(message);
  }

  toResponse(): Response {
    return errorResponse(this.status, this.errorName, this.message, this.details);
  }
}

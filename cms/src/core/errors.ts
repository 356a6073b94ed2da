import { errors } from '@strapi/utils';
import type { ApiErrorName } from '@portal/schema';

/**
 * The CMS's refusals, for every route and document middleware of the portal (voting, applications,
 * the expert selection): an HTTP status, a machine name the functions and the site act on
 * (CodeExpired, VotingClosed, ValidationError…), a Russian message for the person. The CMS never
 * answers 401/403 for these (the functions read a 401/403 from the CMS as "our token is wrong"); the
 * functions map the names to the statuses the browser sees.
 */
export class Refusal extends Error {
  readonly status: number;
  readonly errorName: ApiErrorName;
  readonly details: Record<string, unknown>;

  constructor(status: number, errorName: ApiErrorName, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.status = status;
    this.errorName = errorName;
    this.details = details;
  }
}

/** A refusal in Strapi's error shape, as the functions read it. */
export const refusalBody = (e: Refusal) => ({ data: null, error: { status: e.status, name: e.errorName, message: e.message, details: e.details } });

/** Field errors in the contract's shape. */
export function invalid(fields: Record<string, string[]>): Refusal {
  return new Refusal(400, 'ValidationError', Object.values(fields).flat().join('; '), { fields });
}

/** Runs a handler; a refusal becomes Strapi's error shape with its status, anything else propagates (500). */
export async function answer(ctx: any, handler: () => Promise<{ status?: number; body: unknown }>): Promise<void> {
  try {
    const { status, body } = await handler();
    ctx.status = status ?? 200;
    ctx.body = body;
  } catch (e) {
    if (!(e instanceof Refusal)) throw e;
    ctx.status = e.status;
    if (e.details.retryAfter) ctx.set('retry-after', String(e.details.retryAfter));
    ctx.body = refusalBody(e);
  }
}

/** An editor's save refused in the admin panel: one field, one Russian message (HTTP 400, nothing written). */
export function fieldRefusal(field: string, message: string): errors.ValidationError {
  return new errors.ValidationError(message, { errors: [{ path: [field], message, name: 'ValidationError' }] });
}

/** Unique-constraint violations, whatever says so: PostgreSQL, SQLite, or Strapi's own check of an
 *  attribute marked `unique` (a ValidationError naming the rule). */
export const isUniqueViolation = (e: any): boolean =>
  e?.code === '23505' ||
  e?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
  /UNIQUE constraint failed|duplicate key value/i.test(String(e?.message ?? '')) ||
  (e?.name === 'ValidationError' && /unique/i.test(JSON.stringify(e?.details ?? {})));

import { errors } from '@strapi/utils';

/**
 * A refusal of the voting routes: an HTTP status, a machine name the functions and the site act on
 * (CodeExpired, VotingClosed…), a Russian message for the resident. The CMS never answers 401/403
 * for these (the functions read a 401/403 from the CMS as "our token is wrong"); the functions map
 * the names to the statuses the browser sees.
 */
export class VotingRefusal extends Error {
  readonly status: number;
  readonly errorName: string;
  readonly details: Record<string, unknown>;

  constructor(status: number, errorName: string, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.status = status;
    this.errorName = errorName;
    this.details = details;
  }
}

/** Runs a handler; a refusal becomes Strapi's error shape with its status, anything else propagates (500). */
export async function answer(ctx: any, handler: () => Promise<{ status?: number; body: unknown }>): Promise<void> {
  try {
    const { status, body } = await handler();
    ctx.status = status ?? 200;
    ctx.body = body;
  } catch (e) {
    if (!(e instanceof VotingRefusal)) throw e;
    ctx.status = e.status;
    if (e.details.retryAfter) ctx.set('retry-after', String(e.details.retryAfter));
    ctx.body = { data: null, error: { status: e.status, name: e.errorName, message: e.message, details: e.details } };
  }
}

/** Field errors in the contract's shape. */
export function invalid(fields: Record<string, string[]>): VotingRefusal {
  return new VotingRefusal(400, 'ValidationError', Object.values(fields).flat().join('; '), { fields });
}

/** Zod issues as `{ "path.to.field": [messages] }`, optionally under a prefix. */
export function fieldsOf(issues: Array<{ path: PropertyKey[]; message: string }>, prefix?: string): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const i of issues) (fields[[prefix, ...i.path.map(String)].filter(Boolean).join('.') || '_'] ??= []).push(i.message);
  return fields;
}

/** An editor's save refused in the admin panel: one field, one Russian message (HTTP 400, nothing written). */
export function fieldRefusal(field: string, message: string): errors.ValidationError {
  return new errors.ValidationError(message, { errors: [{ path: [field], message, name: 'ValidationError' }] });
}

/** Unique-constraint violations, whatever the database says. */
export const isUniqueViolation = (e: any): boolean =>
  e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || /UNIQUE constraint failed|duplicate key value/i.test(String(e?.message ?? ''));

import { errors } from '@strapi/utils';
import { VotingRefusal, refusalBody } from './refusal';

export { VotingRefusal, fieldsOf, invalid, isUniqueViolation } from './refusal';

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
    ctx.body = refusalBody(e);
  }
}

/** An editor's save refused in the admin panel: one field, one Russian message (HTTP 400, nothing written). */
export function fieldRefusal(field: string, message: string): errors.ValidationError {
  return new errors.ValidationError(message, { errors: [{ path: [field], message, name: 'ValidationError' }] });
}


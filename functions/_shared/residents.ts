import { HttpError, errorResponse } from './errors.js';
import type { FunctionsEnv } from './env.js';
import { clearSessionCookie, readSession, type ResidentSession } from './session.js';

/**
 * What the browser sees for the CMS's refusals of votes and codes: the CMS never answers 401/403 to
 * the functions (that would read as a bad token), so the names carry the meaning.
 */
const STATUS_BY_NAME: Record<string, number> = {
  VotingClosed: 403,
  VoterVoided: 403,
  UnknownVoter: 401,
  SessionEnded: 401,
};

/** Refusals after which the cookie names nobody who may write: it is cleared. */
const ENDS_SESSION = new Set(['UnknownVoter', 'SessionEnded']);

/** Whether the CMS refused a session as one nobody may write with any more (voter gone, sessions ended). */
export const endsSession = (error: unknown): boolean => error instanceof HttpError && ENDS_SESSION.has(error.errorName);

export function residentError(error: HttpError): Response {
  const status = STATUS_BY_NAME[error.errorName] ?? error.status;
  const headers: Record<string, string> = {};
  const retry = (error.details as any)?.retryAfter;
  if (typeof retry === 'number') headers['retry-after'] = String(retry);
  if (endsSession(error)) headers['set-cookie'] = clearSessionCookie();
  return errorResponse(status, error.errorName, error.message, error.details, headers);
}

export function sessionSecret(env: FunctionsEnv): string {
  if (!env.SESSION_SECRET) throw new Error('SESSION_SECRET is not set');
  return env.SESSION_SECRET;
}

/** The signed-in resident, or a 401 answer telling them to confirm their email. */
export function requireResident(req: Request, env: FunctionsEnv): ResidentSession {
  const session = readSession(req, sessionSecret(env));
  if (!session) throw new HttpError(401, 'Unauthorized', 'Подтвердите адрес электронной почты, чтобы голосовать и предлагать доработки.');
  return session;
}

/** One catch for every resident function: 4xx pass through mapped, anything else is a 503 (never a 500). */
export function residentFailure(name: string, error: unknown, message = 'Сервис временно недоступен. Попробуйте через несколько минут.'): Response {
  if (error instanceof HttpError) return residentError(error);
  console.error(`${name} failed:`, error instanceof Error ? error.message : 'unknown error');
  return errorResponse(503, 'ServiceUnavailable', message);
}

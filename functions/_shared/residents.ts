import { HttpError } from './errors.js';
import type { FunctionsEnv } from './env.js';
import { readSession, type ResidentSession } from './session.js';

export function sessionSecret(env: FunctionsEnv): string {
  if (!env.SESSION_SECRET) throw new Error('SESSION_SECRET is not set');
  return env.SESSION_SECRET;
}

/** The signed-in resident, or a 401 answer telling them to confirm their email. */
export function requireResident(req: Request, env: FunctionsEnv): ResidentSession {
  const session = readSession(req, sessionSecret(env));
  if (!session) throw new HttpError(401, 'UnauthorizedError', 'Подтвердите адрес электронной почты, чтобы голосовать и предлагать доработки.');
  return session;
}

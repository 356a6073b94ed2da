import { HttpError } from './errors.js';
import type { FunctionsEnv } from './env.js';
import { readExpertSession } from './session.js';
import { sessionSecret } from './residents.js';

/** The signed-in expert's id, or a 401 asking them to use their emailed link. */
export function requireExpert(req: Request, env: FunctionsEnv): string {
  const session = readExpertSession(req, sessionSecret(env));
  if (!session) throw new HttpError(401, 'UnauthorizedError', 'Войдите в кабинет эксперта по личной ссылке из письма.');
  return session.sub;
}

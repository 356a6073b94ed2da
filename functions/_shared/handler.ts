import type { Config, Context } from '@netlify/functions';
import type { ApiErrorName } from '@portal/schema';
import type { z } from 'zod';
import { readJson } from './body.js';
import { HttpError, errorResponse, tooManyRequests } from './errors.js';
import { readEnv, type FunctionsEnv } from './env.js';
import { requireExpert } from './experts.js';
import type { RateLimiter } from './rate-limit.js';
import { requireResident } from './residents.js';
import { COOKIES, clearSessionCookie, type Purpose, type ResidentSession } from './session.js';

/**
 * The one request pipeline of the functions. Every function is `handler(config, spec)`, its
 * `config` a literal in its own file: Netlify reads it from the source, `rateLimit` (per IP a minute)
 * included, which holds at its edge (rate-limit.ts). A request goes through, in this order:
 *   method (config.method) → limits → auth → body (size, JSON, zod schema, honeypot) → limits
 *   marked `afterBody` → spec.run
 * and whatever is thrown on the way ends in the one error shape (errors.ts): an HttpError as the
 * refusal it is (the CMS's names mapped below), anything else logged without the request's content
 * and answered 503 with the function's Russian message — never a 500, never a stack.
 * A function whose order differs takes the same steps itself from `run` (call.read, call.limit,
 * call.resident, call.expert).
 */

/** A per-client limit: how long the client must wait (seconds), 0 when it may go on. */
export interface Limit {
  wait(ip: string, env: FunctionsEnv): number;
  /** The 429's Russian message for a wait of `seconds`. */
  message: string | ((seconds: number) => string);
  /** Counted after the body is read, so a malformed request does not use up the client's allowance. */
  afterBody?: boolean;
}

/** A limit of RateLimiter (rate-limit.ts); given as a function of the configuration, it is built on first use. */
export function perIp(limiter: RateLimiter | ((env: FunctionsEnv) => RateLimiter), message: Limit['message'], afterBody = false): Limit {
  const build = typeof limiter === 'function' ? limiter : () => limiter;
  let built: RateLimiter | null = null;
  return { wait: (ip, env) => (built ??= build(env)).hit(ip), message, afterBody };
}

export interface BodyRule<B> {
  /** The body's schema; a function of the configuration when its rules are configured. */
  schema: z.ZodType<B> | ((env: FunctionsEnv) => z.ZodType<B>);
  /** Largest accepted body in bytes. */
  maxBytes: number;
  /** The hidden form field `website` filled (by a bot): refused with this message; removed from the body otherwise. */
  honeypot?: string;
}

export interface Call<B> {
  readonly req: Request;
  /** The configuration, read when first needed (env.ts). */
  readonly env: FunctionsEnv;
  /** The client's IP address. */
  readonly ip: string;
  readonly params: Readonly<Record<string, string | undefined>>;
  /** The body read by `spec.body`. */
  readonly body: B;
  /** Reads and validates a JSON body (body.ts); refuses a filled honeypot. */
  read<T>(rule: BodyRule<T>): Promise<T>;
  /** Counts the request against `limit`; a 429 with the wait when over it. */
  limit(limit: Limit): void;
  /** The signed-in resident, or a 401. */
  resident(): ResidentSession;
  /** The signed-in expert's id, or a 401. */
  expert(): string;
}

export interface Spec<B> {
  /** Names the function in the log. */
  name: string;
  limits?: readonly Limit[];
  auth?: 'resident' | 'expert';
  body?: BodyRule<B>;
  /** The 503's message when something of ours or the CMS failed. */
  unavailable?: string;
  /** Answers a refusal its own way; undefined leaves it to the pipeline. */
  refusal?: (error: HttpError) => Response | undefined;
  run(call: Call<B>): Promise<Response>;
}

const UNAVAILABLE = 'Сервис временно недоступен. Попробуйте через несколько минут.';

export function handler<B = undefined>(config: Config, spec: Spec<B>): (req: Request, context?: Context) => Promise<Response> {
  const methods = config.method === undefined ? null : ([] as string[]).concat(config.method);
  return async (req, context) => {
    try {
      if (methods && !methods.includes(req.method)) throw methodNotAllowed();
      const call = new PipelineCall<B>(req, context);
      for (const limit of spec.limits ?? []) if (!limit.afterBody) call.limit(limit);
      if (spec.auth === 'resident') call.resident();
      if (spec.auth === 'expert') call.expert();
      if (spec.body) call.body = await call.read(spec.body);
      for (const limit of spec.limits ?? []) if (limit.afterBody) call.limit(limit);
      return await spec.run(call);
    } catch (error) {
      if (error instanceof HttpError) return spec.refusal?.(error) ?? refusalResponse(error);
      // Our own fault (configuration, an unexpected answer): logged without the request's content.
      console.error(`${spec.name} failed:`, error instanceof Error ? error.message : 'unknown error');
      return errorResponse(503, 'ServiceUnavailableError', spec.unavailable ?? UNAVAILABLE);
    }
  };
}

export const methodNotAllowed = () => new HttpError(405, 'MethodNotAllowedError', 'Метод не поддерживается.');

/** The steps are bound to the call, so `run` may destructure them (`run({ env, body, resident })`). */
class PipelineCall<B> implements Call<B> {
  readonly req: Request;
  readonly ip: string;
  readonly params: Readonly<Record<string, string | undefined>>;
  body = undefined as B;
  private session: ResidentSession | undefined;
  private expertId: string | undefined;

  constructor(req: Request, context: Context | undefined) {
    this.req = req;
    this.ip = context?.ip ?? 'unknown';
    this.params = context?.params ?? {};
  }

  get env(): FunctionsEnv {
    return readEnv();
  }

  read = async <T>({ schema, maxBytes, honeypot }: BodyRule<T>): Promise<T> => {
    const body = await readJson(this.req, typeof schema === 'function' ? schema(this.env) : schema, { maxBytes });
    if (honeypot !== undefined && body && typeof body === 'object') {
      const website = (body as { website?: unknown }).website;
      if (typeof website === 'string' && website.trim() !== '') throw new HttpError(400, 'BadRequestError', honeypot);
      delete (body as { website?: unknown }).website;
    }
    return body;
  };

  limit = ({ wait, message }: Limit): void => {
    const seconds = wait(this.ip, this.env);
    if (seconds > 0) throw tooManyRequests(typeof message === 'string' ? message : message(seconds), seconds);
  };

  resident = (): ResidentSession => (this.session ??= requireResident(this.req, this.env));

  expert = (): string => (this.expertId ??= requireExpert(this.req, this.env));
}

/**
 * What the browser sees for the CMS's refusals of votes, codes and reviews: the CMS never answers
 * 401/403 to the functions (that would read as a bad token), so the names carry the meaning; some
 * also mean the session cookie names nobody who may act any more, and clear it.
 */
const REFUSALS: Partial<Record<ApiErrorName, { status: number; name?: ApiErrorName; signOut?: Purpose }>> = {
  VotingClosed: { status: 403 },
  VoterVoided: { status: 403 },
  ScoringClosed: { status: 403 },
  UnknownVoter: { status: 401, signOut: 'resident' },
  SessionEnded: { status: 401, signOut: 'resident' },
  // A stale expert id (the expert was deactivated): signed out.
  UnknownExpert: { status: 401, name: 'UnauthorizedError', signOut: 'expert' },
};

/** Whether the CMS refused a resident's session as one nobody may write with any more (voter gone, sessions ended). */
export const endsSession = (error: unknown): boolean => error instanceof HttpError && REFUSALS[error.errorName]?.signOut === 'resident';

/** A refusal in the one error shape, the CMS's names mapped (above). */
export function refusalResponse(error: HttpError): Response {
  const rule = REFUSALS[error.errorName];
  const headers: Record<string, string> = rule?.signOut ? { 'set-cookie': clearSessionCookie(COOKIES[rule.signOut]) } : {};
  return errorResponse(rule?.status ?? error.status, rule?.name ?? error.errorName, error.message, error.details, headers);
}

// No imports: the voting modules' refusals, testable without loading Strapi.

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

/** The voter's votes were voided by a moderator: none is taken any more. */
export const voterVoided = () => new VotingRefusal(400, 'VoterVoided', 'Голоса с этого адреса аннулированы модератором и не принимаются.');

/** No voter behind the session (removed by a moderator, or never created). */
export const unknownVoter = () => new VotingRefusal(400, 'UnknownVoter', 'Подтвердите почту ещё раз, чтобы голосовать.');

/** The session is older than the voter's last «Выйти на всех устройствах». */
export const sessionEnded = () => new VotingRefusal(400, 'SessionEnded', 'Вы вышли на всех устройствах. Подтвердите почту ещё раз, чтобы голосовать и предлагать доработки.');

/** The session version a write comes with (absent: 0, the version every voter starts with). */
export function parseSession(body: any): number {
  const session = body?.session ?? 0;
  if (!Number.isSafeInteger(session) || session < 0) throw invalid({ session: ['Сеанс указан с ошибкой: подтвердите почту ещё раз'] });
  return session;
}

/** A refusal in Strapi's error shape, as the functions read it. */
export const refusalBody = (e: VotingRefusal) => ({ data: null, error: { status: e.status, name: e.errorName, message: e.message, details: e.details } });

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

/** Unique-constraint violations, whatever says so: PostgreSQL, SQLite, or Strapi's own check of an
 *  attribute marked `unique` (a ValidationError naming the rule). */
export const isUniqueViolation = (e: any): boolean =>
  e?.code === '23505' ||
  e?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
  /UNIQUE constraint failed|duplicate key value/i.test(String(e?.message ?? '')) ||
  (e?.name === 'ValidationError' && /unique/i.test(JSON.stringify(e?.details ?? {})));

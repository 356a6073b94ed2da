// The voting modules' own refusals (the generic ones are in ../core/errors).
import { Refusal, invalid } from '../core/errors';

/** The voter's votes were voided by a moderator: none is taken any more. */
export const voterVoided = () => new Refusal(400, 'VoterVoided', 'Голоса с этого адреса аннулированы модератором и не принимаются.');

/** No voter behind the session (removed by a moderator, or never created). */
export const unknownVoter = () => new Refusal(400, 'UnknownVoter', 'Подтвердите почту ещё раз, чтобы голосовать.');

/** The session is older than the voter's last «Выйти на всех устройствах». */
export const sessionEnded = () => new Refusal(400, 'SessionEnded', 'Вы вышли на всех устройствах. Подтвердите почту ещё раз, чтобы голосовать и предлагать доработки.');

/** The session version a write comes with (absent: 0, the version every voter starts with). */
export function parseSession(body: any): number {
  const session = body?.session ?? 0;
  if (!Number.isSafeInteger(session) || session < 0) throw invalid({ session: ['Сеанс указан с ошибкой: подтвердите почту ещё раз'] });
  return session;
}


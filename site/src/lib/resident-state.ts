// What a page knows about the resident in front of it: signed in or not, what they voted for, the
// live counts, the one sign-in form of the page and the message each part of the page last said.
// A pure reducer: the store (resident-store.ts) does the requests and dispatches what came back.
import type { ResidentState, VoteCounts, VoteResult, VoteTarget } from '@portal/schema';
import type { ApiFailure } from './api.ts';
import type { FieldErrors } from './application-errors.ts';
import type { CodeSent } from './residents-client.ts';
import { voteResultMessage } from './voting-text.ts';

/** `project:<documentId>` or `idea:<documentId>`: one vote button of the page. */
export type TargetKey = `project:${string}` | `idea:${string}`;
/** The part of the page an action started from: a vote button, or the refinement form. */
export type Origin = TargetKey | 'refinement';

export const targetKey = (target: VoteTarget): TargetKey => ('project' in target ? `project:${target.project}` : `idea:${target.idea}`);

/** Where a target's votes and count live in the model: `projects` or `ideas`, and its documentId. */
function slot(target: VoteTarget): { kind: 'projects' | 'ideas'; id: string } {
  return 'project' in target ? { kind: 'projects', id: target.project } : { kind: 'ideas', id: target.idea };
}

const targetOf = (key: TargetKey): VoteTarget => (key.startsWith('project:') ? { project: key.slice('project:'.length) } : { idea: key.slice('idea:'.length) });

export interface SignInState {
  origin: Origin;
  /** The vote to cast as soon as the resident is signed in. */
  pending: VoteTarget | null;
  step: 'email' | 'code';
  /** The address the code was (or is being) requested for, as the schema normalised it. */
  email: string;
  /** The masked address the server sent the code to («i***@mail.ru»). */
  sentTo: string;
  /** Timestamps (ms): when the code was sent, when it stops working, when a new one may be requested. */
  sentAt: number;
  expiresAt: number;
  resendAt: number;
  busy: boolean;
  errors: { email?: string[]; code?: string[] };
  /** About the sign-in as a whole (too many requests…). */
  message: string;
  /** The code can no longer be used (expired, too many tries): only a new one helps. */
  needsNewCode: boolean;
}

type Counts = Pick<VoteCounts, 'projects' | 'ideas'>;

export interface ResidentModel {
  session: 'unknown' | 'signed-out' | 'signed-in';
  votes: { projects: string[]; ideas: string[] };
  /** The latest count of each target: the bulk answer, or the answer to the person's own vote. */
  counts: Counts;
  /**
   * The bulk answer alone, for ordering lists: the person's own vote must not move the item under
   * their hand. Null until it arrives (the lists keep the build's order).
   */
  rankCounts: Counts | null;
  /** Targets whose count came from the person's own vote, newer than a cached bulk answer. */
  fresh: TargetKey[];
  /** Origins with a request under way. */
  busy: Origin[];
  /** The last thing each origin said, for its live region. */
  messages: Partial<Record<Origin, string>>;
  signIn: SignInState | null;
  /** Where focus goes next; `seq` changes each time so the same origin can be asked twice. */
  focus: { origin: Origin; seq: number } | null;
}

export const initialResidentModel: ResidentModel = {
  session: 'unknown',
  votes: { projects: [], ideas: [] },
  counts: { projects: {}, ideas: {} },
  rankCounts: null,
  fresh: [],
  busy: [],
  messages: {},
  signIn: null,
  focus: null,
};

export type ResidentAction =
  | { type: 'resident-loaded'; resident: ResidentState }
  | { type: 'counts-loaded'; counts: Counts }
  | { type: 'busy'; origin: Origin }
  | { type: 'message'; origin: Origin; text: string }
  | { type: 'vote-done'; target: VoteTarget; result: VoteResult }
  | { type: 'vote-failed'; target: VoteTarget; error: ApiFailure; cast: boolean }
  | { type: 'sign-in-opened'; origin: Origin; pending: VoteTarget | null; message: string }
  | { type: 'sign-in-cancelled' }
  | { type: 'sign-in-edit-email' }
  | { type: 'sign-in-invalid'; field: 'email' | 'code'; messages: string[] }
  | { type: 'sign-in-message'; text: string }
  | { type: 'code-requested'; email: string }
  | { type: 'code-sent'; sent: CodeSent; now: number }
  | { type: 'code-refused'; error: ApiFailure; now: number }
  | { type: 'verify-started' }
  | { type: 'verified'; votes: ResidentModel['votes'] }
  | { type: 'verify-refused'; error: ApiFailure; now: number }
  | { type: 'refinement-done'; text: string }
  | { type: 'refinement-failed'; error: ApiFailure }
  | { type: 'signed-out'; origin: Origin | null; everywhere?: boolean };

/** Ask the resident for the code: the vote and the refinement form say so in the same words. */
export const SIGN_IN_NEEDED = {
  vote: 'Чтобы проголосовать, подтвердите адрес электронной почты: мы пришлём код.',
  refinement: 'Чтобы предложить доработку, подтвердите адрес электронной почты: мы пришлём код.',
} as const;

const without = <T>(list: readonly T[], item: T): T[] => list.filter((x) => x !== item);
const withItem = <T>(list: readonly T[], item: T): T[] => (list.includes(item) ? [...list] : [...list, item]);

function blankSignIn(origin: Origin, pending: VoteTarget | null): SignInState {
  return { origin, pending, step: 'email', email: '', sentTo: '', sentAt: 0, expiresAt: 0, resendAt: 0, busy: false, errors: {}, message: '', needsNewCode: false };
}

function updateSignIn(state: ResidentModel, change: (s: SignInState) => Partial<SignInState>): ResidentModel {
  return state.signIn ? { ...state, signIn: { ...state.signIn, ...change(state.signIn) } } : state;
}

/** The messages for one field, or undefined when it has none. */
function messagesFor(fields: FieldErrors, key: string): string[] | undefined {
  const list = fields[key];
  return list && list.length > 0 ? list : undefined;
}

/** The steps of the sign-in form (e-mail, code, their refusals): they change only `signIn`. */
type SignInStepAction = Extract<ResidentAction, { type: 'sign-in-edit-email' | 'sign-in-invalid' | 'sign-in-message' | 'code-requested' | 'code-sent' | 'code-refused' | 'verify-started' | 'verify-refused' }>;

function signInStep(state: ResidentModel, action: SignInStepAction): ResidentModel {
  switch (action.type) {
    case 'sign-in-edit-email':
      return updateSignIn(state, () => ({ step: 'email', errors: {}, message: '' }));

    case 'sign-in-invalid':
      return updateSignIn(state, (s) => ({ errors: { ...s.errors, [action.field]: action.messages }, message: '' }));

    case 'sign-in-message':
      return updateSignIn(state, () => ({ message: action.text }));

    case 'code-requested':
      return updateSignIn(state, () => ({ email: action.email, busy: true, errors: {}, message: '' }));

    case 'code-sent':
      return updateSignIn(state, () => ({
        step: 'code',
        sentTo: action.sent.sentTo,
        sentAt: action.now,
        expiresAt: action.now + action.sent.expiresInSeconds * 1000,
        resendAt: action.now + action.sent.resendAfterSeconds * 1000,
        busy: false,
        errors: {},
        message: '',
        needsNewCode: false,
      }));

    case 'code-refused': {
      const { error, now } = action;
      const email = messagesFor(error.fields, 'email');
      return updateSignIn(state, (s) => ({
        busy: false,
        errors: email ? { email } : {},
        message: email ? '' : error.message,
        resendAt: error.status === 429 && error.retryAfterSeconds !== null ? now + error.retryAfterSeconds * 1000 : s.resendAt,
      }));
    }

    case 'verify-started':
      return updateSignIn(state, () => ({ busy: true, errors: {}, message: '' }));

    case 'verify-refused': {
      const { error, now } = action;
      const code = messagesFor(error.fields, 'code');
      if (code) return updateSignIn(state, () => ({ busy: false, errors: { code } }));
      if (error.name === 'CodeInvalid') return updateSignIn(state, () => ({ busy: false, errors: { code: [error.message] } }));
      if (error.name === 'CodeExpired' || error.name === 'TooManyAttempts' || error.status === 410) {
        return updateSignIn(state, (s) => ({
          busy: false,
          errors: { code: [error.message] },
          needsNewCode: true,
          resendAt: error.retryAfterSeconds !== null ? now + error.retryAfterSeconds * 1000 : Math.min(s.resendAt, now),
        }));
      }
      return updateSignIn(state, () => ({ busy: false, message: error.message }));
    }
  }
}

export function residentReducer(state: ResidentModel, action: ResidentAction): ResidentModel {
  switch (action.type) {
    case 'resident-loaded':
      return action.resident.signedIn
        ? { ...state, session: 'signed-in', votes: action.resident.votes }
        : { ...state, session: 'signed-out', votes: { projects: [], ideas: [] } };

    case 'counts-loaded': {
      const counts = { projects: { ...action.counts.projects }, ideas: { ...action.counts.ideas } };
      for (const key of state.fresh) {
        const { kind, id } = slot(targetOf(key));
        const own = state.counts[kind][id];
        if (own !== undefined) counts[kind][id] = own;
      }
      return { ...state, counts, rankCounts: action.counts };
    }

    case 'busy':
      return { ...state, busy: withItem(state.busy, action.origin), messages: { ...state.messages, [action.origin]: '' } };

    case 'message':
      return { ...state, messages: { ...state.messages, [action.origin]: action.text } };

    case 'vote-done': {
      const key = targetKey(action.target);
      const { kind, id } = slot(action.target);
      const voted = action.result.status === 'counted' || action.result.status === 'already';
      return {
        ...state,
        session: 'signed-in',
        votes: { ...state.votes, [kind]: voted ? withItem(state.votes[kind], id) : without(state.votes[kind], id) },
        counts: { ...state.counts, [kind]: { ...state.counts[kind], [id]: action.result.count } },
        fresh: withItem(state.fresh, key),
        busy: without(state.busy, key),
        messages: { ...state.messages, [key]: voteResultMessage('project' in action.target ? 'project' : 'idea', action.result.status) },
      };
    }

    case 'vote-failed': {
      const key = targetKey(action.target);
      const done = { ...state, busy: without(state.busy, key) };
      if (action.error.status === 401) {
        return residentReducer(
          { ...done, session: 'signed-out', votes: { projects: [], ideas: [] } },
          { type: 'sign-in-opened', origin: key, pending: action.cast ? action.target : null, message: SIGN_IN_NEEDED.vote },
        );
      }
      return { ...done, messages: { ...done.messages, [key]: action.error.message } };
    }

    case 'sign-in-opened': {
      // One sign-in form per page: opened elsewhere, it moves here and keeps a code already sent.
      const signIn = state.signIn ? { ...state.signIn, origin: action.origin, pending: action.pending } : blankSignIn(action.origin, action.pending);
      return { ...state, signIn, messages: { ...state.messages, [action.origin]: action.message } };
    }

    case 'sign-in-cancelled':
      return state.signIn ? { ...state, signIn: null, focus: { origin: state.signIn.origin, seq: (state.focus?.seq ?? 0) + 1 } } : state;

    case 'sign-in-edit-email':
    case 'sign-in-invalid':
    case 'sign-in-message':
    case 'code-requested':
    case 'code-sent':
    case 'code-refused':
    case 'verify-started':
    case 'verify-refused':
      return signInStep(state, action);

    case 'verified': {
      if (!state.signIn) return { ...state, session: 'signed-in', votes: action.votes };
      const origin = state.signIn.origin;
      return {
        ...state,
        session: 'signed-in',
        votes: action.votes,
        signIn: null,
        messages: { ...state.messages, [origin]: 'Почта подтверждена, вы вошли.' },
        focus: { origin, seq: (state.focus?.seq ?? 0) + 1 },
      };
    }

    case 'refinement-done':
      return { ...state, busy: without(state.busy, 'refinement'), messages: { ...state.messages, refinement: action.text } };

    case 'refinement-failed': {
      const done = { ...state, busy: without(state.busy, 'refinement') };
      if (action.error.status === 401) {
        return residentReducer(
          { ...done, session: 'signed-out', votes: { projects: [], ideas: [] } },
          { type: 'sign-in-opened', origin: 'refinement', pending: null, message: SIGN_IN_NEEDED.refinement },
        );
      }
      // Field messages are shown beside the field by the form; the live region says the rest.
      const fieldOnly = Object.keys(action.error.fields).length > 0 && action.error.status === 422;
      return { ...done, messages: { ...done.messages, refinement: fieldOnly ? 'Доработка не отправлена: исправьте текст.' : action.error.message } };
    }

    case 'signed-out':
      return {
        ...state,
        session: 'signed-out',
        votes: { projects: [], ideas: [] },
        signIn: null,
        messages: action.origin
          ? { ...state.messages, [action.origin]: `${action.everywhere ? 'Вы вышли на всех устройствах.' : 'Вы вышли.'} Чтобы голосовать снова, подтвердите почту ещё раз.` }
          : state.messages,
      };
  }
}

export function hasVoted(state: ResidentModel, target: VoteTarget): boolean {
  const { kind, id } = slot(target);
  return state.votes[kind].includes(id);
}

/** The live count of a target, or `fallback` (the build's) until one arrives. */
export function countOf(state: ResidentModel, target: VoteTarget, fallback: number): number {
  const { kind, id } = slot(target);
  return state.counts[kind][id] ?? fallback;
}

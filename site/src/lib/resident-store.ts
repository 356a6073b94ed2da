// The page's one resident: the islands of a project page (the vote panel, the ideas, the refinement
// form) share this store, so signing in once serves them all. It validates with the shared schemas,
// calls the functions, and dispatches what came back to the pure reducer.
import { RefinementTextSchema, VerificationCodeSchema, residentEmailSchema, type VoteTarget } from '@portal/schema';
import type { FieldErrors } from './application-errors.ts';
import { initialResidentModel, residentReducer, SIGN_IN_NEEDED, targetKey, type Origin, type ResidentAction, type ResidentModel } from './resident-state.ts';
import type { ResidentsClient } from './residents-client.ts';
import { resendHint } from './voting-text.ts';

export const REFINEMENT_SENT = 'Спасибо! Доработка появится на странице после проверки модератором';

export interface RefinementOutcome {
  sent: boolean;
  /** Messages for the form's `text` field, from the schema or the server's 422. */
  fields: FieldErrors;
}

export interface ResidentStore {
  getState(): ResidentModel;
  subscribe(listener: () => void): () => void;
  /** Loads who the resident is and the live counts, once per page however many islands ask. */
  start(): void;
  vote(target: VoteTarget): Promise<void>;
  withdraw(target: VoteTarget): Promise<void>;
  openSignIn(origin: Origin, pending?: VoteTarget | null): void;
  cancelSignIn(): void;
  editEmail(): void;
  /** `website`: the sign-in's hidden honeypot field, passed on for the function to judge. */
  requestCode(email: string, website?: string): Promise<void>;
  verify(code: string): Promise<void>;
  /** Signs out on this device, or with `everywhere` on every device (all sessions end). */
  logout(origin: Origin, everywhere?: boolean): Promise<void>;
  /** Sends a refinement; the answer is what the form shows beside its field (empty when sent or not tried). */
  proposeRefinement(project: string, text: string): Promise<RefinementOutcome>;
}

export function createResidentStore(client: ResidentsClient, now: () => number = Date.now): ResidentStore {
  let state = initialResidentModel;
  let started = false;
  const listeners = new Set<() => void>();
  const dispatch = (action: ResidentAction) => {
    state = residentReducer(state, action);
    for (const listener of listeners) listener();
  };
  const emailSchema = residentEmailSchema();

  const store: ResidentStore = {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    start() {
      if (started) return;
      started = true;
      void client.me().then((r) => {
        // Without an answer the session stays unknown: a vote is tried and a 401 asks for the code.
        if (r.ok) dispatch({ type: 'resident-loaded', resident: r.data });
      });
      void client.counts().then((r) => {
        // Without live counts the build's numbers stay: they are a few minutes old, not wrong.
        if (r.ok) dispatch({ type: 'counts-loaded', counts: r.data });
      });
    },

    async vote(target) {
      const key = targetKey(target);
      if (state.busy.includes(key)) return;
      if (state.session === 'signed-out') {
        dispatch({ type: 'sign-in-opened', origin: key, pending: target, message: SIGN_IN_NEEDED.vote });
        return;
      }
      dispatch({ type: 'busy', origin: key });
      const result = await client.vote(target);
      dispatch(result.ok ? { type: 'vote-done', target, result: result.data } : { type: 'vote-failed', target, error: result.error, cast: true });
    },

    async withdraw(target) {
      const key = targetKey(target);
      if (state.busy.includes(key)) return;
      dispatch({ type: 'busy', origin: key });
      const result = await client.withdraw(target);
      dispatch(result.ok ? { type: 'vote-done', target, result: result.data } : { type: 'vote-failed', target, error: result.error, cast: false });
    },

    openSignIn(origin, pending = null) {
      dispatch({ type: 'sign-in-opened', origin, pending, message: origin === 'refinement' ? SIGN_IN_NEEDED.refinement : SIGN_IN_NEEDED.vote });
    },

    cancelSignIn: () => dispatch({ type: 'sign-in-cancelled' }),
    editEmail: () => dispatch({ type: 'sign-in-edit-email' }),

    async requestCode(raw, website) {
      const signIn = state.signIn;
      if (!signIn || signIn.busy) return;
      const parsed = emailSchema.safeParse(raw);
      if (!parsed.success) {
        dispatch({ type: 'sign-in-invalid', field: 'email', messages: [...new Set(parsed.error.issues.map((i) => i.message))] });
        return;
      }
      const wait = resendHint(signIn.resendAt, now());
      if (wait) {
        dispatch({ type: 'sign-in-message', text: wait });
        return;
      }
      dispatch({ type: 'code-requested', email: parsed.data });
      const result = await client.requestCode(parsed.data, website);
      dispatch(result.ok ? { type: 'code-sent', sent: result.data, now: now() } : { type: 'code-refused', error: result.error, now: now() });
    },

    async verify(raw) {
      const signIn = state.signIn;
      if (!signIn || signIn.busy) return;
      if (signIn.needsNewCode) {
        dispatch({ type: 'sign-in-message', text: 'Этот код больше не действует: запросите новый.' });
        return;
      }
      const parsed = VerificationCodeSchema.safeParse(raw);
      if (!parsed.success) {
        dispatch({ type: 'sign-in-invalid', field: 'code', messages: parsed.error.issues.map((i) => i.message) });
        return;
      }
      dispatch({ type: 'verify-started' });
      const result = await client.verify(signIn.email, parsed.data);
      if (!result.ok) {
        dispatch({ type: 'verify-refused', error: result.error, now: now() });
        return;
      }
      dispatch({ type: 'verified', votes: result.data.votes });
      if (signIn.pending) await store.vote(signIn.pending);
    },

    async logout(origin, everywhere = false) {
      const result = await client.logout(everywhere);
      if (result.ok) dispatch({ type: 'signed-out', origin, everywhere });
      else dispatch({ type: 'message', origin, text: result.error.message });
    },

    async proposeRefinement(project, text): Promise<RefinementOutcome> {
      const parsed = RefinementTextSchema.safeParse(text);
      if (!parsed.success) return { sent: false, fields: { text: parsed.error.issues.map((i) => i.message) } };
      if (state.busy.includes('refinement')) return { sent: false, fields: {} };
      if (state.session === 'signed-out') {
        store.openSignIn('refinement');
        return { sent: false, fields: {} };
      }
      dispatch({ type: 'busy', origin: 'refinement' });
      const result = await client.proposeRefinement(project, parsed.data);
      if (result.ok) {
        dispatch({ type: 'refinement-done', text: REFINEMENT_SENT });
        return { sent: true, fields: {} };
      }
      dispatch({ type: 'refinement-failed', error: result.error });
      return { sent: false, fields: result.error.fields.text ? { text: result.error.fields.text } : {} };
    },
  };
  return store;
}

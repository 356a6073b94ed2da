// One vote target's controls (the project's panel, an idea of its list): «Поддержать…» and, while
// voted, «Отозвать голос»; what happened, in a polite live region; the page's sign-in, here, when
// the vote waits for it.
import type { VoteTarget } from '@portal/schema';
import type { ResidentModel } from '../../lib/resident-state.ts';
import type { ResidentStore } from '../../lib/resident-store.ts';
import ResidentSignIn from './ResidentSignIn.tsx';
import type { useVoteTarget } from './use-resident.ts';

interface Props {
  target: VoteTarget;
  vote: ReturnType<typeof useVoteTarget>;
  state: ResidentModel;
  actions: ResidentStore;
  hydrated: boolean;
  /** The vote button's text. */
  label: string;
  /** The id of the element naming the target, when the page shows several. */
  describedBy?: string;
  headingLevel: 3 | 4;
}

export default function VoteControls({ target, vote, state, actions, hydrated, label, describedBy, headingLevel }: Props) {
  const { buttonRef, key, voted, busy, withdraw } = vote;
  return (
    <>
      <p className="vote-actions">
        <button
          ref={buttonRef}
          type="button"
          className="button vote-button"
          aria-pressed={voted}
          disabled={!hydrated}
          aria-disabled={busy || undefined}
          aria-describedby={describedBy}
          data-vote-button
          onClick={() => void actions.vote(target)}
        >
          {label}
        </button>
        {voted && (
          <button type="button" className="button button--ghost" aria-describedby={describedBy} aria-disabled={busy || undefined} data-vote-withdraw onClick={() => void withdraw()}>
            Отозвать голос
          </button>
        )}
      </p>
      <p className="vote-message" role="status" aria-live="polite" data-vote-message>
        {state.messages[key] ?? ''}
      </p>
      {state.signIn?.origin === key && <ResidentSignIn signIn={state.signIn} actions={actions} headingLevel={headingLevel} />}
    </>
  );
}

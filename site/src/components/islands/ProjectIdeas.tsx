// The ideas inside a project, ranked by residents' votes, each with its own vote button. They share
// the page's resident with the project's vote panel: one sign-in serves both.
import type { VoteTarget } from '@portal/schema';
import { formatNumber } from '../../lib/format-number.ts';
import { rankByVotes } from '../../lib/vote-ranking.ts';
import type { ResidentModel } from '../../lib/resident-state.ts';
import type { ResidentStore } from '../../lib/resident-store.ts';
import { votesWord } from '../../lib/voting-text.ts';
import ResidentSignIn from './ResidentSignIn.tsx';
import { useHydrated, useResident, useVoteTarget } from './use-resident.ts';

interface Idea {
  documentId: string;
  title: string;
  description: string;
}

interface Props {
  ideas: Idea[];
  /** Votes per idea when the page was built. */
  initialCounts: Record<string, number>;
}

export default function ProjectIdeas({ ideas, initialCounts }: Props) {
  const { state, actions } = useResident();
  const hydrated = useHydrated();
  // Ranked by the page's bulk counts: the person's own vote updates the number, not the order.
  const ranked = rankByVotes(ideas, (idea) => state.rankCounts?.ideas[idea.documentId] ?? initialCounts[idea.documentId] ?? 0);
  return (
    <ol className="idea-list" data-idea-list>
      {ranked.map((idea) => (
        <IdeaItem key={idea.documentId} idea={idea} initialCount={initialCounts[idea.documentId] ?? 0} state={state} actions={actions} hydrated={hydrated} />
      ))}
    </ol>
  );
}

function IdeaItem(props: { idea: Idea; initialCount: number; state: ResidentModel; actions: ResidentStore; hydrated: boolean }) {
  const { idea, state, actions } = props;
  const target: VoteTarget = { idea: idea.documentId };
  const { buttonRef, key, count, voted, busy, withdraw } = useVoteTarget(state, actions, target, props.initialCount);
  const titleId = `idea-${idea.documentId}-title`;

  return (
    <li className="idea" data-idea={idea.documentId} aria-busy={busy || undefined}>
      <h3 id={titleId}>{idea.title}</h3>
      {idea.description && <p>{idea.description}</p>}
      <p className="vote-total vote-total--small">
        <span className="vote-number" data-vote-count={count}>
          {formatNumber(count)}
        </span>{' '}
        {votesWord(count)}
      </p>
      <p className="vote-actions">
        <button
          ref={buttonRef}
          type="button"
          className="button vote-button"
          aria-pressed={voted}
          disabled={!props.hydrated}
          aria-disabled={busy || undefined}
          aria-describedby={titleId}
          data-vote-button
          onClick={() => void actions.vote(target)}
        >
          Поддержать идею
        </button>
        {voted && (
          <button type="button" className="button button--ghost" aria-describedby={titleId} aria-disabled={busy || undefined} data-vote-withdraw onClick={() => void withdraw()}>
            Отозвать голос
          </button>
        )}
      </p>
      <p className="vote-message" role="status" aria-live="polite" data-vote-message>
        {state.messages[key] ?? ''}
      </p>
      {state.signIn?.origin === key && <ResidentSignIn signIn={state.signIn} actions={actions} headingLevel={4} />}
    </li>
  );
}

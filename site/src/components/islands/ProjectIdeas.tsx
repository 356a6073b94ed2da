// The ideas inside a project, ranked by residents' votes, each with its own vote button. They share
// the page's resident with the project's vote panel: one sign-in serves both.
import type { VoteTarget } from '@portal/schema';
import { formatNumber } from '../../lib/format-number.ts';
import { rankByVotes } from '../../lib/vote-ranking.ts';
import type { ResidentModel } from '../../lib/resident-state.ts';
import type { ResidentStore } from '../../lib/resident-store.ts';
import { votesWord } from '../../lib/voting-text.ts';
import { useHydrated, useResident, useVoteTarget } from './use-resident.ts';
import VoteControls from './VoteControls.tsx';

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
  const vote = useVoteTarget(state, actions, target, props.initialCount);
  const { count, busy } = vote;
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
      <VoteControls target={target} vote={vote} state={state} actions={actions} hydrated={props.hydrated} label="Поддержать идею" describedBy={titleId} headingLevel={4} />
    </li>
  );
}

// A project's support: the count (the build's, then the live one), «Поддержать проект» and, while
// voted, «Отозвать голос». Not signed in, the button opens the page's sign-in here and the vote is
// cast as soon as the code is confirmed. What happened is said in a polite live region.
import { formatNumber } from '../../lib/format-number.ts';
import { votesWord } from '../../lib/voting-text.ts';
import { useHydrated, useResident, useVoteTarget } from './use-resident.ts';
import VoteControls from './VoteControls.tsx';

interface Props {
  project: { documentId: string };
  /** Votes counted when the page was built. */
  initialCount: number;
  /** «13 января – 17 февраля 2020», when the round has a voting window. */
  votingWindow: string | null;
}

export default function VotePanel({ project, initialCount, votingWindow }: Props) {
  const { state, actions } = useResident();
  const hydrated = useHydrated();
  const target = { project: project.documentId };
  const vote = useVoteTarget(state, actions, target, initialCount);
  const { key, count, busy } = vote;

  return (
    <section className="vote-panel" data-vote-panel={project.documentId} aria-labelledby="vote-heading" aria-busy={busy || undefined}>
      <h2 id="vote-heading">Поддержка жителей</h2>
      <p className="vote-total">
        <span className="vote-number" data-vote-count={count}>
          {formatNumber(count)}
        </span>{' '}
        {votesWord(count)} за проект
      </p>
      {votingWindow && <p className="hint">Голосование: {votingWindow}. Голос учитывается один раз, его можно отозвать.</p>}
      <VoteControls target={target} vote={vote} state={state} actions={actions} hydrated={hydrated} label="Поддержать проект" headingLevel={3} />
      {state.session === 'signed-in' && (
        <p className="hint" data-resident-signed-in>
          Вы вошли по электронной почте.{' '}
          <button type="button" className="link-button" onClick={() => void actions.logout(key)}>
            Выйти
          </button>{' '}
          <button type="button" className="link-button" data-resident-logout-everywhere onClick={() => void actions.logout(key, true)}>
            Выйти на всех устройствах
          </button>
        </p>
      )}
    </section>
  );
}

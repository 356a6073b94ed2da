import { describe, expect, it } from 'vitest';
import { rankByVotes } from './vote-ranking.ts';

describe('rankByVotes', () => {
  it('puts the most supported first and keeps the given order between equals', () => {
    const items = [
      { id: 'a', votes: 1 },
      { id: 'b', votes: 5 },
      { id: 'c', votes: 1 },
      { id: 'd', votes: 0 },
      { id: 'e', votes: 5 },
    ];
    expect(rankByVotes(items, (i) => i.votes).map((i) => i.id)).toEqual(['b', 'e', 'a', 'c', 'd']);
    expect(items.map((i) => i.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

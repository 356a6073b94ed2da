import { describe, expect, it } from 'vitest';
import { requirementsWithTeamSize, teamSizeLine } from './selection.ts';

describe('teamSizeLine', () => {
  it.each([
    [5, 'До 5 членов в команде проекта'],
    [3, 'До 3 членов в команде проекта'],
    [21, 'До 21 члена в команде проекта'],
  ])('%d → %s', (size, line) => {
    expect(teamSizeLine(size)).toBe(line);
  });
});

describe('requirementsWithTeamSize', () => {
  const others = [
    { title: 'Целевая аудитория проекта', note: null },
    { title: 'Резюме лидера проекта', note: null },
  ];

  it('rewrites the CMS’s team-size line from maxTeamSize', () => {
    const items = requirementsWithTeamSize(
      [others[0]!, { title: 'До 5 членов в команде проекта', note: null }, others[1]!],
      7,
    );
    expect(items.map((i) => i.title)).toEqual([
      'Целевая аудитория проекта',
      'До 7 членов в команде проекта',
      'Резюме лидера проекта',
    ]);
    expect(items.map((i) => i.teamSize)).toEqual([false, true, false]);
  });

  it('adds the line when the CMS has none', () => {
    const items = requirementsWithTeamSize(others, 5);
    expect(items.at(-1)).toEqual({ title: 'До 5 членов в команде проекта', note: null, teamSize: true });
  });
});

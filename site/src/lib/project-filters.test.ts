import { describe, expect, it } from 'vitest';
import { matchesProjectFilters, projectCountsOf, projectListStatus, readProjectSort, sortProjects } from './project-filters.ts';

describe('matchesProjectFilters', () => {
  const project = { topic: 'smart-city', region: 'Пермский край' };
  it('keeps everything without filters and filters by topic and region together', () => {
    expect(matchesProjectFilters(project, { topic: '', region: '' })).toBe(true);
    expect(matchesProjectFilters(project, { topic: 'smart-city', region: '' })).toBe(true);
    expect(matchesProjectFilters(project, { topic: 'smart-city', region: 'Республика Коми' })).toBe(false);
    expect(matchesProjectFilters(project, { topic: 'children', region: 'Пермский край' })).toBe(false);
  });
});

describe('readProjectSort', () => {
  it('knows ?sort=votes and falls back to the newest first', () => {
    expect(readProjectSort('votes')).toBe('votes');
    expect(readProjectSort('')).toBe('new');
    expect(readProjectSort(null)).toBe('new');
    expect(readProjectSort('popular')).toBe('new');
  });
});

describe('sortProjects', () => {
  // In the build's order: newest first.
  const projects = [
    { reference: '2020-000005', votes: 2 },
    { reference: '2020-000004', votes: 10 },
    { reference: '2020-000003', votes: 2 },
    { reference: '2020-000002', votes: 0 },
    { reference: '2020-000001', votes: 10 },
  ];

  it('keeps the newest first by default', () => {
    expect(sortProjects(projects, 'new').map((p) => p.reference)).toEqual(projects.map((p) => p.reference));
  });

  it('orders by votes, the newer first among equals', () => {
    expect(sortProjects(projects, 'votes').map((p) => p.reference)).toEqual(['2020-000004', '2020-000001', '2020-000005', '2020-000003', '2020-000002']);
  });

  it('goes back to the build’s order from a sorted list', () => {
    const byVotes = sortProjects(projects, 'votes');
    expect(sortProjects(byVotes, 'new')).not.toEqual(projects);
    expect(sortProjects(projects, 'new')).toEqual(projects);
  });
});

describe('projectListStatus', () => {
  it('says how many and in what order', () => {
    expect(projectListStatus(12, false, 'new')).toBe('Всего 12 проектов, сначала новые.');
    expect(projectListStatus(1, false, 'votes')).toBe('Всего 1 проект, по числу голосов.');
    expect(projectListStatus(3, true, 'votes')).toBe('Найдено: 3 проекта, по числу голосов.');
  });
});

describe('projectCountsOf', () => {
  it('reads the projects of a counts answer', () => {
    expect(projectCountsOf({ projects: { a: 3, b: 0 }, ideas: {}, total: 3, generatedAt: '' })).toEqual({ a: 3, b: 0 });
  });

  it('refuses anything else, so the build’s counts stay', () => {
    expect(projectCountsOf(null)).toBeNull();
    expect(projectCountsOf({ projects: [] })).toBeNull();
    expect(projectCountsOf({ projects: { a: -1 } })).toBeNull();
    expect(projectCountsOf({ projects: { a: '3' } })).toBeNull();
    expect(projectCountsOf({ error: { status: 500 } })).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { matchesProjectFilters } from './project-filters.ts';

describe('matchesProjectFilters', () => {
  const project = { topic: 'smart-city', region: 'Пермский край' };
  it('keeps everything without filters and filters by topic and region together', () => {
    expect(matchesProjectFilters(project, { topic: '', region: '' })).toBe(true);
    expect(matchesProjectFilters(project, { topic: 'smart-city', region: '' })).toBe(true);
    expect(matchesProjectFilters(project, { topic: 'smart-city', region: 'Республика Коми' })).toBe(false);
    expect(matchesProjectFilters(project, { topic: 'children', region: 'Пермский край' })).toBe(false);
  });
});

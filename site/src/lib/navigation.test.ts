import { describe, expect, it } from 'vitest';
import { currentState, sections } from './navigation.ts';

const platform = sections.find((s) => s.href === '/platform/')!;
const topics = sections.find((s) => s.href === '/topics/')!;

describe('currentState', () => {
  it('marks the page itself', () => {
    expect(currentState('/topics/', topics)).toBe('page');
    expect(currentState('/topics', topics)).toBe('page');
  });

  it('marks the section of a page inside it', () => {
    expect(currentState('/topics/smart-city/', topics)).toBe('true');
    expect(currentState('/stories/surgut-park/', platform)).toBe('true');
  });

  it('leaves other sections alone', () => {
    expect(currentState('/selection/', topics)).toBeUndefined();
    expect(currentState('/', topics)).toBeUndefined();
  });

  it('never marks the home page as a section of everything', () => {
    expect(currentState('/topics/', { href: '/' })).toBeUndefined();
    expect(currentState('/', { href: '/' })).toBe('page');
  });
});

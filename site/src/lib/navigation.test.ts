import { describe, expect, it } from 'vitest';
import { currentState, footerGroups, sections } from './navigation.ts';

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

describe('sections', () => {
  it('keeps the programme sections and adds the projects and the application', () => {
    expect(sections.map((s) => s.label)).toEqual(['Тематики', 'Отбор', 'Акселератор', 'Платформа', 'Сборник практик', 'Проекты', 'Подать заявку']);
  });

  it('marks a project page as part of «Проекты»', () => {
    const projects = sections.find((s) => s.href === '/projects/')!;
    expect(currentState('/projects/2020-000123/', projects)).toBe('true');
    expect(currentState('/apply/', projects)).toBeUndefined();
  });

  it('puts the private status page under «Подать заявку»', () => {
    const apply = sections.find((s) => s.href === '/apply/')!;
    expect(currentState('/application-status/', apply)).toBe('true');
  });
});

describe('the finalists and the expert area', () => {
  it('puts the finalists under «Отбор» without adding a menu item', () => {
    const selection = sections.find((s) => s.href === '/selection/')!;
    expect(currentState('/finalists/', selection)).toBe('true');
    expect(sections.some((s) => s.href === '/finalists/')).toBe(false);
  });

  it('links the finalists and the experts’ sign-in from the footer', () => {
    const links = footerGroups.flatMap((g) => g.links);
    expect(links).toContainEqual({ href: '/finalists/', label: 'Финалисты отбора' });
    expect(links).toContainEqual({ href: '/expert/', label: 'Вход для экспертов' });
    expect(new Set(links.map((l) => l.href)).size).toBe(links.length);
  });

  it('links the statistics, the open data, the stories and their feeds from the footer', () => {
    const hrefs = footerGroups.flatMap((g) => g.links.map((l) => l.href));
    expect(hrefs).toEqual(expect.arrayContaining(['/stats/', '/open-data/', '/stories/', '/stories/rss.xml']));
  });
});

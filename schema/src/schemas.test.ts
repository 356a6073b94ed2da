import { describe, expect, it } from 'vitest';
import { FigureSchema, SelectionRoundSchema, SlugSchema, StageSchema, SuccessStoryEntrySchema } from './index.js';

const messages = (result: { error?: { issues: Array<{ message: string }> } }) => result.error?.issues.map((i) => i.message) ?? [];

describe('schemas reject bad content with Russian messages', () => {
  it('a slug must be latin kebab-case', () => {
    expect(SlugSchema.safeParse('smart-city').success).toBe(true);
    expect(messages(SlugSchema.safeParse('Умный город'))[0]).toMatch(/латинские/);
  });

  it('a figure needs a label and a non-negative value; defaults fill the rest', () => {
    expect(FigureSchema.parse({ value: 647, label: 'городов' })).toEqual({
      value: 647,
      qualifier: 'exact',
      unit: null,
      compact: false,
      label: 'городов',
      asOf: null,
    });
    expect(FigureSchema.parse({ value: 1, label: 'x', asOf: '2021-09-01' }).asOf).toBe('2021-09-01');
    expect(messages(FigureSchema.safeParse({ value: 1, label: 'x', asOf: '01.09.2021' }))).toContain('Дата в формате ГГГГ-ММ-ДД');
    expect(FigureSchema.safeParse({ value: -1, label: 'x' }).success).toBe(false);
    expect(messages(FigureSchema.safeParse({ value: 1, label: '  ' }))).toContain('Поле не может быть пустым');
  });

  it('a stage cannot end before it starts, and dates are calendar dates', () => {
    const bad = StageSchema.safeParse({ kind: 'collection', title: 'x', startDate: '2020-02-17', endDate: '2020-01-13', description: 'x' });
    expect(messages(bad)).toContain('Дата окончания этапа раньше даты начала');
    expect(StageSchema.safeParse({ kind: 'collection', title: 'x', startDate: '13.01.2020', endDate: '2020-01-13', description: 'x' }).success).toBe(false);
  });

  it('a round needs both voting dates or neither, and a real time zone', () => {
    const base = {
      year: 2021,
      title: 'x',
      stages: [{ kind: 'collection', title: 'x', startDate: '2021-01-01', endDate: '2021-01-02', description: 'x' }],
      finalistsCount: 25,
      projectsPerExpert: 3,
      maxTeamSize: 5,
      criteria: [{ title: 'x' }],
      requirements: [{ title: 'x' }],
      reviewChecks: [],
    };
    expect(SelectionRoundSchema.safeParse(base).success).toBe(true);
    expect(messages(SelectionRoundSchema.safeParse({ ...base, votingStart: '2021-01-01' }))).toContain('Укажите обе даты голосования или ни одной');
    expect(messages(SelectionRoundSchema.safeParse({ ...base, timeZone: 'Mars/Olympus' }))).toContain('Неизвестный часовой пояс');
  });

  it('an image of a success story must come with alt text', () => {
    const story = { documentId: 'd', title: 't', slug: 's', city: 'c', text: 'x', figures: [], imageAlt: null, image: { url: '/uploads/a.jpg' } };
    expect(messages(SuccessStoryEntrySchema.safeParse(story))[0]).toMatch(/альтернативного текста/);
    expect(SuccessStoryEntrySchema.safeParse({ ...story, imageAlt: 'Парк' }).success).toBe(true);
  });
});

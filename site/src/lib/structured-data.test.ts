import { describe, expect, it } from 'vitest';
import { articleLd, jsonLdText, organizationLd, stageEventsLd, type JsonLd } from './structured-data.ts';

// The shapes search engines read: each type's required properties present, dates ISO 8601, URLs absolute.
const SITE = 'https://100gorodov.example/';
const programme = {
  name: '100 городских лидеров',
  organiser: 'Агентство стратегических инициатив',
  slogan: 'Включи свой город!',
  purpose: 'Программа развития городских сообществ.',
};
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

function expectShape(ld: JsonLd, type: string, required: string[]) {
  expect(ld['@context']).toBe('https://schema.org');
  expect(ld['@type']).toBe(type);
  for (const key of required) expect(ld[key], key).toBeTruthy();
  // What the page writes parses back to the same data.
  expect(JSON.parse(jsonLdText(ld))).toEqual(ld);
}

describe('schema.org JSON-LD', () => {
  it('names the programme as an Organization of the АСИ, with absolute addresses', () => {
    const ld = organizationLd(programme, SITE);
    expectShape(ld, 'Organization', ['name', 'url', 'logo', 'parentOrganization']);
    expect(ld.url).toBe('https://100gorodov.example/');
    expect(ld.logo).toBe('https://100gorodov.example/favicon.svg');
    expect(ld.parentOrganization).toEqual({ '@type': 'Organization', name: programme.organiser });
  });

  it('makes each stage of a round an Event with ISO start and end dates and an online location', () => {
    const stages = [
      { title: 'Сбор заявок', startDate: '2020-01-13', endDate: '2020-02-17', description: 'Приём заявок.' },
      { title: 'Объявление финалистов', startDate: '2020-03-03', endDate: '2020-03-03', description: 'Итоги.' },
    ];
    const events = stageEventsLd({ title: 'Отбор 2020 года', stages }, programme, `${SITE}selection/`);
    expect(events).toHaveLength(2);
    for (const [i, event] of events.entries()) {
      expectShape(event, 'Event', ['name', 'startDate', 'endDate', 'location', 'eventAttendanceMode', 'organizer']);
      expect(event.startDate).toMatch(ISO_DATE);
      expect(event.endDate).toMatch(ISO_DATE);
      expect(event.startDate).toBe(stages[i]!.startDate);
      expect(event.name).toContain(stages[i]!.title);
      expect(event.location).toEqual({ '@type': 'VirtualLocation', url: 'https://100gorodov.example/selection/' });
    }
  });

  it('makes a practice or a story an Article with a headline, image, publisher and ISO dates', () => {
    const story = {
      title: 'Парк, который проектируют горожане',
      publishedAt: '2020-01-10T09:00:00.000Z',
      updatedAt: '2020-02-01T12:30:00+03:00',
      city: 'Сургут',
    };
    const page = { path: '/stories/surgut-park/', image: '/og/stories/surgut-park.png', description: 'Проект парка.' };
    const ld = articleLd(story, page, programme, SITE);
    expectShape(ld, 'Article', ['headline', 'image', 'url', 'publisher', 'author', 'datePublished']);
    expect(ld.url).toBe('https://100gorodov.example/stories/surgut-park/');
    expect(ld.image).toEqual(['https://100gorodov.example/og/stories/surgut-park.png']);
    expect(ld.datePublished).toMatch(ISO_DATE_TIME);
    expect(ld.dateModified).toBe('2020-02-01T09:30:00.000Z');
    expect(ld.contentLocation).toEqual({ '@type': 'Place', name: 'Сургут' });
  });

  it('leaves unknown dates out rather than inventing them, and keeps headlines to 110 characters', () => {
    const page = { path: '/', image: '/og/site/default.png', description: 'Текст.' };
    const ld = articleLd({ title: 'Очень длинное название '.repeat(10) }, page, programme, SITE);
    expect(ld).not.toHaveProperty('datePublished');
    expect(ld).not.toHaveProperty('dateModified');
    expect([...(ld.headline as string)].length).toBeLessThanOrEqual(110);
    expect(ld.headline).toMatch(/…$/);
  });

  it('writes a data block that no value can close: «<» is escaped', () => {
    const ld = organizationLd({ ...programme, purpose: '</script><script>alert(1)</script>' }, SITE);
    const text = jsonLdText(ld);
    expect(text).not.toContain('<');
    expect(JSON.parse(text).description).toBe('</script><script>alert(1)</script>');
  });
});

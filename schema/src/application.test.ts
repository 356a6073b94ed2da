import { describe, expect, it } from 'vitest';
import { PRIVATE_MARKERS, validApplication } from '../../tests/fixtures/application.ts';
import { applicationSchema, completenessReport } from './application.js';
import { DEFAULT_VIDEO_HOSTS } from './settings.js';

const rules = { maxTeamSize: 5, topics: ['creative-clusters', 'smart-city'], videoHosts: DEFAULT_VIDEO_HOSTS };
const schema = applicationSchema(rules);
const errorsOf = (data: unknown) => {
  const result = schema.safeParse(data);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
};
const withChange = (change: (a: Record<string, any>) => void) => {
  const a = validApplication();
  change(a);
  return a;
};

describe('applicationSchema', () => {
  it('accepts a complete application and normalises the phone', () => {
    const parsed = schema.parse(validApplication());
    expect(parsed.contacts.phone).toBe(PRIVATE_MARKERS.phone);
    expect(parsed.leaderCv.profileUrl).toBeUndefined();
  });

  it.each([
    ['a team larger than the round allows', (a: any) => (a.team = Array.from({ length: 6 }, () => a.team[0])), 'team', 'В команде не больше 5 человек, включая лидера'],
    ['no team', (a: any) => (a.team = []), 'team', 'Укажите хотя бы лидера проекта'],
    ['a negative amount', (a: any) => (a.budget.items[0].amount = -5), 'budget.items.0.amount', 'Сумма статьи: сумма не может быть меньше нуля'],
    ['items that do not add up to the total', (a: any) => (a.budget.total = 100), 'budget.total', 'Сумма статей не равна общему бюджету: проверьте суммы'],
    ['a video on an unknown host', (a: any) => (a.videoUrl = 'https://evil.example.com/v'), 'videoUrl', undefined],
    ['a video over http', (a: any) => (a.videoUrl = 'http://rutube.ru/video/1/'), 'videoUrl', 'Ссылка должна начинаться с https://, например https://100gorodov.ru/'],
    ['a topic outside the round', (a: any) => (a.topic = 'space-travel'), 'topic', 'Тематика: выберите одну из тематик отбора'],
    ['a region that is not a federal subject', (a: any) => (a.region = 'Атлантида'), 'region', undefined],
    ['no consent', (a: any) => (a.consent = false), 'consent', 'Нужно согласие на обработку персональных данных (152-ФЗ)'],
    ['a malformed phone', (a: any) => (a.contacts.phone = '12345'), 'contacts.phone', 'Телефон: номер в формате +7 912 345-67-89'],
    ['a malformed email', (a: any) => (a.contacts.email = 'not-an-email'), 'contacts.email', 'Почта: адрес вида name@example.ru'],
    ['a too short description', (a: any) => (a.description = 'Коротко'), 'description', 'Краткое описание проекта: не короче 50 символов'],
    ['control characters', (a: any) => (a.title = 'Сад\u0000на крыше'), 'title', 'Название проекта: уберите служебные символы'],
    ['a number where text belongs', (a: any) => (a.audience = 42), 'audience', 'Целевая аудитория: заполните поле'],
  ])('refuses %s with a Russian message on the field', (_name, change, path, message) => {
    const errors = errorsOf(withChange(change));
    expect(Object.keys(errors)).toContain(path);
    if (message) expect(errors[path]).toBe(message);
    else expect(errors[path]).toMatch(/[а-яё]/i);
  });

  it('keeps hostile text as text (escaping is the page’s job)', () => {
    const parsed = schema.parse(withChange((a) => (a.title = '<script>alert(1)</script> Сад')));
    expect(parsed.title).toBe('<script>alert(1)</script> Сад');
  });
});

describe('completenessReport', () => {
  it('is all ok for a complete application', () => {
    expect(completenessReport(validApplication(), rules).every((e) => e.status === 'ok')).toBe(true);
  });

  it('names what is missing or invalid, by the seed’s items', () => {
    const report = completenessReport(withChange((a) => { delete a.videoUrl; a.team = []; a.leaderCv.education = 'x'; }), rules);
    const byKey = Object.fromEntries(report.map((e) => [e.key, e]));
    expect(byKey.video?.status).toBe('missing');
    expect(byKey.team?.status).toBe('missing');
    expect(byKey.cv?.status).toBe('invalid');
    expect(byKey.cv?.messages).toContain('Образование: не короче 10 символов');
    expect(byKey.description?.status).toBe('ok');
  });
});

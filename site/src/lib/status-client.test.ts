import { describe, expect, it } from 'vitest';
import type { Fetch } from './api.ts';
import { applicationStatus } from './status-client.ts';

const answer = {
  reference: '2020-000001',
  title: 'Сад на крыше',
  stage: 'review_failed',
  moderation: 'published',
  moderationReason: null,
  review: { topicFit: { decision: 'pass', reason: null }, completeness: { decision: 'fail', reason: 'Нет видеоролика' } },
  project: null,
  refinements: [],
  ideas: [],
};
const reply = (status: number, body: unknown): Fetch => async () => new Response(JSON.stringify(body), { status });

describe('applicationStatus', () => {
  it('posts the token and reads the answer with the shared schema', async () => {
    let sent: string | undefined;
    const result = await applicationStatus('/api/application-status', 'tok', async (_url, init) => {
      sent = String(init?.body);
      return new Response(JSON.stringify(answer));
    });
    expect(sent).toBe('{"token":"tok"}');
    expect(result).toMatchObject({ ok: true, data: { reference: '2020-000001', review: { completeness: { decision: 'fail' } } } });
  });

  it('says what a refusal means for a status link', async () => {
    const message = async (status: number) => {
      const result = await applicationStatus('/x', 't', reply(status, { error: { status, name: 'X', message: 'server' } }));
      return result.ok ? null : result.error.message;
    };
    expect(await message(404)).toBe('Ссылка не найдена: проверьте, что она скопирована из письма целиком.');
    expect(await message(410)).toBe('Эта ссылка на статус заявки отозвана. Новая ссылка отправлена на почту руководителя проекта.');
    expect(await message(429)).toBe('Слишком много запросов. Попробуйте через минуту.');
    expect(await message(503)).toBe('Статус сейчас недоступен. Попробуйте через несколько минут.');
    expect(await message(415)).toBe('Не удалось узнать статус (ошибка 415). Попробуйте позже.');
    const malformed = await applicationStatus('/x', 't', reply(200, { ...answer, stage: 'nowhere' }));
    expect(malformed.ok ? null : malformed.error.message).toBe('Не удалось узнать статус (ошибка 200). Попробуйте позже.');
  });
});

import { describe, expect, it } from 'vitest';
import { readConfig } from './config';

describe('the CMS configuration', () => {
  it('has a default for every optional setting, SITE_URL without a trailing slash', () => {
    const c = readConfig({});
    expect(c.SITE_URL).toBe('http://localhost:8888');
    expect(c).toMatchObject({ VOTES_PER_VOTER_PER_MINUTE: 30, MAIL_QUEUE_SECONDS: 15, SMTP_PORT: 587, DISPOSABLE_EMAIL_DOMAINS: [] });
    expect(c.BUILD_HOOK_URL).toBeUndefined();
    expect(readConfig({ SITE_URL: ' https://100gorodov.ru/// ' }).SITE_URL).toBe('https://100gorodov.ru');
  });

  it('reads an empty value as unset and parses numbers, lists and flags', () => {
    const c = readConfig({ SITE_URL: '', VOTES_PER_VOTER_PER_MINUTE: '3', SMTP_SECURE: 'yes', DISPOSABLE_EMAIL_DOMAINS: ' Temp.ru, ,x.org' });
    expect(c.SITE_URL).toBe('http://localhost:8888');
    expect(c.VOTES_PER_VOTER_PER_MINUTE).toBe(3);
    expect(c.SMTP_SECURE).toBe(true);
    expect(c.DISPOSABLE_EMAIL_DOMAINS).toEqual(['temp.ru', 'x.org']);
  });

  it('refuses bad values naming each variable, in Russian and English, without showing secrets', () => {
    let message = '';
    try {
      readConfig({ VOTES_PER_VOTER_PER_MINUTE: 'many', SITE_URL: 'localhost', VOTER_HASH_KEY: 'short' });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('Неверные переменные окружения CMS / Invalid CMS environment variables');
    expect(message).toMatch(/VOTES_PER_VOTER_PER_MINUTE = "many": ожидается целое число от 1 \/ expected a whole number ≥ 1/);
    expect(message).toMatch(/SITE_URL = "localhost": ожидается адрес/);
    expect(message).toMatch(/VOTER_HASH_KEY \(значение скрыто \/ value hidden\): ожидается не короче 16 символов/);
    expect(message).not.toContain('short');
  });
});

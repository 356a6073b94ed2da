import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { privacyScanner, scanDirectory } from './privacy-scan.ts';

const HASH = 'a3f1c9e0b7d24f6a8c1e3b5d7f9a0c2e4b6d8f0a1c3e5b7d9f1a3c5e7b9d1f3a';
const rules = {
  known: [
    { value: 'ivan.petrov@example.ru', what: 'почта лидера' },
    { value: '+79123456789', what: 'телефон лидера' },
    { value: 'Сидорова Мария Петровна', what: 'имя эксперта' },
    { value: 'Окончил МГУ, специальность «Урбанистика», 2015 год.', what: 'резюме лидера' },
    { value: HASH, what: 'хеш голосующего' },
    { value: 'Публичный Эксперт Иванович', what: 'имя эксперта' },
  ],
  allowed: ['info@100gorodov.ru', '+7 (495) 123-45-67', 'Публичный Эксперт Иванович'],
};

const scan = (text: string) => privacyScanner(rules).scanText(text, 'page.html');
const what = (text: string) => scan(text).map((f) => f.what);

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the personal-data scan', () => {
  it('finds planted known values however the page writes them', () => {
    expect(what('<p>Пишите: ivan.petrov&#64;example.ru</p>')).toEqual(['почта лидера']);
    expect(what('<a href="tel:+79123456789">8 (912) 345-67-89</a>')).toEqual(['телефон лидера', 'телефон лидера']);
    expect(what('{"name":"\\u0421идорова Мария Петровна"}')).toEqual(['имя эксперта']);
    expect(what('<p>Окончил МГУ,&nbsp;специальность &laquo;Урбанистика&raquo;,\n 2015&#160;год.</p>')).toEqual(['резюме лидера']);
    expect(what(`voter;${HASH.toUpperCase()}`)).toEqual(['хеш голосующего']);
  });

  it('finds what is shaped like personal data even when nobody planted it', () => {
    expect(what('someone.else@mail.example')).toEqual(['адрес электронной почты']);
    expect(what('звоните +7 999 111-22-33')).toEqual(['номер телефона']);
    expect(what('"hash":"' + 'f'.repeat(64) + '"')).toEqual(['хеш из 64 шестнадцатеричных знаков']);
    expect(what(`/application-status/#2025-000001.${'A'.repeat(43)}`)).toEqual(['токен ссылки на статус заявки']);
  });

  it('leaves alone what the programme publishes on purpose and what only looks alike', () => {
    expect(scan('Пишите на info@100gorodov.ru или звоните +7 495 123-45-67. Совет: Публичный Эксперт Иванович.')).toEqual([]);
    expect(scan('<img srcset="/_astro/logo@2x.png 2x"><path d="M80 912 345 67 89L1.5 2"/> 2025-000001 1 200 000 ₽ ' + 'f'.repeat(65))).toEqual([]);
  });

  it('scans every text file of a directory and reports where', () => {
    const dir = mkdtempSync(join(tmpdir(), 'privacy-scan-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'open-data'));
    writeFileSync(join(dir, 'index.html'), '<p>чисто</p>');
    writeFileSync(join(dir, 'open-data', 'projects.csv'), '\uFEFFreference;contact\r\n2025-000001;ivan.petrov@example.ru\r\n');
    writeFileSync(join(dir, 'chart.svg'), '<svg><title>Сидорова Мария Петровна</title></svg>');
    writeFileSync(join(dir, 'photo.png'), 'ivan.petrov@example.ru');
    const { files, findings } = scanDirectory(dir, rules);
    expect(files).toBe(3);
    expect(findings.map((f) => [f.file, f.what])).toEqual([
      ['chart.svg', 'имя эксперта'],
      [join('open-data', 'projects.csv'), 'почта лидера'],
    ]);
  });
});

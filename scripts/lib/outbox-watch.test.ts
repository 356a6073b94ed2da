import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeHeader, summariseEmail, watchOutbox } from './outbox-watch.ts';

// An email as the CMS's local mailer (nodemailer's stream transport) writes it: Russian text in base64.
const eml = [
  'From: =?UTF-8?B?wqsxMDAg0LPQvtGA0L7QtNGB0LrQuNGFINC70Lg=?=',
  ' =?UTF-8?B?0LTQtdGA0L7QssK7?= <noreply@100gorodov.ru>',
  'To: zhitel@example.ru',
  'Subject: =?UTF-8?B?0JrQvtC0INC/0L7QtNGC0LLQtdGA0LbQtNC10L0=?=',
  ' =?UTF-8?B?0LjRjzogMzgzODE4?=',
  'Content-Transfer-Encoding: base64',
  'Content-Type: text/plain; charset=utf-8',
  '',
  Buffer.from('Здравствуйте!\n\nВход: http://localhost:8888/expert/#abc_DEF-123\n').toString('base64'),
].join('\n');

describe('the local outbox, as npm start prints it', () => {
  it('decodes a folded, encoded subject', () => {
    expect(decodeHeader('=?UTF-8?B?0JrQvtC0INC/0L7QtNGC0LLQtdGA0LbQtNC10L0=?=\n =?UTF-8?B?0LjRjzogMzgzODE4?=')).toBe('Код подтверждения: 383818');
  });

  it('names the recipient, the subject and the first link', () => {
    expect(summariseEmail(eml)).toEqual({ to: 'zhitel@example.ru', subject: 'Код подтверждения: 383818', link: 'http://localhost:8888/expert/#abc_DEF-123' });
  });

  it('prints one line for each new email and none for those already there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'outbox-'));
    try {
      writeFileSync(join(dir, 'old.eml'), eml);
      const lines: string[] = [];
      const printed = new Promise<void>((resolve) => {
        const stop = watchOutbox(dir, (line) => {
          lines.push(line);
          stop();
          resolve();
        });
      });
      writeFileSync(join(dir, 'new.eml'), readFileSync(join(dir, 'old.eml')));
      await printed;
      expect(lines).toEqual(['Mail to zhitel@example.ru: «Код подтверждения: 383818» http://localhost:8888/expert/#abc_DEF-123 (.outbox/new.eml)']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

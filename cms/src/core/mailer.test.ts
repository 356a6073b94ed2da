import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readConfig } from './config';
import { createMailer } from './mailer';

const dir = mkdtempSync(join(tmpdir(), 'mailer-outbox-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('mailer without SMTP', () => {
  it('writes an .eml into OUTBOX_DIR and logs only its path', async () => {
    const logged: string[] = [];
    const mailer = createMailer(readConfig({ OUTBOX_DIR: dir }), '/nowhere', { info: (m) => logged.push(m) });
    await mailer.send({ to: 'someone@example.org', subject: 'Заявка принята', text: 'Секретный текст письма' });
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/\.eml$/);
    const eml = readFileSync(join(dir, files[0]!), 'utf8');
    expect(eml).toMatch(/^To: someone@example\.org$/m);
    expect(eml).toMatch(/^From: /m);
    expect(logged.at(-1)).toBe(`mailer: message written to ${join(dir, files[0]!)}`);
    expect(logged.join('\n')).not.toContain('someone@example.org');
    expect(logged.join('\n')).not.toContain('Секретный');
  });
});

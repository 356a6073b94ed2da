import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** An .eml's single text part, decoded (nodemailer writes Russian text as base64). */
export function decodedBody(eml: string): string {
  const [head, ...rest] = eml.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  return /Content-Transfer-Encoding: base64/i.test(head!) ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8') : body;
}

/** The emails written into an outbox folder, decoded, oldest first. */
export function outboxEmails(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((f) => decodedBody(readFileSync(join(dir, f), 'utf8')));
}

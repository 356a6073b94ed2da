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

/**
 * The one-time code in the latest email sent to `address` (its To: header), as a resident reads it.
 * Throws when there is none, naming the address.
 */
export function latestCode(dir: string, address: string): string {
  const to = new RegExp(`^To: ${address.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'im');
  const mails = readdirSync(dir)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .filter((eml) => to.test(eml.split(/\r?\n\r?\n/)[0]!));
  const code = /код[^:]*: (\d{6})/i.exec(decodedBody(mails.at(-1) ?? ''))?.[1];
  if (!code) throw new Error(`no code for ${address} in the outbox`);
  return code;
}

// The serve command's local mail: without SMTP the CMS writes each email as an .eml file into
// .outbox/ (base64, as mail goes). A newcomer should not need a mail client to read a one-time code,
// so npm start prints one line per new email: to whom, the subject, the first link in it. Local
// only: this is the developer's own terminal and the same text is in the file beside it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodedBody } from '../../tests/support/outbox.ts';

/** A header's value with RFC 2047 encoded words (`=?UTF-8?B?…?=`) decoded and folded lines joined. */
export function decodeHeader(value: string): string {
  return value
    .replace(/\r?\n[ \t]+/g, ' ')
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_m, encoding: string, text: string) =>
      encoding.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (_h, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8'),
    );
}

/** To, subject and the first link of an .eml file's text. */
export function summariseEmail(eml: string): { to: string; subject: string; link: string | null } {
  const head = eml.split(/\r?\n\r?\n/)[0] ?? '';
  const header = (name: string) => new RegExp(`^${name}: (.*(?:\\r?\\n[ \\t].*)*)`, 'im').exec(head)?.[1] ?? '';
  const link = /https?:\/\/\S+/.exec(decodedBody(eml))?.[0] ?? null;
  return { to: decodeHeader(header('To')).trim(), subject: decodeHeader(header('Subject')).trim(), link };
}

/** Prints a line for every email that appears in `dir` from now on; answers the function that stops it. */
export function watchOutbox(dir: string, print: (line: string) => void): () => void {
  const seen = new Set(existsSync(dir) ? readdirSync(dir) : []);
  const timer = setInterval(() => {
    if (!existsSync(dir)) return;
    for (const file of readdirSync(dir).sort()) {
      if (seen.has(file) || !file.endsWith('.eml')) continue;
      seen.add(file);
      try {
        const mail = summariseEmail(readFileSync(join(dir, file), 'utf8'));
        print(`Mail to ${mail.to}: «${mail.subject}»${mail.link ? ` ${mail.link}` : ''} (.outbox/${file})`);
      } catch {
        // A file still being written is read on the next turn.
        seen.delete(file);
      }
    }
  }, 500);
  timer.unref();
  return () => clearInterval(timer);
}

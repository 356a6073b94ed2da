import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import nodemailer from 'nodemailer';

/**
 * Emails to applicants. With SMTP_HOST set they go out over SMTP; without it (local runs, tests)
 * each message is written as an .eml file into OUTBOX_DIR (default <repo>/.outbox). Only the file
 * path is logged — never the address or the content, both are personal data.
 */
export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

interface Log {
  info(message: string): void;
}

const bool = (v: string | undefined, fallback: boolean) => (v === undefined || v === '' ? fallback : /^(1|true|yes)$/i.test(v));

export function createMailer(env: NodeJS.ProcessEnv, appRoot: string, log: Log): Mailer {
  const from = env.MAIL_FROM?.trim() || '«100 городских лидеров» <noreply@100gorodov.ru>';
  const host = env.SMTP_HOST?.trim();
  if (host) {
    const port = Number(env.SMTP_PORT || 587);
    const transport = nodemailer.createTransport({
      host,
      port,
      secure: bool(env.SMTP_SECURE, port === 465),
      auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS ?? '' } : undefined,
    });
    log.info(`mailer: SMTP ${host}:${port}`);
    return {
      async send(mail) {
        const info = await transport.sendMail({ from, ...mail });
        log.info(`mailer: sent message ${info.messageId}`);
      },
    };
  }
  const dir = resolve(appRoot, env.OUTBOX_DIR?.trim() || join('..', '.outbox'));
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  log.info(`mailer: SMTP_HOST is not set, emails are written to ${dir}`);
  return {
    async send(mail) {
      const info = await transport.sendMail({ from, ...mail });
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}.eml`);
      writeFileSync(file, info.message as Buffer);
      log.info(`mailer: message written to ${file}`);
    },
  };
}

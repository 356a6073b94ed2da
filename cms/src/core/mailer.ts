import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Core } from '@strapi/strapi';
import nodemailer from 'nodemailer';
import { config, type MailConfig } from './config';

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

export function createMailer(settings: MailConfig, appRoot: string, log: Log): Mailer {
  const from = settings.MAIL_FROM;
  const host = settings.SMTP_HOST;
  if (host) {
    const port = settings.SMTP_PORT;
    const transport = nodemailer.createTransport({
      host,
      port,
      secure: settings.SMTP_SECURE ?? port === 465,
      auth: settings.SMTP_USER ? { user: settings.SMTP_USER, pass: settings.SMTP_PASS ?? '' } : undefined,
    });
    log.info(`mailer: SMTP ${host}:${port}`);
    return {
      async send(mail) {
        const info = await transport.sendMail({ from, ...mail });
        log.info(`mailer: sent message ${info.messageId}`);
      },
    };
  }
  const dir = resolve(appRoot, settings.OUTBOX_DIR || join('..', '.outbox'));
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

let mailer: Mailer | null = null;
let held: { count: number } | null = null;

/** One mailer per process, configured from the environment at first use. */
export function getMailer(strapi: Core.Strapi): Mailer {
  mailer ??= createMailer(config(), strapi.dirs.app.root, { info: (m) => strapi.log.info(m) });
  const real = mailer;
  return {
    async send(mail) {
      if (held) {
        held.count += 1;
        return;
      }
      await real.send(mail);
    },
  };
}

/**
 * Runs `task` with outgoing mail dropped and answers how many messages were dropped. Only for the
 * demo's load at start-up (src/demo), before the CMS serves anyone: the review results and
 * sign-in links of hundreds of made-up applicants and experts are nobody's mail.
 */
export async function withMailHeld<T>(task: () => Promise<T>): Promise<{ result: T; dropped: number }> {
  const mine = { count: 0 };
  held = mine;
  try {
    return { result: await task(), dropped: mine.count };
  } finally {
    held = null;
  }
}

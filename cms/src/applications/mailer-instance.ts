import type { Core } from '@strapi/strapi';
import { createMailer, type Mailer } from '../mailer';

let mailer: Mailer | null = null;
let held: { count: number } | null = null;

/** One mailer per process, configured from the environment at first use. */
export function getMailer(strapi: Core.Strapi): Mailer {
  mailer ??= createMailer(process.env, strapi.dirs.app.root, { info: (m) => strapi.log.info(m) });
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

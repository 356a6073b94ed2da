import type { Core } from '@strapi/strapi';
import { createMailer, type Mailer } from '../mailer';

let mailer: Mailer | null = null;

/** One mailer per process, configured from the environment at first use. */
export function getMailer(strapi: Core.Strapi): Mailer {
  mailer ??= createMailer(process.env, strapi.dirs.app.root, { info: (m) => strapi.log.info(m) });
  return mailer;
}

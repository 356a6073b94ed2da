import type { Core } from '@strapi/strapi';
import { statusToken } from '@portal/schema/status-link';
import { fieldRefusal } from '../core/errors';
import { getMailer } from '../core/mailer';
import { config } from '../core/config';

/**
 * Revoking an application's private status link. The link is signed with the application's
 * statusLinkVersion (see @portal/schema/status-link); the functions refuse a link of any other
 * version. An editor revokes a leaked link by raising the version in the admin panel: the old link
 * then answers 410 and the leader is mailed the new one (the leader's address is the only place a
 * status link may go). Lowering the version is refused: it would bring revoked links back.
 */
const APPLICATION = 'api::application.application';

/** The leader's private status link, signed like the functions sign it (STATUS_LINK_SECRET is shared). */
export function privateStatusUrl(reference: string, version = 1): string | undefined {
  const { STATUS_LINK_SECRET: secret, SITE_URL: site } = config();
  return secret ? `${site}/application-status/#${statusToken(reference, secret, version)}` : undefined;
}

export const linkVersion = (row: { statusLinkVersion?: number | null } | null | undefined) => Number(row?.statusLinkVersion ?? 1) || 1;

export function registerStatusLinkRevocation(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const ctx = context as unknown as { uid: string; action: string; params: { documentId?: string; data?: Record<string, unknown> } };
    const wanted = ctx.params?.data?.statusLinkVersion;
    if (ctx.uid !== APPLICATION || ctx.action !== 'update' || !ctx.params.documentId || wanted === undefined || wanted === null) return next();
    const before = (await strapi.db.query(APPLICATION).findOne({ where: { documentId: ctx.params.documentId }, select: ['reference', 'title', 'leaderEmail', 'statusLinkVersion'] }));
    if (!before) return next();
    const version = Number(wanted);
    if (!Number.isInteger(version) || version < linkVersion(before)) {
      throw fieldRefusal('statusLinkVersion', `Версию ссылки можно только увеличить (сейчас ${linkVersion(before)}): отозванные ссылки не возвращаются.`);
    }
    const result = await next();
    if (version > linkVersion(before)) {
      const url = privateStatusUrl(before.reference, version);
      if (url) {
        await getMailer(strapi)
          .send({
            to: before.leaderEmail,
            subject: `Новая ссылка на статус заявки ${before.reference}`,
            text:
              `Здравствуйте!\n\nПрежняя ссылка на статус заявки ${before.reference} «${before.title}» отозвана и больше не открывается. ` +
              `Новая личная ссылка:\n${url}\n\nНе пересылайте её: по ней видно состояние заявки и можно отвечать на уточнения.` +
              '\n\n—\nКоманда программы «100 городских лидеров»',
          })
          .catch((e) => strapi.log.error(`mailer: the new status link for ${before.reference} was not sent: ${(e as Error).message}`));
      } else strapi.log.warn(`applications: STATUS_LINK_SECRET or SITE_URL is not set; the new status link for ${before.reference} was not mailed`);
    }
    return result;
  });
}

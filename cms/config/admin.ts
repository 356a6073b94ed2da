import { previewUrl } from '@portal/schema';
import type { Core } from '@strapi/strapi';

/**
 * Strapi's Preview: the edit view frames the site's on-demand preview page (site/src/pages/preview/),
 * which renders the document's draft with the site's own pages. On only with PREVIEW_SECRET (the same
 * value as the site's); SITE_URL is where the site answers; PREVIEW_ALLOWED_ORIGINS adds origins the
 * admin panel may frame (comma-separated) beside SITE_URL's.
 */
function previewConfig(env: Core.Config.Shared.ConfigParams['env']): NonNullable<Core.Config.Admin['preview']> {
  const secret = env('PREVIEW_SECRET', '');
  const siteUrl = env('SITE_URL', 'http://localhost:8888');
  const extra = env.array('PREVIEW_ALLOWED_ORIGINS', []) as string[];
  return {
    enabled: secret.length > 0,
    config: {
      allowedOrigins: [new URL(siteUrl).origin, ...extra.filter(Boolean)],
      // null for a type without a public page: Strapi shows no preview there.
      handler: (uid, { documentId, status }) => previewUrl(siteUrl, secret, { uid, documentId, status }),
    },
  };
}

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  autoOpen: false,
  auth: {
    secret: env('ADMIN_JWT_SECRET')!,
  },
  apiToken: {
    salt: env('API_TOKEN_SALT')!,
  },
  transfer: {
    token: {
      salt: env('TRANSFER_TOKEN_SALT')!,
    },
  },
  secrets: {
    encryptionKey: env('ENCRYPTION_KEY')!,
  },
  preview: previewConfig(env),
  flags: {
    nps: env.bool('FLAG_NPS', false),
    promoteEE: env.bool('FLAG_PROMOTE_EE', false),
  },
});

export default config;

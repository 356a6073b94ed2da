import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  'users-permissions': {
    config: {
      jwtSecret: env('JWT_SECRET')!,
    },
  },
  // Content types are code (cms/src/api/*/schema.json, reviewed and deployed): in production the
  // builder is not even loaded. The admin panel must be built with the same NODE_ENV it runs with.
  'content-type-builder': {
    enabled: env('NODE_ENV') !== 'production',
  },
  upload: {
    config: {
      sizeLimit: env.int('UPLOAD_SIZE_LIMIT', 10 * 1024 * 1024),
    },
  },
});

export default config;

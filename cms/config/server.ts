import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  // The CMS's own public address (https://cms.example.ru) when it runs behind a proxy; empty locally.
  url: env('PUBLIC_URL', ''),
  proxy: { koa: env.bool('IS_PROXIED', false) },
  // No "new Strapi version" banner in the logs: upgrades go through package.json like any dependency.
  logger: { updates: { enabled: false } },
  app: {
    keys: env.array('APP_KEYS')!,
  },
});

export default config;

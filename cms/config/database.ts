import path from 'node:path';
import type { Core } from '@strapi/strapi';

/**
 * The cms/ folder. Strapi compiles this file to dist/config/database.js and loads it from there, so
 * a relative DATABASE_FILENAME is resolved against the project root, not against dist/.
 */
const cmsRoot = path.basename(path.resolve(__dirname, '..')) === 'dist'
  ? path.resolve(__dirname, '..', '..')
  : path.resolve(__dirname, '..');

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database => {
  const client = env('DATABASE_CLIENT', 'sqlite');

  if (client === 'sqlite') {
    return {
      connection: {
        client: 'sqlite',
        connection: {
          filename: path.resolve(cmsRoot, env('DATABASE_FILENAME', '.tmp/data.db')),
        },
        useNullAsDefault: true,
      },
    };
  }

  if (client === 'postgres') {
    const ssl = env.bool('DATABASE_SSL', false)
      ? {
          rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true),
          ca: env('DATABASE_SSL_CA', undefined),
        }
      : false;
    const url = env('DATABASE_URL', '');
    // Strapi reads `schema` next to knex's pg options, which its type does not list.
    const connection = (url
      ? { connectionString: url, ssl, schema: env('DATABASE_SCHEMA', 'public') }
      : {
          host: env('DATABASE_HOST', 'localhost'),
          port: env.int('DATABASE_PORT', 5432),
          database: env('DATABASE_NAME', 'strapi'),
          user: env('DATABASE_USERNAME', 'strapi'),
          password: env('DATABASE_PASSWORD', ''),
          ssl,
          schema: env('DATABASE_SCHEMA', 'public'),
        }) as Core.Config.Database<'postgres'>['connection']['connection'];
    return {
      connection: {
        client: 'postgres',
        connection,
        pool: {
          min: env.int('DATABASE_POOL_MIN', 2),
          max: env.int('DATABASE_POOL_MAX', 10),
        },
        acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
      },
    };
  }

  throw new Error(`DATABASE_CLIENT must be "sqlite" or "postgres", got "${client}"`);
};

export default config;

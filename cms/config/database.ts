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
        // Write-ahead log: one sync per commit instead of creating, syncing and deleting a journal
        // file, and readers never wait for the writer. synchronous stays FULL: a committed vote
        // survives a power cut, not only a crash.
        pool: {
          afterCreate: (conn: any, done: (error?: Error, conn?: unknown) => void) => {
            try {
              conn.pragma('journal_mode = WAL');
              conn.pragma('synchronous = FULL');
              // Checkpoints run on a worker thread (src/sqlite-checkpointer.ts); the connection
              // does one itself only if the log reaches 10,000 pages (40 MB), when that worker is gone.
              conn.pragma('wal_autocheckpoint = 10000');
              done(undefined, conn);
            } catch (error) {
              done(error as Error, conn);
            }
          },
        },
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

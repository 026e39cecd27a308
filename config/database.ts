import path from 'node:path';

import { findAppDir } from '../src/app/secrets';

type Client = 'sqlite' | 'postgres';

export default ({ env }) => {
  const client: Client = env('DATABASE_CLIENT', 'sqlite');

  if (client === 'postgres') {
    const ssl = env.bool('DATABASE_SSL', false) && {
      rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true),
    };
    const connection = env('DATABASE_URL')
      ? { connectionString: env('DATABASE_URL'), ssl, schema: env('DATABASE_SCHEMA', 'public') }
      : {
          host: env('DATABASE_HOST', 'localhost'),
          port: env.int('DATABASE_PORT', 5432),
          database: env('DATABASE_NAME', 'strapi'),
          user: env('DATABASE_USERNAME', 'strapi'),
          password: env('DATABASE_PASSWORD', ''),
          schema: env('DATABASE_SCHEMA', 'public'),
          ssl,
        };
    return {
      connection: {
        client,
        connection,
        pool: { min: env.int('DATABASE_POOL_MIN', 2), max: env.int('DATABASE_POOL_MAX', 10) },
        acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
      },
    };
  }

  if (client !== 'sqlite') {
    throw new Error(`DATABASE_CLIENT must be "sqlite" or "postgres", got "${client}".`);
  }

  // SQLite's own default page cache is 2 MB, where an archive's indexes take gigabytes: every
  // lookup of an import or a related list went to the OS for pages a larger cache keeps.
  const cacheMb = env.int('DATABASE_CACHE_MB', 64);
  return {
    connection: {
      client,
      connection: {
        filename: path.resolve(findAppDir(), env('DATABASE_FILENAME', '.tmp/data.db')),
      },
      useNullAsDefault: true,
      pool: {
        // WAL lets readers go on while an import writes; the busy timeout makes a second writer
        // wait for the lock instead of failing at once with SQLITE_BUSY.
        afterCreate: (conn, done) => {
          conn.pragma('journal_mode = WAL');
          conn.pragma(`busy_timeout = ${env.int('DATABASE_BUSY_TIMEOUT', 5000)}`);
          conn.pragma(`cache_size = ${-1024 * cacheMb}`);
          done(null, conn);
        },
      },
      acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
    },
  };
};

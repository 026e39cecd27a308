import { env } from '@strapi/utils';

import databaseConfig from '../../../config/database';

const VARS = [
  'DATABASE_CLIENT',
  'DATABASE_URL',
  'DATABASE_HOST',
  'DATABASE_PORT',
  'DATABASE_NAME',
  'DATABASE_USERNAME',
  'DATABASE_PASSWORD',
  'DATABASE_SCHEMA',
  'DATABASE_SSL',
  'DATABASE_FILENAME',
  'DATABASE_CACHE_MB',
];

const configWith = (vars: Record<string, string>) => {
  const saved = Object.fromEntries(VARS.map((name) => [name, process.env[name]]));
  for (const name of VARS) delete process.env[name];
  Object.assign(process.env, vars);
  try {
    return databaseConfig({ env }).connection as any;
  } finally {
    for (const name of VARS) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  }
};

describe('config/database', () => {
  it('defaults to SQLite at .tmp/data.db with WAL, a busy timeout and a 64 MB page cache', () => {
    const connection = configWith({});
    expect(connection.client).toBe('sqlite');
    expect(connection.connection.filename).toMatch(/[/\\]\.tmp[/\\]data\.db$/);

    const pragmas: string[] = [];
    const done = jest.fn();
    connection.pool.afterCreate({ pragma: (p: string) => pragmas.push(p) }, done);
    expect(pragmas).toEqual(['journal_mode = WAL', 'busy_timeout = 5000', 'cache_size = -65536']);
    expect(done).toHaveBeenCalled();
  });

  it('sizes SQLite\'s page cache from DATABASE_CACHE_MB', () => {
    const pragmas: string[] = [];
    configWith({ DATABASE_CACHE_MB: '256' }).pool.afterCreate({ pragma: (p: string) => pragmas.push(p) }, jest.fn());
    expect(pragmas).toContain('cache_size = -262144');
  });

  it('honours DATABASE_FILENAME', () => {
    expect(configWith({ DATABASE_FILENAME: '/var/lib/newsroom/cms.db' }).connection.filename).toBe(
      '/var/lib/newsroom/cms.db'
    );
  });

  it('uses DATABASE_URL for PostgreSQL', () => {
    const connection = configWith({
      DATABASE_CLIENT: 'postgres',
      DATABASE_URL: 'postgres://cms:secret@db.internal:5433/newsroom',
    });
    expect(connection.client).toBe('postgres');
    expect(connection.connection).toMatchObject({
      connectionString: 'postgres://cms:secret@db.internal:5433/newsroom',
      schema: 'public',
      ssl: false,
    });
  });

  it('uses the host/port/name/user/password variables without DATABASE_URL', () => {
    const connection = configWith({
      DATABASE_CLIENT: 'postgres',
      DATABASE_HOST: 'db.internal',
      DATABASE_PORT: '5433',
      DATABASE_NAME: 'newsroom',
      DATABASE_USERNAME: 'cms',
      DATABASE_PASSWORD: 'secret',
      DATABASE_SCHEMA: 'cms',
      DATABASE_SSL: 'true',
    });
    expect(connection.connection).toEqual({
      host: 'db.internal',
      port: 5433,
      database: 'newsroom',
      user: 'cms',
      password: 'secret',
      schema: 'cms',
      ssl: { rejectUnauthorized: true },
    });
  });

  it('refuses an unknown client with a clear message', () => {
    expect(() => configWith({ DATABASE_CLIENT: 'mongodb' })).toThrow(
      'DATABASE_CLIENT must be "sqlite" or "postgres", got "mongodb".'
    );
  });
});

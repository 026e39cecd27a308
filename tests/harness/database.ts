/**
 * A fresh, empty database for one Strapi boot: a temporary SQLite file, or, with
 * DATABASE_CLIENT=postgres, a new database on the server TEST_DATABASE_URL points at (created here
 * and dropped by `drop()`). The harness rewrites DATABASE_URL for each boot, so the server's own
 * address lives in a variable of its own.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { Client } from 'pg';

export type TestDatabase = {
  client: 'sqlite' | 'postgres';
  /** Environment variables that point Strapi's config/database.ts at this database. */
  env: Record<string, string>;
  drop(): Promise<void>;
};

/** Test databases are named `newsroom_test_<run>_<random>`, so a run can drop its leftovers. */
export const PG_PREFIX = 'newsroom_test_';

export const DEFAULT_PG_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

const serverUrl = () => process.env.TEST_DATABASE_URL || DEFAULT_PG_URL;

export const usesPostgres = () => process.env.DATABASE_CLIENT === 'postgres';

const withAdminClient = async <T>(fn: (client: Client) => Promise<T>): Promise<T> => {
  const client = new Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
};

const createPostgresDatabase = async (): Promise<TestDatabase> => {
  const run = (process.env.TEST_RUN_ID ?? String(process.pid)).replace(/\W/g, '');
  const name = `${PG_PREFIX}${run}_${crypto.randomBytes(4).toString('hex')}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`));
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return {
    client: 'postgres',
    env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString() },
    drop: () => withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}),
  };
};

const createSqliteDatabase = (): TestDatabase => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-test-'));
  return {
    client: 'sqlite',
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'data.db') },
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
};

export const createTestDatabase = async (): Promise<TestDatabase> =>
  usesPostgres() ? createPostgresDatabase() : createSqliteDatabase();

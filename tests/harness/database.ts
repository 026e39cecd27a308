/**
 * A fresh, empty database for one Strapi boot: a temporary SQLite file, or, with
 * DATABASE_CLIENT=postgres, a new database on the server TEST_DATABASE_URL points at (created here
 * and dropped by `drop()`).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { Client } from 'pg';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { PG_PREFIX, serverUrl, withClient } = require('../../scripts/test-databases') as {
  PG_PREFIX: string;
  serverUrl: () => string;
  withClient: <T>(url: string, fn: (client: Client) => Promise<T>) => Promise<T>;
};

export type TestDatabase = {
  client: 'sqlite' | 'postgres';
  /** Environment variables that point Strapi's config/database.ts at this database. */
  env: Record<string, string>;
  drop(): Promise<void>;
};

export const usesPostgres = () => process.env.DATABASE_CLIENT === 'postgres';

const withAdminClient = <T>(fn: (client: Client) => Promise<T>): Promise<T> => withClient(serverUrl(), fn);

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

#!/usr/bin/env node
/**
 * `npm test`: every tier this machine can run, one after the other.
 *
 *   1. unit + integration on SQLite (always);
 *   2. integration on PostgreSQL, when a server answers at TEST_DATABASE_URL (default
 *      postgres://postgres@127.0.0.1:5432/postgres). Each test file gets its own fresh database,
 *      dropped afterwards. With CI=true an unreachable server is a failure, never a skip.
 *
 * Extra arguments go to jest: `npm test -- tests/slugs.test.ts`.
 * `--sqlite-only` / `--pg-only` pick one tier.
 */
'use strict';

const crypto = require('node:crypto');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { Client } = require('pg');

const DEFAULT_PG_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const PG_PREFIX = 'newsroom_test_';

const args = process.argv.slice(2);
const sqliteOnly = args.includes('--sqlite-only');
const pgOnly = args.includes('--pg-only');
const jestArgs = args.filter((arg) => arg !== '--sqlite-only' && arg !== '--pg-only');
const isCI = ['true', '1'].includes(String(process.env.CI).toLowerCase());
const jestBin = path.resolve(__dirname, '..', 'node_modules', 'jest', 'bin', 'jest.js');

const runJest = (label, extraArgs, env) => {
  console.log(`\n=== ${label} ===\n`);
  const result = spawnSync(process.execPath, [jestBin, '--runInBand', ...extraArgs, ...jestArgs], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return result.status ?? 1;
};

const withClient = async (url, fn) => {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
};

const dropLeftovers = (url, runId) =>
  withClient(url, async (client) => {
    const { rows } = await client.query('SELECT datname FROM pg_database WHERE datname LIKE $1', [
      `${PG_PREFIX}${runId}_%`,
    ]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    return rows.length;
  });

async function main() {
  let failed = false;

  if (!pgOnly) {
    failed = runJest('unit + integration on SQLite', [], { DATABASE_CLIENT: 'sqlite' }) !== 0 || failed;
  }

  if (!sqliteOnly) {
    const url = process.env.TEST_DATABASE_URL || DEFAULT_PG_URL;
    let reachable = true;
    try {
      await withClient(url, (client) => client.query('SELECT 1'));
    } catch (error) {
      reachable = false;
      const message = `PostgreSQL is not reachable at ${url} (${error.message}).`;
      if (isCI || pgOnly) {
        console.error(`\n${message} The PostgreSQL tier must run here; failing.`);
        failed = true;
      } else {
        console.warn(`\n${message} Skipping the PostgreSQL tier; set TEST_DATABASE_URL to run it.`);
      }
    }
    if (reachable) {
      const runId = crypto.randomBytes(4).toString('hex');
      const status = runJest('integration on PostgreSQL', ['--selectProjects', 'integration'], {
        DATABASE_CLIENT: 'postgres',
        TEST_DATABASE_URL: url,
        TEST_RUN_ID: runId,
      });
      failed = status !== 0 || failed;
      const left = await dropLeftovers(url, runId);
      if (left > 0) console.warn(`Dropped ${left} test database(s) a failed test left behind.`);
    }
  }

  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

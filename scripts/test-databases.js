/**
 * The PostgreSQL server the test tiers use, shared by scripts/test.js (which drops a run's
 * leftovers) and tests/harness/database.ts (which creates and drops one database per test file).
 */
'use strict';

const { Client } = require('pg');

const DEFAULT_PG_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/** Test databases are named `newsroom_test_<run>_<random>`, so a run can drop its leftovers. */
const PG_PREFIX = 'newsroom_test_';

/**
 * The server's own address. The harness rewrites DATABASE_URL for each boot, so it lives in a
 * variable of its own.
 */
const serverUrl = () => process.env.TEST_DATABASE_URL || DEFAULT_PG_URL;

/** Connects to `url`, runs `fn` with the client, and always disconnects. */
const withClient = async (url, fn) => {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
};

module.exports = { DEFAULT_PG_URL, PG_PREFIX, serverUrl, withClient };

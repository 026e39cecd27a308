#!/usr/bin/env node
/**
 * `npm test`: every tier this machine can run, one after the other.
 *
 *   1. unit + integration on SQLite (always);
 *   2. integration on PostgreSQL, when a server answers at TEST_DATABASE_URL (default
 *      postgres://postgres@127.0.0.1:5432/postgres). Each test file gets its own fresh database,
 *      dropped afterwards;
 *   3. browser: the admin panel in headless Chromium (CHROMIUM_PATH, default /usr/bin/chromium),
 *      against the admin build in dist/build (built first when missing).
 *
 * With CI=true a tier that cannot run (no PostgreSQL, no Chromium) is a failure, never a skip.
 * Extra arguments go to jest: `npm test -- tests/slugs.test.ts`.
 * `--sqlite-only`, `--pg-only` and `--browser-only` pick one tier.
 */
'use strict';

const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const { PG_PREFIX, serverUrl, withClient } = require('./test-databases');

const TIER_FLAGS = ['--sqlite-only', '--pg-only', '--browser-only'];
const args = process.argv.slice(2);
const only = TIER_FLAGS.find((flag) => args.includes(flag));
const runs = (tier) => !only || only === `--${tier}-only`;
const jestArgs = args.filter((arg) => !TIER_FLAGS.includes(arg));
const isCI = ['true', '1'].includes(String(process.env.CI).toLowerCase());
const appDir = path.resolve(__dirname, '..');
const jestBin = path.join(appDir, 'node_modules', 'jest', 'bin', 'jest.js');
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const runJest = (label, extraArgs, env) => {
  console.log(`\n=== ${label} ===\n`);
  // The caller's arguments go first: `--selectProjects` is variadic and would swallow a path given
  // after it as one more project name. A path that only one tier holds is no failure of the others.
  const spread = !only && jestArgs.length > 0 ? ['--passWithNoTests'] : [];
  const result = spawnSync(process.execPath, [jestBin, '--runInBand', ...jestArgs, ...spread, ...extraArgs], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return result.status ?? 1;
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

  /** A tier that cannot run: a failure in CI or when asked for alone, a notice otherwise. */
  const cannotRun = (message, hint) => {
    if (isCI || only) {
      console.error(`\n${message} This tier must run here; failing.`);
      failed = true;
    } else {
      console.warn(`\n${message} Skipping this tier; ${hint}.`);
    }
  };

  if (runs('sqlite')) {
    const status = runJest('unit + integration on SQLite', ['--selectProjects', 'unit', 'integration'], {
      DATABASE_CLIENT: 'sqlite',
    });
    failed = status !== 0 || failed;
  }

  if (runs('pg')) {
    const url = serverUrl();
    let reachable = true;
    try {
      await withClient(url, (client) => client.query('SELECT 1'));
    } catch (error) {
      reachable = false;
      cannotRun(`PostgreSQL is not reachable at ${url} (${error.message}).`, 'set TEST_DATABASE_URL to run it');
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

  if (runs('browser')) {
    if (!fs.existsSync(chromiumPath)) {
      cannotRun(`Chromium is not installed at ${chromiumPath}.`, '`apt-get install chromium` to run it');
    } else {
      if (!fs.existsSync(path.join(appDir, 'dist', 'build', 'index.html'))) {
        console.log('\nNo admin build in dist/build: running `npm run build` first.');
        const build = spawnSync('npm', ['run', 'build'], { cwd: appDir, stdio: 'inherit' });
        if (build.status !== 0) failed = true;
      }
      const status = runJest('browser: the admin panel in Chromium', ['--selectProjects', 'browser'], {
        DATABASE_CLIENT: 'sqlite',
        CHROMIUM_PATH: chromiumPath,
      });
      failed = status !== 0 || failed;
    }
  }

  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

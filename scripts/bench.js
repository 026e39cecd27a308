#!/usr/bin/env node
/**
 * `npm run bench -- [--size 10000] [--db sqlite|postgres] [--json FILE] ...`
 *
 * Builds what the app needs (the plugin, the app's dist/), bundles bench/ with esbuild (already a
 * dependency of Strapi's build) into .tmp/bench/, and runs it with the arguments given. The bench
 * imports the plugin's pure language and matching modules from source, and drives the app through
 * the same in-process boot as the integration tests (tests/harness/strapi.ts).
 */
'use strict';

const path = require('node:path');
const { spawnSync } = require('node:child_process');

const appDir = path.resolve(__dirname, '..');

async function main() {
  const build = spawnSync(process.execPath, [path.join(__dirname, 'build-plugin.js')], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const { compileStrapi } = require('@strapi/strapi');
  await compileStrapi({ appDir, ignoreDiagnostics: true });

  const outfile = path.join(appDir, '.tmp', 'bench', 'bench.js');
  await require('esbuild').build({
    entryPoints: [path.join(appDir, 'bench', 'cli.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  const run = spawnSync(process.execPath, ['--expose-gc', outfile, ...process.argv.slice(2)], {
    stdio: 'inherit',
    cwd: appDir,
  });
  process.exit(run.status ?? 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

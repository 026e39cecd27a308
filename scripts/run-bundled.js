/**
 * Runs a TypeScript tool of bench/ the way the app runs: builds what the app needs (the plugin,
 * the app's dist/), bundles the entry points with esbuild (already a dependency of Strapi's build)
 * into .tmp/<name>/, and runs the first one with the arguments given. The tools import the
 * plugin's pure modules from source, and drive the app through the same in-process boot as the
 * integration tests (tests/harness/strapi.ts). Used by `npm run bench` and `npm run load`.
 */
'use strict';

const path = require('node:path');
const { spawnSync } = require('node:child_process');

const appDir = path.resolve(__dirname, '..');

/** `entries`: paths from the app's folder; each becomes .tmp/<name>/<basename>.js. Exits with the tool's status. */
const runBundled = async (name, entries, args) => {
  const build = spawnSync(process.execPath, [path.join(__dirname, 'build-plugin.js')], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const { compileStrapi } = require('@strapi/strapi');
  await compileStrapi({ appDir, ignoreDiagnostics: true });

  const outdir = path.join(appDir, '.tmp', name);
  await require('esbuild').build({
    entryPoints: entries.map((entry) => path.join(appDir, entry)),
    outdir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  const main = path.join(outdir, `${path.basename(entries[0], '.ts')}.js`);
  const run = spawnSync(process.execPath, ['--expose-gc', main, ...args], { stdio: 'inherit', cwd: appDir });
  process.exit(run.status ?? 1);
};

/** A script's main: a failure is printed and ends the process with 1. */
const runMain = (main) =>
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });

module.exports = { runBundled, runMain };

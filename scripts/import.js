#!/usr/bin/env node
/**
 * `npm run import -- FILE... [--dir DIR] [--locale ar] [--publish]`: batch import of story files.
 * Builds the plugin and compiles the app when their sources changed, then hands over to the
 * compiled src/batch-import/main.ts. Build output goes to stderr: stdout is the import's report.
 */
'use strict';

const path = require('node:path');
const { spawnSync } = require('node:child_process');

const { appDir, distDir } = require('./compile-app');

// Each in its own process: the TypeScript compiler's memory is not the import's.
const step = (script) =>
  spawnSync(process.execPath, [path.join(__dirname, script)], { stdio: ['ignore', 2, 2] }).status ?? 1;

async function run() {
  for (const script of ['build-plugin.js', 'compile-app.js']) {
    const status = step(script);
    if (status !== 0) return status;
  }
  const { main } = require(path.join(distDir, 'src', 'batch-import', 'main.js'));
  return main(process.argv.slice(2), { appDir, distDir });
}

run().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  }
);

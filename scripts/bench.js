#!/usr/bin/env node
/**
 * `npm run bench -- [--size 10000] [--db sqlite|postgres] [--json FILE] ...`
 *
 * Bundles bench/cli.ts into .tmp/bench/ and runs it with the arguments given (./run-bundled.js).
 */
'use strict';

const { runBundled, runMain } = require('./run-bundled');

runMain(() => runBundled('bench', ['bench/cli.ts', 'bench/parser-worker.ts'], process.argv.slice(2)));

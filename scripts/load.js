#!/usr/bin/env node
/**
 * `npm run load -- [--seconds 60] [--connections 50] [--db sqlite|postgres] [--json FILE] ...`
 *
 * Mixed traffic against the app under autocannon (bench/load.ts, options there). Bundles
 * bench/load.ts and its load generator bench/load-client.ts into .tmp/load/ and runs the first
 * (./run-bundled.js). Exits non-zero when any request failed (a 5xx, a connection error or a
 * timeout) or the imports left the database inconsistent.
 */
'use strict';

const { runBundled, runMain } = require('./run-bundled');

runMain(() => runBundled('load', ['bench/load.ts', 'bench/load-client.ts'], process.argv.slice(2)));

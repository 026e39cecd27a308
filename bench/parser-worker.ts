/**
 * Worker-thread entry of the parser measurement: a fresh V8 isolate with nothing but the parser
 * in it, so that the figure is the parser's own and not the bench process's heap (a whole archive,
 * a Strapi app) or its JIT history. Bundled beside bench/cli.ts by scripts/bench.js.
 */
import { parentPort, workerData } from 'node:worker_threads';

import { parserRates } from './parser';

const { texts, officials, seconds } = workerData;
parentPort!.postMessage(parserRates(texts, officials, seconds));

/**
 * `npm run bench -- --size 10000[,100000] --db sqlite|postgres --json FILE`
 *
 * For each size: a fresh database, a seeded synthetic archive bulk-loaded and indexed, then the
 * measurements of issue 11 (./report.ts lists them with their targets). A measurement that would
 * take too long at a size is skipped with the reason printed, never estimated.
 *
 * Other options: --seed N, --lists N (related lists timed), --imports N (stories per throughput
 * run), --read-seconds N, --memory-imports N (0: skip), --compare-budget S (seconds per method in
 * the side-by-side), --compare-max N (largest archive for the side-by-side).
 */
import fs from 'node:fs';

import { bootApp, type TestApp } from '../tests/harness/strapi';
import { indexArchive, loadArchive } from './archive';
import { relatedList, rng, vocabulary } from './generator';
import { measureFuse, measureNaive, measurePlugin } from './matching';
import { num, option } from './options';
import { machine, printRun, printSummary, type Run } from './report';
import { now, round, rssMb } from './stats';
import { measureBareCreates, measureImports, measureMemory, measureParser, measureReads, newStories } from './throughput';

const options = {
  sizes: option('size', '10000').split(',').map((size) => Number(size.replace(/k$/i, '000').replace(/m$/i, '000000'))),
  db: option('db', 'sqlite') as 'sqlite' | 'postgres',
  json: option('json', ''),
  seed: num('seed', 11),
  lists: num('lists', 40),
  imports: num('imports', 200),
  readSeconds: num('read-seconds', 20),
  memoryImports: num('memory-imports', 1000),
  compareBudget: num('compare-budget', 60) * 1000,
  compareMax: num('compare-max', 100000),
};

const log = (message: string) => process.stdout.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

const runSize = async (size: number): Promise<Run> => {
  const random = rng(options.seed);
  const vocab = vocabulary(random);
  process.env.DATABASE_CLIENT = options.db;
  process.env.NEWS_IMPORT_ENABLED = 'true';
  let app: TestApp = await bootApp();
  const run: Run = { size, db: options.db, skipped: {} };
  try {
    const { strapi } = app;
    let start = now();
    const archive = await loadArchive(strapi, random, vocab, size, (done) => {
      if (done % 50000 === 0) log(`loaded ${done} articles`);
    });
    run.loadSeconds = round((now() - start) / 1000, 1);
    start = now();
    run.indexed = await indexArchive(strapi);
    run.indexSeconds = round((now() - start) / 1000, 1);
    log(`archive of ${size}: loaded in ${run.loadSeconds} s, indexed in ${run.indexSeconds} s`);

    const lists = Array.from({ length: options.lists }, () => relatedList(random, vocab, (i) => archive.titles[i], size));
    run.resolution = await measurePlugin(strapi, archive, lists);
    run.resolutionPublished = await measurePlugin(strapi, archive, lists, 'published');
    log(`resolution p50 ${run.resolution.p50Ms} ms, p95 ${run.resolution.p95Ms} ms`);

    if (size <= options.compareMax) {
      const sample = lists.slice(0, 10);
      run.compared = {
        plugin: await measurePlugin(strapi, archive, sample),
        naive: await measureNaive(strapi, archive, sample, options.compareBudget),
        fuse: await measureFuse(archive, sample, options.compareBudget),
      };
      log(`naive p50 ${run.compared.naive.p50Ms} ms, fuse p50 ${run.compared.fuse.p50Ms} ms`);
    } else {
      run.skipped.compared = `naive scan and fuse.js only up to ${options.compareMax} articles (--compare-max): at ${size} one related list takes minutes`;
    }

    const stories = newStories(random, vocab, archive, options.imports);
    // Enough stories that their lines overflow the parser's cache of recent keys (512 lines), so
    // that each pass parses cold, as a desk's stream of new stories does.
    run.parser = await measureParser(strapi, newStories(random, vocab, archive, PARSER_STORIES));
    run.imports = await measureImports(strapi, stories);
    log(`imports ${run.imports.perSecond}/s, parser ${run.parser.parseMBps} MB/s`);

    const url = await app.listen();
    if (options.readSeconds > 0) run.readsOn = await measureReads(url, options.readSeconds);
    else run.skipped.reads = 'reads not measured (--read-seconds 0)';

    if (options.memoryImports > 0) {
      run.memory = await measureMemory(strapi, newStories(random, vocab, archive, options.memoryImports));
      log(`memory over ${options.memoryImports} imports: +${round(run.memory.growthSecondHalf * 100, 1)}% in the second half`);
    } else run.skipped.memory = 'memory not sampled (--memory-imports 0)';

    // The same app and archive without the plugin: what its work costs.
    process.env.NEWS_IMPORT_ENABLED = 'false';
    app = await app.restart();
    run.bareCreates = await measureBareCreates(app.strapi, newStories(random, vocab, archive, options.imports));
    run.importRatio = round(run.bareCreates.perSecond / run.imports.perSecond);
    if (options.readSeconds > 0) {
      run.readsOff = await measureReads(await app.listen(), options.readSeconds);
      run.readRatio = round(run.readsOn!.requestsPerSecond / run.readsOff.requestsPerSecond, 3);
    }
    run.rssMbAtEnd = rssMb();
    return run;
  } finally {
    process.env.NEWS_IMPORT_ENABLED = 'true';
    await app.stop();
  }
};

const PARSER_STORIES = 200;

const main = async () => {
  const runs: Run[] = [];
  for (const size of options.sizes) {
    log(`size ${size} on ${options.db}`);
    const run = await runSize(size);
    printRun(run);
    runs.push(run);
  }
  const result = { machine: await machine(options.db), options, runs, summary: printSummary(runs) };
  if (options.json) {
    fs.writeFileSync(options.json, `${JSON.stringify(result, null, 2)}\n`);
    log(`JSON written to ${options.json}`);
  }
};

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  }
);

/**
 * `npm run load -- --seconds 60 --connections 50 --db sqlite|postgres --json FILE`
 *
 * Mixed traffic at the app as production runs it, with autocannon: anonymous article reads with
 * related links, targets and officials populated, the same through GraphQL, and the desk's
 * previews and imports (each a story never seen before) with a full-access API token
 * (./load-mix.ts). It boots the app on a fresh database (SQLite file, or a new database on the
 * PostgreSQL server TEST_DATABASE_URL names, dropped at the end) with NODE_ENV=production, seeds
 * an archive of published articles (./archive.ts), and runs the load generator in a process of its
 * own (./load-client.ts) while this process serves and samples its own memory every second.
 *
 * Prints, per kind: requests/s, latency p50 / p99, 2xx / 4xx / 5xx, connection errors and
 * timeouts; RSS at the start, middle and end of the run; and whether the imports left the
 * database consistent. Exits 1 when any request failed (a 5xx, a GraphQL error, a connection
 * error or a timeout) or the imports did not each make one article: a correctness check. Times
 * are printed, never asserted.
 *
 * The rate limit of preview and import stays on, its maximum raised out of reach
 * (NEWS_IMPORT_RATE_LIMIT_MAX): its cost is measured, but one token's traffic is never refused.
 * autocannon's timeout is --timeout seconds (default 60): on a small machine 50 connections queue,
 * and a request that waits in the queue is slow, not failed. The log level is `error` (no request
 * lines), as in the tests.
 *
 * Other options: --articles N (archive size, default 300), --timeout S, --seed N.
 */
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { Core } from '@strapi/strapi';

import { bootApp, fullAccessToken, type TestApp } from '../tests/harness/strapi';
import { indexArchive, loadArchive } from './archive';
import { rng, vocabulary } from './generator';
import { GRAPHQL_QUERY, KINDS, REQUESTS, splitConnections, type ClientMessage, type Kind, type KindResult, type LoadPlan } from './load-mix';
import { num, option } from './options';
import { machine } from './report';
import { now, round } from './stats';
import { newStories } from './throughput';

const ARTICLE = 'api::article.article';
const SOURCES = 'news_import_sources';
const MB = 2 ** 20;

const options = {
  seconds: num('seconds', 60),
  connections: num('connections', 50),
  db: option('db', 'sqlite') as 'sqlite' | 'postgres',
  json: option('json', ''),
  articles: num('articles', 300),
  timeoutSeconds: num('timeout', 60),
  seed: num('seed', 12),
};

const log = (message: string) => process.stdout.write(`[load ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

type Sample = { seconds: number; rssMb: number; heapMb: number; load1: number };

const sample = (start: number): Sample => {
  const memory = process.memoryUsage();
  return {
    seconds: round((now() - start) / 1000, 1),
    rssMb: round(memory.rss / MB, 1),
    heapMb: round(memory.heapUsed / MB, 1),
    load1: round(os.loadavg()[0]),
  };
};

/** Heap and RSS after a full collection (run with --expose-gc): what the process really keeps. */
const settledMemory = () => {
  (global as any).gc?.();
  const memory = process.memoryUsage();
  return { rssMb: round(memory.rss / MB, 1), heapMb: round(memory.heapUsed / MB, 1) };
};

/**
 * Waits until no query has held or waited for a database connection for `idleMs`: the requests
 * still running when the load generator stopped (an import mid-transaction) have finished.
 */
const quiesce = async (strapi: Core.Strapi, idleMs = 2000, maxMs = 120_000) => {
  const pool = (strapi.db.connection as any).client.pool;
  let idle = 0;
  for (let waited = 0; idle < idleMs && waited < maxMs; waited += 50) {
    idle = pool.numUsed() + pool.numPendingAcquires() === 0 ? idle + 50 : 0;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

/** What the imports wrote: articles (drafts: one per document), claims bound to one, claims left open. */
const importState = async (strapi: Core.Strapi) => {
  const claims = async (bound: boolean) =>
    Number(
      (
        await strapi.db
          .connection(SOURCES)
          .where((query: any) => (bound ? query.whereNotNull('document_id') : query.whereNull('document_id')))
          .count({ n: '*' })
          .first()
      )?.n
    );
  return {
    articles: await strapi.db.query(ARTICLE).count({ where: { publishedAt: null } }),
    boundClaims: await claims(true),
    openClaims: await claims(false),
  };
};

/** One request of each kind before the run: each must answer 2xx, or the run would measure errors. */
const warmUp = async (url: string, token: string, story: () => string) => {
  for (const kind of KINDS) {
    const spec = REQUESTS[kind];
    const body = kind === 'graphql' ? { query: GRAPHQL_QUERY } : spec.story ? { text: story(), publish: true } : undefined;
    const res = await fetch(`${url}${spec.path}`, {
      method: spec.method,
      headers: { 'content-type': 'application/json', ...(spec.auth ? { authorization: `Bearer ${token}` } : {}) },
      body: body && JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok || text.includes('"errors"')) throw new Error(`warm-up ${kind} answered ${res.status}: ${text.slice(0, 500)}`);
  }
};

/** Runs the load generator; samples this process's memory every second meanwhile. */
const runLoad = (plan: LoadPlan) =>
  new Promise<{ results: Record<Kind, KindResult>; samples: Sample[] }>((resolve, reject) => {
    const client = fork(path.join(__dirname, 'load-client.js'), [], { stdio: 'inherit' });
    const samples: Sample[] = [];
    let start = 0;
    let timer: NodeJS.Timeout | undefined;
    client.on('message', (message: ClientMessage) => {
      if (message.type === 'started') {
        start = now();
        samples.push(sample(start));
        timer = setInterval(() => samples.push(sample(start)), 1000);
        return;
      }
      clearInterval(timer);
      client.disconnect();
      if (message.type === 'done') {
        samples.push(sample(start));
        resolve({ results: message.results, samples });
      } else reject(new Error(`the load generator failed: ${message.error}`));
    });
    client.on('exit', (code) => {
      clearInterval(timer);
      // After its results this changes nothing (the promise is settled).
      reject(new Error(`the load generator exited (${code}) before its results`));
    });
    client.send(plan);
  });

const pct = (value: number) => `${value >= 0 ? '+' : ''}${round(value * 100, 1)}%`;
const row = (cells: Array<string | number>) => process.stdout.write(`| ${cells.join(' | ')} |\n`);

const nearest = (samples: Sample[], seconds: number) =>
  samples.reduce((best, s) => (Math.abs(s.seconds - seconds) < Math.abs(best.seconds - seconds) ? s : best));

const main = async () => {
  process.env.DATABASE_CLIENT = options.db;
  process.env.NEWS_IMPORT_RATE_LIMIT_MAX = '1000000';
  const connections = splitConnections(options.connections);
  const app: TestApp = await bootApp({ production: true, rateLimit: true });
  let failed: string[] = [];
  try {
    const { strapi } = app;
    const random = rng(options.seed);
    const vocab = vocabulary(random);
    const archive = await loadArchive(strapi, random, vocab, options.articles);
    await indexArchive(strapi);
    log(`${options.db}: ${options.articles} published articles seeded`);
    const token = await fullAccessToken(strapi);
    const url = await app.listen();
    await warmUp(url, token, () => newStories(random, vocab, archive, 1)[0].text);

    const before = await importState(strapi);
    const memoryBefore = settledMemory();
    const loadBefore = os.loadavg();
    log(`${options.seconds} s at ${options.connections} connections (${KINDS.map((k) => `${connections[k]} ${k}`).join(', ')}), timeout ${options.timeoutSeconds} s`);
    const plan: LoadPlan = {
      url,
      token,
      seconds: options.seconds,
      timeoutSeconds: options.timeoutSeconds,
      connections,
      titles: archive.titles,
      seed: options.seed,
    };
    const { results, samples } = await runLoad(plan);
    const loadAfter = os.loadavg();
    await quiesce(strapi);
    const after = await importState(strapi);
    const memoryAfter = settledMemory();

    // Figures.
    const total = KINDS.reduce(
      (sum, kind) => {
        const r = results[kind];
        for (const key of ['connections', 'requests', 'perSecond', 'status2xx', 'status4xx', 'status5xx', 'errors', 'timeouts', 'graphqlErrors'] as const) {
          sum[key] = round(sum[key] + r[key]);
        }
        return sum;
      },
      { connections: 0, requests: 0, perSecond: 0, status2xx: 0, status4xx: 0, status5xx: 0, errors: 0, timeouts: 0, graphqlErrors: 0 }
    );
    const start = samples[0];
    const middle = nearest(samples, options.seconds / 2);
    const end = samples[samples.length - 1];
    const memory = {
      samples,
      startMb: start.rssMb,
      middleMb: middle.rssMb,
      endMb: end.rssMb,
      maxMb: Math.max(...samples.map((s) => s.rssMb)),
      growthSecondHalf: round(end.rssMb / middle.rssMb - 1, 3),
      growthWholeRun: round(end.rssMb / start.rssMb - 1, 3),
      settledBefore: memoryBefore,
      settledAfter: memoryAfter,
    };
    const answered201 = results.import.statuses['201'] ?? 0;
    const imports = {
      answered201,
      articlesCreated: after.articles - before.articles,
      claimsBound: after.boundClaims - before.boundClaims,
      claimsOpen: after.openClaims,
    };

    // Correctness: what makes the run fail.
    if (total.status5xx > 0) failed.push(`${total.status5xx} answers were 5xx`);
    if (total.errors > 0) failed.push(`${total.errors} connection errors (${total.timeouts} timeouts)`);
    if (total.graphqlErrors > 0) failed.push(`${total.graphqlErrors} GraphQL answers carried errors`);
    // An import still running when the generator stopped, or given up on after its timeout, commits
    // unanswered: at most one per import connection, plus the timeouts.
    const unanswered = connections.import + results.import.timeouts;
    if (imports.articlesCreated < answered201 || imports.articlesCreated > answered201 + unanswered) {
      failed.push(`${answered201} imports answered 201 but ${imports.articlesCreated} articles were created`);
    }
    if (imports.claimsBound !== imports.articlesCreated) failed.push(`${imports.claimsBound} claims bound for ${imports.articlesCreated} new articles`);
    if (imports.claimsOpen > 0) failed.push(`${imports.claimsOpen} idempotency claims left open`);

    // The table.
    process.stdout.write(
      `\n## Load: ${options.seconds} s, ${options.connections} connections, ${options.db}, ${options.articles} articles\n\n`
    );
    row(['kind', 'connections', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'max ms', '2xx', '4xx', '5xx', 'errors', 'timeouts']);
    row(Array(12).fill('---'));
    for (const kind of KINDS) {
      const r = results[kind];
      row([kind, r.connections, r.requests, r.perSecond, r.p50Ms, r.p99Ms, r.maxMs, r.status2xx, r.status4xx, r.status5xx, r.errors + r.graphqlErrors, r.timeouts]);
    }
    row(['all', total.connections, total.requests, total.perSecond, '', '', '', total.status2xx, total.status4xx, total.status5xx, total.errors + total.graphqlErrors, total.timeouts]);
    process.stdout.write('\n');
    row(['server RSS MB', 'start', 'middle', 'end', 'max', 'growth, second half', 'growth, whole run']);
    row(Array(7).fill('---'));
    row(['', memory.startMb, memory.middleMb, memory.endMb, memory.maxMb, pct(memory.growthSecondHalf), pct(memory.growthWholeRun)]);
    process.stdout.write(
      `\nAfter a full GC: heap ${memoryBefore.heapMb} MB before the run, ${memoryAfter.heapMb} MB after; RSS ${memoryBefore.rssMb} → ${memoryAfter.rssMb} MB.\n` +
        `Imports: ${answered201} answered 201, ${imports.articlesCreated} articles created (${imports.articlesCreated - answered201} unanswered: in flight at the stop, or timed out), ` +
        `${imports.claimsBound} claims bound, ${imports.claimsOpen} left open.\n` +
        `Load average (1 min) ${round(loadBefore[0])} before the run, ${round(loadAfter[0])} at its end, on ${os.cpus().length} cores.\n`
    );
    for (const kind of KINDS) {
      for (const failure of results[kind].failures) process.stdout.write(`- ${kind} answered: ${failure}\n`);
      // Not a failure (a slow machine is no bug), but a run that measured nothing of a kind.
      if (results[kind].status2xx === 0) process.stdout.write(`- no ${kind} was answered within the run: lengthen --seconds\n`);
    }
    process.stdout.write(failed.length === 0 ? '\nOK: no error, no 5xx.\n' : `\nFAILED: ${failed.join('; ')}.\n`);

    if (options.json) {
      const result = {
        machine: { ...(await machine(options.db)), loadAverageBefore: loadBefore, loadAverageAfter: loadAfter },
        options: { ...options, connectionsByKind: connections, nodeEnv: 'production', rateLimitMax: 1_000_000 },
        results,
        total,
        memory,
        imports,
        failed,
      };
      fs.writeFileSync(options.json, `${JSON.stringify(result, null, 2)}\n`);
      log(`JSON written to ${options.json}`);
    }
  } catch (error) {
    failed = [String((error as Error).stack ?? error)];
    console.error(error);
  } finally {
    await app.stop();
  }
  return failed.length === 0;
};

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error) => {
    console.error(error);
    process.exit(1);
  }
);

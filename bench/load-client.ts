/**
 * The load generator of `npm run load`, in a process of its own (forked by ./load.ts), so that
 * making requests neither shares the server's event loop nor counts in its memory. Receives a
 * LoadPlan, runs one autocannon instance per kind of client at once for the plan's seconds, and
 * sends back each kind's figures (./load-mix.ts).
 */
import { KINDS, GRAPHQL_QUERY, REQUESTS, type ClientMessage, type Kind, type KindResult, type LoadPlan } from './load-mix';
import { rng, vocabulary } from './generator';
import { newStories } from './throughput';

// autocannon 8 ships no types; the part of its API used here.
type Histogram = { average: number; p50: number; p99: number; max: number; total: number };
type Result = {
  requests: Histogram;
  latency: Histogram;
  errors: number;
  timeouts: number;
  statusCodeStats: Record<string, { count: number }>;
};
type Request = {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
  setupRequest?: (request: Request) => Request;
  onResponse?: (status: number, body: string) => void;
};
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  timeout: number;
  requests: Request[];
}) => Promise<Result>;
// eslint-disable-next-line @typescript-eslint/no-var-requires
const autocannon = require('autocannon') as Autocannon;

const FAILURES_KEPT = 5;

const send = (message: ClientMessage) => process.send!(message);

/** A new story each call, citing the archive: two exact titles, a variant, a headline of nothing yet. */
const storySource = (plan: LoadPlan, salt: number) => {
  const random = rng(plan.seed * 1000 + salt);
  const vocab = vocabulary(random);
  const archive = { size: plan.titles.length, titles: plan.titles, documentIds: [] };
  return () => newStories(random, vocab, archive, 1)[0].text;
};

const runKind = async (plan: LoadPlan, kind: Kind): Promise<KindResult> => {
  const spec = REQUESTS[kind];
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (spec.auth) headers.authorization = `Bearer ${plan.token}`;
  const failures: string[] = [];
  let graphqlErrors = 0;
  const nextStory = spec.story ? storySource(plan, KINDS.indexOf(kind)) : null;
  const request: Request = { method: spec.method, path: spec.path, headers };
  // (autocannon merges a request over its defaults: a key set to undefined would unset one.)
  if (kind === 'graphql') request.body = JSON.stringify({ query: GRAPHQL_QUERY });
  // Called before every request: each preview and import sends a story of its own.
  if (nextStory) request.setupRequest = (req) => ({ ...req, body: JSON.stringify({ text: nextStory(), publish: true }) });
  // Reads' answers are not kept (they are the largest, and the load generator shares the cores with
  // the server): their statuses are counted all the same.
  if (kind !== 'read') {
    request.onResponse = (status, body) => {
      // GraphQL answers its errors with a 200 and an `errors` list: a failure too.
      const erred = kind === 'graphql' && status < 300 && body.includes('"errors"');
      if (erred) graphqlErrors += 1;
      if ((status >= 300 || erred) && failures.length < FAILURES_KEPT) failures.push(`${status} ${body.slice(0, 300)}`);
    };
  }
  const result = await autocannon({
    url: plan.url,
    connections: plan.connections[kind],
    duration: plan.seconds,
    timeout: plan.timeoutSeconds,
    requests: [request],
  });
  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, Number(count)]));
  const inClass = (digit: string) => Object.entries(statuses).reduce((sum, [code, n]) => sum + (code.startsWith(digit) ? n : 0), 0);
  return {
    connections: plan.connections[kind],
    requests: result.requests.total,
    perSecond: Math.round(result.requests.average * 100) / 100,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    statuses,
    status2xx: inClass('2'),
    status4xx: inClass('4'),
    status5xx: inClass('5'),
    errors: result.errors,
    timeouts: result.timeouts,
    graphqlErrors,
    failures,
  };
};

process.once('message', (plan: LoadPlan) => {
  send({ type: 'started' });
  Promise.all(KINDS.map((kind) => runKind(plan, kind))).then(
    (figures) => send({ type: 'done', results: Object.fromEntries(KINDS.map((kind, i) => [kind, figures[i]])) as Record<Kind, KindResult> }),
    (error: Error) => send({ type: 'failed', error: error.stack ?? String(error) })
  );
});

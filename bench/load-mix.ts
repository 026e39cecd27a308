/**
 * The load run's traffic (`npm run load`, ./load.ts): four kinds of client, each its own share of
 * the connections, each a closed loop (a connection sends its next request when the last one is
 * answered), as a newsroom's traffic mixes them:
 *
 * - `read`: the public front end, anonymous: GET /api/articles with related links, their targets
 *   and the officials populated (the bench's read, ./throughput.ts);
 * - `graphql`: the same through GraphQL, anonymous;
 * - `preview`: the desk previewing a story it is about to import (API token);
 * - `import`: the desk importing, published, each time a story never seen before (API token).
 *
 * Shared by the server's process (./load.ts) and the load generator's (./load-client.ts).
 */
import { READ_PATH } from './throughput';

export const KINDS = ['read', 'graphql', 'preview', 'import'] as const;
export type Kind = (typeof KINDS)[number];

// Shares of the connections: mostly readers, a desk that previews more than it imports.
const SHARES: Record<Kind, number> = { read: 0.5, graphql: 0.2, preview: 0.2, import: 0.1 };

/** `connections` split by the shares, at least one each, the rest to readers; sums to `connections`. */
export const splitConnections = (connections: number): Record<Kind, number> => {
  if (connections < KINDS.length) throw new Error(`--connections must be at least ${KINDS.length}, one per kind`);
  const split = Object.fromEntries(KINDS.map((kind) => [kind, Math.max(1, Math.floor(connections * SHARES[kind]))])) as Record<Kind, number>;
  split.read += connections - KINDS.reduce((sum, kind) => sum + split[kind], 0);
  return split;
};

export const GRAPHQL_QUERY = `query Articles {
  articles(locale: "ar", pagination: { limit: 25 }) {
    documentId title slug
    relatedLinks { headline position status target { documentId title slug } }
    officials { name role }
  }
}`;

/** One kind's request: where it goes, and whether its body is a new story each time. */
export const REQUESTS: Record<Kind, { method: 'GET' | 'POST'; path: string; auth: boolean; story: boolean }> = {
  read: { method: 'GET', path: READ_PATH, auth: false, story: false },
  graphql: { method: 'POST', path: '/graphql', auth: false, story: false },
  preview: { method: 'POST', path: '/api/news-import/preview', auth: true, story: true },
  import: { method: 'POST', path: '/api/news-import/import', auth: true, story: true },
};

/** What the server's process gives the load generator. */
export type LoadPlan = {
  url: string;
  token: string;
  seconds: number;
  timeoutSeconds: number;
  connections: Record<Kind, number>;
  /** The archive's titles, which the generated stories cite in their related lists. */
  titles: string[];
  seed: number;
};

/** One kind's figures, from autocannon's result and the answers it saw. */
export type KindResult = {
  connections: number;
  requests: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  statuses: Record<string, number>;
  status2xx: number;
  status4xx: number;
  status5xx: number;
  /** Connection errors, timeouts included. */
  errors: number;
  timeouts: number;
  /** GraphQL answers with a 200 and an `errors` list. */
  graphqlErrors: number;
  /** The first answers that were not 2xx, cut short: what went wrong. */
  failures: string[];
};

/** The load generator's messages to the server's process. */
export type ClientMessage = { type: 'started' } | { type: 'done'; results: Record<Kind, KindResult> } | { type: 'failed'; error: string };

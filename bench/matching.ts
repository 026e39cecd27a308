/**
 * Headline matching three ways over the same labelled related lists:
 *
 * - the plugin: `resolveHeadlines` (the matching core) over the title index, as the preview and the
 *   import run it;
 * - what a Strapi developer writes first: Document Service `findMany` with `$containsi` per headline;
 * - an in-memory `fuse.js` index over every title.
 *
 * Quality is the share of headlines whose decision is right: the named article for exact and
 * variant headlines, no article for decoys and absent ones. The plugin decides with `linked` or
 * `suggested`; the naive scan with its first hit; fuse.js with its best hit scoring <= 0.3.
 */
import type { Core } from '@strapi/strapi';
import Fuse from 'fuse.js';

import { matchKey } from '../src/plugins/news-import/server/src/language/normalize';
import { resolveHeadlines } from '../src/plugins/news-import/server/src/matching/resolve';
import type { Archive } from './archive';
import type { LabelledHeadline } from './generator';
import { now, percentile, round, timed } from './stats';

type Decision = string | null;
export type MethodResult = {
  lists: number;
  p50Ms: number;
  p95Ms: number;
  quality: number;
  qualityByKind: Record<string, number>;
  buildMs?: number;
  /** Headlines decided (the side-by-side stops when its time budget is spent). */
  headlines?: number;
  /** No whole list fitted in the budget: per-list times are 12 x each headline's. */
  derived?: boolean;
};

const quality = (archive: Archive, lists: LabelledHeadline[][], decisions: Decision[][]) => {
  const byKind = new Map<string, { right: number; all: number }>();
  let right = 0;
  let all = 0;
  lists.forEach((list, l) =>
    list.forEach((item, h) => {
      const expected = item.target === null ? null : archive.documentIds[item.target];
      const ok = decisions[l][h] === expected;
      const kind = byKind.get(item.kind) ?? { right: 0, all: 0 };
      kind.all += 1;
      all += 1;
      if (ok) {
        kind.right += 1;
        right += 1;
      }
      byKind.set(item.kind, kind);
    })
  );
  return {
    quality: round(right / all, 3),
    qualityByKind: Object.fromEntries([...byKind].map(([kind, { right: r, all: a }]) => [kind, round(r / a, 3)])),
  };
};

const summarise = (archive: Archive, lists: LabelledHeadline[][], times: number[], decisions: Decision[][]): MethodResult => ({
  lists: lists.length,
  p50Ms: round(percentile(times, 50)),
  p95Ms: round(percentile(times, 95)),
  ...quality(archive, lists, decisions),
});

export const measurePlugin = async (
  strapi: Core.Strapi,
  archive: Archive,
  lists: LabelledHeadline[][],
  view: 'latest' | 'published' = 'latest'
): Promise<MethodResult> => {
  const index = strapi.plugin('news-import').service('titleIndex').view(view);
  const resolve = (list: LabelledHeadline[]) =>
    resolveHeadlines(
      list.map((item) => matchKey(item.headline)),
      index,
      { locale: 'ar' }
    );
  // Warm the connection pool and the page cache as a running server would be.
  for (const list of lists.slice(0, 3)) await resolve(list);
  const times: number[] = [];
  const decisions: Decision[][] = [];
  for (const list of lists) {
    const { ms, value } = await timed(() => resolve(list));
    times.push(ms);
    decisions.push(value.map((resolution) => (resolution.status === 'unresolved' ? null : resolution.targetDocumentId)));
  }
  return summarise(archive, lists, times, decisions);
};

/**
 * Decides headline after headline until `budgetMs` is spent. Lists decided whole give the per-list
 * times; when not even one is, the per-list figure is 12 times the per-headline median, and
 * `derived` says so. Quality counts the headlines decided.
 */
const withinBudget = async (
  archive: Archive,
  lists: LabelledHeadline[][],
  budgetMs: number,
  decide: (item: LabelledHeadline) => Promise<Decision> | Decision
): Promise<MethodResult> => {
  const listTimes: number[] = [];
  const headlineTimes: number[] = [];
  const decisions: Decision[][] = [];
  const start = now();
  for (const list of lists) {
    const out: Decision[] = [];
    let listMs = 0;
    for (const item of list) {
      const { ms, value } = await timed(() => decide(item));
      headlineTimes.push(ms);
      listMs += ms;
      out.push(value);
      if (now() - start > budgetMs) break;
    }
    decisions.push(out);
    if (out.length === list.length) listTimes.push(listMs);
    if (now() - start > budgetMs) break;
  }
  const decided = decisions.map((out, l) => lists[l].slice(0, out.length));
  const derived = listTimes.length === 0;
  const perList = derived ? headlineTimes.map((ms) => ms * 12) : listTimes;
  return {
    ...summarise(archive, decided, perList, decisions),
    lists: listTimes.length,
    headlines: headlineTimes.length,
    ...(derived ? { derived: true } : {}),
  };
};

export const measureNaive = (strapi: Core.Strapi, archive: Archive, lists: LabelledHeadline[][], budgetMs: number) =>
  withinBudget(archive, lists, budgetMs, async (item) => {
    const hits = (await strapi.documents('api::article.article').findMany({
      locale: 'ar',
      filters: { title: { $containsi: item.headline } },
      fields: ['title'],
      limit: 1,
    } as any)) as unknown as { documentId: string }[];
    return hits[0]?.documentId ?? null;
  });

export const measureFuse = async (archive: Archive, lists: LabelledHeadline[][], budgetMs: number) => {
  const { ms: buildMs, value: fuse } = await timed(
    () =>
      new Fuse(
        archive.titles.map((title, i) => ({ title, i })),
        { keys: ['title'], includeScore: true, threshold: 0.4, ignoreLocation: true }
      )
  );
  const result = await withinBudget(archive, lists, budgetMs, (item) => {
    const best = fuse.search(item.headline, { limit: 1 })[0];
    return best && (best.score ?? 1) <= 0.3 ? archive.documentIds[best.item.i] : null;
  });
  return { ...result, buildMs: round(buildMs) };
};

/**
 * Headline resolution: which article, if any, a related headline refers to.
 *
 * Pure, with a storage port: the caller provides a `TitleIndex` backed by database indexes, so
 * candidates are fetched by key or by shared words, never by loading every article. Exact key
 * equality wins outright; otherwise the best-scoring candidate decides the status.
 */
import type { HeadlineScore } from '../language/types';
import { indexTokens, scoreHeadline } from './score';

/** An article title as the index knows it. */
export type TitleCandidate = { documentId: string; matchKey: string };

/** The storage port: title match keys of one locale's articles, looked up through indexes. */
export interface TitleIndex {
  /** Articles whose title key equals one of `keys`, newest first. */
  exact(locale: string, keys: string[]): Promise<TitleCandidate[]>;
  /**
   * For each list of tokens (one per headline), up to `limit` articles sharing the most of them
   * with their title, most shared first. Batched: a related list is looked up in a few queries,
   * not a few per headline.
   */
  similar(locale: string, tokenLists: string[][], limit: number): Promise<TitleCandidate[][]>;
}

export type Resolution = HeadlineScore & { targetDocumentId: string | null };

export type ResolveOptions = {
  locale: string;
  /** The article that lists the headlines: it never links to itself. */
  exclude?: string | null;
  /** How many word-sharing candidates to score per headline. */
  candidateLimit?: number;
  /** Targets an editor rejected, per headline key: never proposed for that headline again. */
  rejected?: ReadonlyMap<string, ReadonlySet<string>>;
};

const UNRESOLVED: Resolution = { status: 'unresolved', confidence: 0, targetDocumentId: null };

// Ten candidates that share the most words are plenty: a true match shares nearly all of them.
const DEFAULT_CANDIDATE_LIMIT = 10;

const rank = (resolution: Resolution): number =>
  resolution.status === 'linked' ? 2 : resolution.status === 'suggested' ? 1 : 0;

const bestOf = (headlineKey: string, candidates: TitleCandidate[]): Resolution => {
  let best: Resolution = UNRESOLVED;
  for (const candidate of candidates) {
    const score = scoreHeadline(headlineKey, candidate.matchKey);
    // A miss keeps its confidence for the editor, never a target.
    const resolution: Resolution = {
      ...score,
      targetDocumentId: score.status === 'unresolved' ? null : candidate.documentId,
    };
    if (rank(resolution) > rank(best) || (rank(resolution) === rank(best) && resolution.confidence > best.confidence)) {
      best = resolution;
    }
  }
  return best;
};

/** Resolves each headline key (in order) to a target, a suggestion or nothing. */
export const resolveHeadlines = async (
  headlineKeys: string[],
  index: TitleIndex,
  options: ResolveOptions
): Promise<Resolution[]> => {
  const { locale, exclude = null, candidateLimit = DEFAULT_CANDIDATE_LIMIT, rejected } = options;
  const allowedFor = (key: string) => (candidate: TitleCandidate) =>
    candidate.documentId !== exclude && !rejected?.get(key)?.has(candidate.documentId);

  const exactByKey = new Map<string, string>();
  const uniqueKeys = [...new Set(headlineKeys.filter((key) => key !== ''))];
  if (uniqueKeys.length > 0) {
    for (const candidate of await index.exact(locale, uniqueKeys)) {
      if (!allowedFor(candidate.matchKey)(candidate)) continue;
      if (!exactByKey.has(candidate.matchKey)) exactByKey.set(candidate.matchKey, candidate.documentId);
    }
  }

  // Headlines with no exact title and some words: their word-sharing candidates, in one lookup.
  const open = headlineKeys.flatMap((key, i) => {
    if (exactByKey.has(key)) return [];
    const tokens = indexTokens(key);
    return tokens.length > 0 ? [{ i, key, tokens }] : [];
  });
  const similar = new Map<number, TitleCandidate[]>();
  if (open.length > 0) {
    // One more than the limit so that excluding the article itself still leaves `limit` candidates.
    const found = await index.similar(
      locale,
      open.map(({ tokens }) => tokens),
      candidateLimit + 1
    );
    open.forEach(({ i, key }, n) => similar.set(i, found[n].filter(allowedFor(key)).slice(0, candidateLimit)));
  }

  const resolutions: Resolution[] = headlineKeys.map((key, i) => {
    const exact = exactByKey.get(key);
    if (exact) return { status: 'linked', confidence: 1, targetDocumentId: exact };
    const candidates = similar.get(i);
    return candidates ? bestOf(key, candidates) : UNRESOLVED;
  });
  return resolutions;
};

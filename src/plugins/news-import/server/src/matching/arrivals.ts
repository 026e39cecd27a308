/**
 * Later arrivals: which open related links an article takes when it is created, retitled or
 * imported after the stories that list it.
 *
 * Pure: the caller finds the candidate links through the link index (links sharing words with the
 * title) and writes the changes. The rule is the importer's, seen from the other side: each open
 * link (`unresolved` or `suggested`, or `linked` short of certainty) is scored against the arriving
 * title with the same scoring and thresholds, and takes it when that beats what the link has now:
 * of two nearly equal titles (the parts of a series) the exact one wins whichever arrives first.
 * A link an editor accepted has confidence 1 and is never moved. A rejected pair stays
 * rejected; a story never lists itself. A link already suggesting this article is re-scored
 * whatever the result, since the title it was suggested for has changed.
 */
import type { LinkStatus } from '../language/types';
import { scoreHeadline } from './score';
import type { Resolution } from './resolve';

export type OpenLink = {
  documentId: string;
  /** The match key of the link's headline. */
  matchKey: string;
  status: LinkStatus;
  confidence: number;
  targetDocumentId: string | null;
  /** The story that lists the link. */
  articleDocumentId: string | null;
};

export type ArrivingTitle = { documentId: string; matchKey: string };

export type LinkChange = { link: OpenLink; next: Resolution };

const OPEN: ReadonlySet<LinkStatus> = new Set(['unresolved', 'suggested']);

/** A link a better title can still take: open, or linked with less than certainty. */
export const isImprovable = (status: string, confidence: number): boolean =>
  OPEN.has(status as LinkStatus) || (status === 'linked' && confidence < 1);
const RANK: Record<string, number> = { linked: 2, suggested: 1, unresolved: 0 };

type Decision = { status: string; confidence: number | string | null };

/**
 * Whether decision `a` is a better link than `b`: a higher status, or the same status with more
 * confidence. The one rule by which a later title (here) and a relink (../services/relink.ts)
 * replace what a link has; a status outside the three ranks below them all.
 */
export const beats = (a: Decision, b: Decision): boolean =>
  (RANK[a.status] ?? -1) > (RANK[b.status] ?? -1) ||
  (a.status === b.status && Number(a.confidence ?? 0) > Number(b.confidence ?? 0));

const same = (next: Resolution, link: OpenLink): boolean =>
  next.status === link.status && next.confidence === link.confidence && next.targetDocumentId === link.targetDocumentId;

export const linksTakenBy = (
  arrival: ArrivingTitle,
  links: OpenLink[],
  rejected: Map<string, Set<string>> = new Map()
): LinkChange[] => {
  const changes: LinkChange[] = [];
  for (const link of links) {
    if (!isImprovable(link.status, link.confidence) || link.articleDocumentId === arrival.documentId) continue;
    if (rejected.get(link.matchKey)?.has(arrival.documentId)) continue;
    const score = scoreHeadline(link.matchKey, arrival.matchKey);
    const next: Resolution = {
      ...score,
      targetDocumentId: score.status === 'unresolved' ? null : arrival.documentId,
    };
    const retitled = link.targetDocumentId === arrival.documentId;
    if (retitled ? !same(next, link) : next.status !== 'unresolved' && beats(next, link)) {
      changes.push({ link, next });
    }
  }
  return changes;
};

/**
 * What a related link says to a caller without draft rights.
 *
 * The newsroom's link to a story that is not (or no longer) published stays `linked`: the editor
 * made it, and it will be right again when the story is published. The public cannot see that
 * target, so to them such a link reads as what it is for them, `unresolved` with confidence 0,
 * and reads as linked again once the target is published. Applied to Document Service answers
 * (REST, GraphQL root fields, populated links) and, through ./graphql.ts, to GraphQL relation fields.
 */
import type { Core } from '@strapi/strapi';

const RELATED_LINK = 'api::related-link.related-link';
const POINTING = new Set(['linked', 'suggested']);

type LinkShape = { documentId: string; locale?: string; status: string; confidence?: unknown; target?: unknown };

const isLink = (value: any): value is LinkShape =>
  value !== null && typeof value === 'object' && typeof value.headline === 'string' && typeof value.status === 'string' && typeof value.documentId === 'string';

/** Every related link in an answer, at any depth (a list, an article's `relatedLinks`, `backlinks`…). */
const linksIn = (value: unknown, found: LinkShape[] = [], seen = new Set<unknown>()): LinkShape[] => {
  if (value === null || typeof value !== 'object' || seen.has(value)) return found;
  seen.add(value);
  if (isLink(value)) found.push(value);
  for (const item of Array.isArray(value) ? value : Object.values(value)) linksIn(item, found, seen);
  return found;
};

const asUnresolved = (link: LinkShape) => {
  link.status = 'unresolved';
  if ('confidence' in link) link.confidence = 0;
};

// Links an answer already settled, so that GraphQL's field middleware does not ask again.
const settled = new WeakSet<object>();

export const createLinkStatusView = (strapi: Core.Strapi) => {
  /** Which of these links (documentId + locale) point at a published target. */
  const withPublishedTarget = async (links: LinkShape[]): Promise<Set<string>> => {
    const rows = (await strapi.db.query(RELATED_LINK).findMany({
      where: {
        documentId: { $in: [...new Set(links.map((link) => link.documentId))] },
        target: { publishedAt: { $notNull: true } },
      },
      select: ['documentId', 'locale'],
    })) as { documentId: string; locale: string }[];
    return new Set(rows.map((row) => `${row.documentId}\u0000${row.locale}`));
  };

  return {
    /** Rewrites, in place, the links of an answer whose target the caller cannot read. */
    async apply(answer: unknown): Promise<void> {
      const links = linksIn(answer);
      for (const link of links) settled.add(link);
      const pointing = links.filter((link) => POINTING.has(link.status));
      const unknown: LinkShape[] = [];
      for (const link of pointing) {
        if (!('target' in link)) unknown.push(link);
        // A populated target went through the draft guard: null means not published.
        else if (link.target === null) asUnresolved(link);
      }
      if (unknown.length === 0) return;
      const published = await withPublishedTarget(unknown);
      for (const link of unknown) {
        const locales = link.locale ? [link.locale] : [];
        const ok = locales.length
          ? published.has(`${link.documentId}\u0000${link.locale}`)
          : [...published].some((key) => key.startsWith(`${link.documentId}\u0000`));
        if (!ok) asUnresolved(link);
      }
    },

    /** For one link loaded below the Document Service (a GraphQL relation field). */
    async readsAsPointing(link: { id?: number; status?: string }): Promise<boolean> {
      if (!POINTING.has(link.status ?? '') || settled.has(link)) return POINTING.has(link.status ?? '');
      if (typeof link.id !== 'number') return true;
      const count = await strapi.db.query(RELATED_LINK).count({
        where: { id: link.id, target: { publishedAt: { $notNull: true } } },
      });
      return count > 0;
    },
  };
};

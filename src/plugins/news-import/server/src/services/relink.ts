/**
 * Re-runs headline matching for stored related links: one article's list, or every open link
 * (`unresolved` or `suggested`). Links an editor rejected are never touched, targets an editor
 * accepted are kept, and a rejected (headline, target) pair is never proposed again. Each
 * article's links are updated in one transaction.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { runInternal } from '../internal-context';
import { matchKey } from '../language/normalize';
import { beats } from '../matching/arrivals';
import { resolveHeadlines } from '../matching/resolve';
import { articleLinks, lockLinks } from '../storage/article-links';
import type { RelinkInput } from '../validation/import';
import { getService } from '../utils';

const ARTICLE = 'api::article.article';
const RELATED_LINK = 'api::related-link.related-link';
const PAGE = 200;

export type RelinkCounts = { resolved: number; suggested: number; unresolved: number };

type StoredLink = {
  documentId: string;
  id: number;
  headline: string;
  status: string;
  confidence: number | string | null;
  article?: { documentId: string } | null;
  target?: { documentId: string } | null;
};

/** What matching decided for a link, comparable as one string. */
const stateOf = (link: Pick<StoredLink, 'status' | 'confidence' | 'target'>): string =>
  `${link.status}\u0000${Number(link.confidence ?? 0)}\u0000${link.target?.documentId ?? ''}`;

export const createRelinker = ({ strapi }: { strapi: Core.Strapi }) => {
  const links = strapi.documents(RELATED_LINK);

  /** Matches `stored` (all in `locale`) again, writes what changed and adds to `counts`. */
  const rematch = async (locale: string, stored: StoredLink[], counts: RelinkCounts) => {
    // A target an editor accepted stays, whatever matching would say now.
    const accepted = await getService(strapi, 'decisions').acceptedFor(
      locale,
      stored.map((link) => link.documentId)
    );
    const byArticle = new Map<string | null, StoredLink[]>();
    for (const link of stored) {
      const confirmed = accepted.get(link.documentId);
      if (confirmed && link.status === 'linked' && confirmed === link.target?.documentId) {
        counts.resolved += 1;
        continue;
      }
      const key = link.article?.documentId ?? null;
      const group = byArticle.get(key);
      if (group) group.push(link);
      else byArticle.set(key, [link]);
    }
    for (const [articleId, group] of byArticle) {
      // From the headline, not the stored key: that one may be cut to its column's length.
      const keys = group.map((link) => matchKey(link.headline));
      const rejected = await getService(strapi, 'decisions').rejectedFor(locale, keys);
      const resolutions = await resolveHeadlines(
        keys,
        // Stored links serve the newsroom: they follow its latest titles, drafts included.
        getService(strapi, 'titleIndex').view('latest'),
        { locale, exclude: articleId, rejected }
      );
      await strapi.db.transaction(async () => {
        // A link another writer (an arriving article, on this instance or another) moved since it
        // was read above is rewritten only if this decision beats that one: both saw every title
        // committed when they looked, and neither may undo a better link.
        const ids = group.map((link) => link.documentId);
        await lockLinks(strapi, locale, ids);
        const now = new Map(
          (
            (await strapi.db.query(RELATED_LINK).findMany({
              where: { documentId: { $in: ids }, locale },
              select: ['documentId', 'status', 'confidence'],
              populate: { target: { select: ['documentId'] } },
            })) as StoredLink[]
          ).map((link) => [link.documentId, link])
        );
        for (const [i, link] of group.entries()) {
          const { status, confidence, targetDocumentId } = resolutions[i];
          counts[status === 'linked' ? 'resolved' : status] += 1;
          // Most open links stay open: rewrite only what matching changed.
          const current = now.get(link.documentId);
          // Gone, or rejected by an editor meanwhile: an editor's verdict is never overwritten.
          if (!current || current.status === 'rejected') continue;
          const decided = { status, confidence, target: targetDocumentId ? { documentId: targetDocumentId } : null };
          if (stateOf(current) === stateOf(decided)) continue;
          if (stateOf(current) !== stateOf(link) && !beats(decided, current)) continue;
          await links.update({
            documentId: link.documentId,
            locale,
            data: {
              status,
              confidence,
              target: targetDocumentId ? { set: [{ documentId: targetDocumentId, locale }] } : { set: [] },
            },
          } as any);
        }
      });
    }
  };

  const fields = ['headline', 'status', 'confidence'];
  const populate = { article: { fields: ['documentId'] }, target: { fields: ['documentId'] } };

  const relinkArticle = async (documentId: string, locales: string[], counts: RelinkCounts) => {
    let found = false;
    for (const locale of locales) {
      const article = await strapi.documents(ARTICLE).findOne({
        documentId,
        locale,
        status: 'draft',
        fields: ['title'],
      } as any);
      if (!article) continue;
      found = true;
      const stored = await articleLinks<StoredLink>(strapi, documentId, {
        side: 'relatedLinks',
        locale,
        where: { status: { $ne: 'rejected' } },
        select: ['id', ...fields],
        populate: { target: { select: ['documentId'] } },
        orderBy: [{ position: 'asc' }],
      });
      await rematch(
        locale,
        stored.map((link) => ({ ...link, article: { documentId } })),
        counts
      );
    }
    if (!found) {
      throw new errors.NotFoundError(`There is no article "${documentId}" in ${locales.join(', ')}.`);
    }
  };

  const relinkOpen = async (locales: string[], counts: RelinkCounts) => {
    for (const locale of locales) {
      // Keyset paging: relinked rows leave the filter, so offsets would skip rows.
      for (let after = 0; ; ) {
        const page = (await links.findMany({
          locale,
          filters: { status: { $in: ['unresolved', 'suggested'] }, id: { $gt: after } },
          fields: [...fields, 'id'],
          populate,
          sort: ['id:asc'],
          limit: PAGE,
        } as any)) as unknown as StoredLink[];
        if (page.length === 0) break;
        await rematch(locale, page, counts);
        after = page[page.length - 1].id;
      }
    }
  };

  return {
    relink(input: RelinkInput): Promise<RelinkCounts> {
      return runInternal(async () => {
        const counts: RelinkCounts = { resolved: 0, suggested: 0, unresolved: 0 };
        const locales = input.locale
          ? [await getService(strapi, 'pipeline').resolveLocale(input.locale)]
          : ((await strapi.plugin('i18n').service('locales').find()) as { code: string }[]).map(({ code }) => code);
        if (input.documentId) await relinkArticle(input.documentId, locales, counts);
        else await relinkOpen(locales, counts);
        return counts;
      });
    },
  };
};

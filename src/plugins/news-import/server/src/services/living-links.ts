/**
 * Related links that stay true as the archive changes, whoever writes it (an import, the admin,
 * REST, GraphQL, a script): called by the Document Service middleware on article writes.
 *
 * - An article created, retitled, imported or published takes the open links of its locale that
 *   name it (../matching/arrivals.ts), found through the link index, never by loading every open
 *   link.
 * - An article deleted releases the links that pointed at it: `unresolved`, headline kept, and
 *   eligible again when a fitting story arrives.
 *
 * Both run inside the transaction of the write that caused them, so a failed write leaves no
 * half-moved link, and a restart cannot lose one. Each story whose list changed is announced once
 * the transaction commits, with Strapi's webhooks (`news-import.links-changed`).
 */
import type { Core } from '@strapi/strapi';

import { runInternal } from '../internal-context';
import { matchKey } from '../language/normalize';
import type { LinkStatus } from '../language/types';
import { isImprovable, linksTakenBy, type OpenLink } from '../matching/arrivals';
import { indexTokens } from '../matching/score';
import { articleLinks, lockLinks } from '../storage/article-links';
import { getService } from '../utils';

export const LINKS_CHANGED = 'news-import.links-changed';

const ARTICLE = 'api::article.article';
const RELATED_LINK = 'api::related-link.related-link';
// Links sharing the most words with the arriving title; a true match shares nearly all of them.
const CANDIDATE_LIMIT = 200;

type StoredLink = {
  documentId: string;
  headline: string;
  status: LinkStatus;
  confidence: number | string | null;
  position: number | null;
  article?: { documentId: string } | null;
  target?: { documentId: string } | null;
};

/** A change to one story's list, as the webhook reports it. */
export type ListChange = { documentId: string; locale: string; positions: number[] };

const FIELDS = ['headline', 'status', 'confidence', 'position'];
// Checked here, not in the query: a status condition would make the database read every open link
// of the locale through the status index instead of these few links through their ids.
const improvable = (link: StoredLink) => isImprovable(link.status, Number(link.confidence ?? 0));
const POPULATE = { article: { fields: ['documentId'] }, target: { fields: ['documentId'] } };

/** Collects changed positions per story and announces them after the commit. */
export const linkAnnouncer = (strapi: Core.Strapi) => {
  const lists = new Map<string, ListChange>();
  return {
    add(link: Pick<StoredLink, 'article' | 'position'>, locale: string) {
      const documentId = link.article?.documentId;
      if (!documentId || link.position === null) return;
      const key = `${documentId}\u0000${locale}`;
      const list = lists.get(key) ?? { documentId, locale, positions: [] };
      list.positions.push(link.position);
      lists.set(key, list);
    },
    async announce(): Promise<ListChange[]> {
      const changes = [...lists.values()].map((list) => ({
        ...list,
        positions: [...new Set(list.positions)].sort((a, b) => a - b),
      }));
      const emit = () => {
        for (const change of changes) void strapi.eventHub.emit(LINKS_CHANGED, { uid: ARTICLE, ...change });
      };
      if (changes.length === 0) return changes;
      if (strapi.db.inTransaction()) {
        await strapi.db.transaction(async ({ onCommit }) => onCommit(emit));
      } else emit();
      return changes;
    },
  };
};

export const createLivingLinks = ({ strapi }: { strapi: Core.Strapi }) => {
  const links = () => strapi.documents(RELATED_LINK);

  const openLinks = async (locale: string, documentIds: string[]): Promise<StoredLink[]> =>
    documentIds.length === 0
      ? []
      : (
          (await links().findMany({
            locale,
            filters: { documentId: { $in: [...new Set(documentIds)] } },
            fields: FIELDS,
            populate: POPULATE,
            limit: -1,
          } as any)) as unknown as StoredLink[]
        ).filter(improvable);

  const takeOpenLinks = async (documentId: string, locale: string, title: string, changed: ReturnType<typeof linkAnnouncer>) => {
    const key = matchKey(title);
    const candidates = await getService(strapi, 'linkIndex').candidates(locale, indexTokens(key), CANDIDATE_LIMIT);
    // Suggestions of this article are re-scored whatever their words: its title may have changed.
    const suggesting = await articleLinks(strapi, documentId, {
      side: 'backlinks',
      locale,
      where: { status: 'suggested' },
      select: ['documentId'],
    });
    const ids = [...new Set([...candidates, ...suggesting.map((link) => link.documentId)])];
    if (ids.length === 0) return;

    // First the headlines alone, without the stories that list them: most candidates share a
    // word or two with the title and score nothing against it. Only the links this title may
    // change are read whole, and decided again with their story (a story never lists itself).
    const light = (
      (await strapi.db.query(RELATED_LINK).findMany({
        where: { documentId: { $in: ids }, locale },
        select: ['documentId', 'headline', 'status', 'confidence'],
        populate: { target: { select: ['documentId'] } },
      })) as StoredLink[]
    ).filter(improvable);
    const openOf = (link: StoredLink): OpenLink => ({
      documentId: link.documentId,
      matchKey: matchKey(link.headline),
      status: link.status,
      confidence: Number(link.confidence ?? 0),
      targetDocumentId: link.target?.documentId ?? null,
      articleDocumentId: link.article?.documentId ?? null,
    });
    const arrival = { documentId, matchKey: key };
    const lightOpen = light.map(openOf);
    const rejected = await getService(strapi, 'decisions').rejectedFor(
      locale,
      lightOpen.map((link) => link.matchKey)
    );
    const likely = linksTakenBy(arrival, lightOpen, rejected);
    if (likely.length === 0) return;

    // Decided on the links as they are once locked: another instance's arrival may have moved
    // them since they were read above.
    await strapi.db.transaction(async () => {
      const ids = likely.map(({ link }) => link.documentId);
      await lockLinks(strapi, locale, ids);
      const stored = await openLinks(locale, ids);
      const open = stored.map(openOf);
      const byId = new Map(stored.map((link) => [link.documentId, link]));
      for (const { link, next } of linksTakenBy(arrival, open, rejected)) {
        await links().update({
          documentId: link.documentId,
          locale,
          data: {
            status: next.status,
            confidence: next.confidence,
            target: next.targetDocumentId ? { set: [{ documentId: next.targetDocumentId, locale }] } : { set: [] },
          },
        } as any);
        changed.add(byId.get(link.documentId)!, locale);
      }
    });
  };

  return {
    /** An article was written: every locale's latest title takes the open links that name it. */
    arrived(documentId: string): Promise<ListChange[]> {
      return runInternal(async () => {
        const changed = linkAnnouncer(strapi);
        const rows = (await strapi.db.query(ARTICLE).findMany({
          where: { documentId, publishedAt: null },
          select: ['locale', 'title'],
        })) as { locale: string; title: string }[];
        for (const row of rows) await takeOpenLinks(documentId, row.locale, row.title, changed);
        return changed.announce();
      });
    },

    /** The links pointing at an article (in `locale`, or every locale), read before it goes. */
    pointingAt(documentId: string, locale?: string): Promise<{ documentId: string; locale: string }[]> {
      return runInternal(async () => {
        const rows = await articleLinks<{ documentId: string; locale: string }>(strapi, documentId, {
          side: 'backlinks',
          locale,
          select: ['documentId', 'locale'],
        });
        return rows.map(({ documentId: link, locale: linkLocale }) => ({ documentId: link, locale: linkLocale }));
      });
    },

    /** The target of these links is gone: they wait, headline kept, for a story that fits. */
    released(pointing: { documentId: string; locale: string }[]): Promise<ListChange[]> {
      return runInternal(async () => {
        const changed = linkAnnouncer(strapi);
        for (const { documentId, locale } of pointing) {
          const link = (await links().findOne({
            documentId,
            locale,
            fields: FIELDS,
            populate: POPULATE,
          } as any)) as unknown as StoredLink | null;
          if (!link || link.status === 'rejected') continue;
          await links().update({
            documentId,
            locale,
            data: { status: 'unresolved', confidence: 0, target: { set: [] } },
          } as any);
          changed.add(link, locale);
        }
        return changed.announce();
      });
    },
  };
};

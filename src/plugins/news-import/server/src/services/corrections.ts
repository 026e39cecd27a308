/**
 * Corrections: an edited version of a story already imported updates that article instead of
 * becoming a second one. Which article a text corrects is decided by ../matching/correction.ts
 * (headline score and lead similarity), among the imported articles whose titles the title index
 * finds near the new headline.
 *
 * Draft safety: a caller without draft rights looks only at published versions, exactly as its
 * headline matching does. A draft-only article is invisible to it, so its text is imported as a new
 * story; refusing, or updating the draft, would tell it that an embargoed story exists.
 *
 * The update, in the import's transaction: the previous text goes to the revisions table, the new
 * text's hash is claimed and bound to the article (the old hash stays bound: both texts answer it),
 * the draft gets the new body, summary, officials and links, and it is published again if it was.
 */
import type { Core } from '@strapi/strapi';

import { matchKey } from '../language/normalize';
import { correctionTarget, type CorrectionCandidate } from '../matching/correction';
import { articleLinks } from '../storage/article-links';
import { indexTokens } from '../matching/score';
import type { ImportInput } from '../validation/import';
import { getService } from '../utils';
import { applyImportDecisions } from './import-decisions';
import type { AnalysedLink, Analysis } from './pipeline';
import type { ImportResult, Link } from './present';
import { articleFields, createLink, linkFields, writeOfficials } from './story-writes';

const ARTICLE = 'api::article.article';
const RELATED_LINK = 'api::related-link.related-link';
// Titles sharing the most words with the headline; the story itself shares nearly all of them.
const CANDIDATE_LIMIT = 10;
// Settled links (matched or decided) survive a correction that keeps their headline.
const SETTLED = new Set(['linked', 'rejected']);

type StoredLink = { documentId: string; matchKey: string | null; status: string };

const paragraphsOf = (body: unknown): string[] => {
  const blocks = typeof body === 'string' ? JSON.parse(body) : body;
  if (!Array.isArray(blocks)) return [];
  return blocks.map((block: any) =>
    (block?.children ?? []).map((child: any) => (typeof child?.text === 'string' ? child.text : '')).join('')
  );
};

export type CorrectionTarget = { documentId: string; title: string };

export const createCorrections = ({ strapi }: { strapi: Core.Strapi }) => {
  const sources = () => getService(strapi, 'sources');

  const candidatesFor = async (analysis: Analysis, key: string): Promise<(CorrectionCandidate & { title: string })[]> => {
    const index = getService(strapi, 'titleIndex').view(analysis.drafts ? 'latest' : 'published');
    const found = [
      ...(await index.exact(analysis.locale, [key])),
      ...(await index.similar(analysis.locale, [indexTokens(key)], CANDIDATE_LIMIT))[0],
    ];
    const ids = [...new Set(found.map((candidate) => candidate.documentId))];
    if (ids.length === 0) return [];
    // Only imported articles (they have a source hash): a text never overwrites a hand-written one.
    const rows = (await strapi.db.query(ARTICLE).findMany({
      where: {
        documentId: { $in: ids },
        locale: analysis.locale,
        publishedAt: analysis.drafts ? null : { $notNull: true },
        sourceHash: { $notNull: true },
      },
      select: ['documentId', 'title', 'body'],
    })) as { documentId: string; title: string; body: unknown }[];
    return rows.map((row) => ({
      documentId: row.documentId,
      title: row.title,
      titleKey: matchKey(row.title),
      paragraphs: paragraphsOf(row.body),
    }));
  };

  /** Brings the article's list in line with the text: kept headlines keep their settled links. */
  const rewriteLinks = async (documentId: string, locale: string, links: AnalysedLink[]): Promise<Map<number, string>> => {
    const stored = await articleLinks<StoredLink>(strapi, documentId, {
      side: 'relatedLinks',
      locale,
      select: ['id', 'matchKey', 'status'],
      orderBy: [{ id: 'asc' }],
    });
    const byKey = new Map<string, StoredLink>();
    for (const link of stored) if (link.matchKey && !byKey.has(link.matchKey)) byKey.set(link.matchKey, link);

    const ids = new Map<number, string>();
    for (const link of links) {
      const kept = byKey.get(link.matchKey);
      if (!kept) {
        ids.set(link.position, await createLink(strapi, link, documentId, locale));
        continue;
      }
      byKey.delete(link.matchKey);
      const { position, matchKey: key, ...resolution } = linkFields(link, locale);
      await strapi.documents(RELATED_LINK).update({
        documentId: kept.documentId,
        locale,
        data: SETTLED.has(kept.status) ? { position, matchKey: key } : { position, matchKey: key, ...resolution },
      } as any);
      ids.set(link.position, kept.documentId);
    }
    for (const gone of byKey.values()) {
      await strapi.documents(RELATED_LINK).delete({ documentId: gone.documentId, locale } as any);
    }
    return ids;
  };

  return {
    /** The imported article this text is an edited version of, among those the caller may see. */
    async find(analysis: Analysis): Promise<CorrectionTarget | null> {
      const key = matchKey(analysis.story.title);
      const candidates = await candidatesFor(analysis, key);
      const found = correctionTarget({ titleKey: key, paragraphs: analysis.story.paragraphs }, candidates);
      return found ? candidates.find((candidate) => candidate.documentId === found.documentId)! : null;
    },

    /** Updates `target` with the text, in one transaction; answers as the import does. */
    async apply(analysed: Analysis, input: ImportInput, target: CorrectionTarget): Promise<ImportResult> {
      const { documentId } = target;
      return strapi.db.transaction(async () => {
        const { analysis, verdicts } = await applyImportDecisions(strapi, analysed, input.decisions);
        const { locale } = analysis;
        await sources().claim(analysis.sourceHash, locale);

        const previous = (await strapi.db.query(ARTICLE).findOne({
          where: { documentId, locale, publishedAt: null },
          select: ['sourceText', 'sourceHash', 'createdAt'],
        })) as { sourceText: string | null; sourceHash: string | null; createdAt: string | Date } | null;
        const wasPublished =
          (await strapi.db.query(ARTICLE).count({ where: { documentId, locale, publishedAt: { $notNull: true } } })) > 0;
        const previousSource = previous?.sourceHash ? await sources().find(previous.sourceHash, locale) : null;
        await getService(strapi, 'revisions').record({
          documentId,
          locale,
          sourceHash: previous?.sourceHash ?? null,
          sourceText: previous?.sourceText ?? null,
          importedAt: previousSource?.createdAt ?? (previous ? new Date(previous.createdAt) : null),
          replacedAt: new Date(),
        });

        const officials = await writeOfficials(strapi, analysis);
        const article: any = await strapi.documents(ARTICLE).update({
          documentId,
          locale,
          data: {
            ...articleFields(analysis, input),
            // An editor's own source name stays unless the request names one.
            sourceName: input.sourceName ?? undefined,
            officials: { set: officials.map((hit) => ({ documentId: hit.documentId!, locale })) },
          },
        } as any);

        // The story never lists itself: a headline of the list that matched its own title waits.
        const links = analysis.links.map((link) =>
          link.targetDocumentId === documentId ? { ...link, status: 'unresolved' as const, confidence: 0, targetDocumentId: null } : link
        );
        const linkIds = await getService(strapi, 'linkIndex').batch(() => rewriteLinks(documentId, locale, links));
        for (const { position, ...verdict } of verdicts) {
          await getService(strapi, 'decisions').record({ ...verdict, locale, link: linkIds.get(position) ?? null });
        }

        const publish = wasPublished || input.publish;
        if (publish) await strapi.documents(ARTICLE).publish({ documentId, locale } as any);
        await sources().bind(analysis.sourceHash, locale, documentId);

        const presented = await getService(strapi, 'present').links({ ...analysis, links });
        return {
          duplicate: false,
          updated: true,
          ...getService(strapi, 'present').fields(analysis),
          article: { documentId, locale, slug: article.slug, title: article.title, status: publish ? 'published' : 'draft' },
          relatedLinks: presented.map((link): Link => ({ documentId: linkIds.get(link.position), ...link })),
          officials,
          warnings: analysis.warnings,
        } satisfies ImportResult;
      });
    },
  };
};

/**
 * Preview and import. Both run the pipeline; the import then writes, in one transaction:
 * the idempotency claim, new officials proposed by the text, the article, its related links in
 * order, and the optional publication. A failure anywhere leaves nothing behind. A correction (an
 * edited version of an imported story) updates that article instead (./corrections.ts).
 */
import type { Core } from '@strapi/strapi';

import { runInternal } from '../internal-context';
import { isImprovable } from '../matching/arrivals';
import { articleLinks } from '../storage/article-links';
import { isUniqueViolation } from '../storage/sources';
import type { ImportInput, PreviewInput } from '../validation/import';
import { getService } from '../utils';
import { applyImportDecisions } from './import-decisions';
import type { Analysis } from './pipeline';
import type { ImportResult, Link, OfficialHit, Preview } from './present';
import { articleFields, createLink, writeOfficials } from './story-writes';

const ARTICLE = 'api::article.article';

/** Whether the caller may read drafts (the admin, API tokens) or only published content. */
export type Audience = { drafts: boolean };

export const createImporter = ({ strapi }: { strapi: Core.Strapi }) => {
  const pipeline = () => getService(strapi, 'pipeline');
  const present = () => getService(strapi, 'present');
  const sources = () => getService(strapi, 'sources');
  const corrections = () => getService(strapi, 'corrections');

  /** What is stored for an already imported article, in the ImportResult shape. */
  const storedResult = async (documentId: string, analysis: Analysis): Promise<ImportResult | null> => {
    const { locale } = analysis;
    const draft: any = await strapi.documents(ARTICLE).findOne({
      documentId,
      locale,
      status: 'draft',
      fields: ['title', 'slug'],
      populate: { officials: { fields: ['name', 'role', 'honorific'] } },
    } as any);
    if (!draft) return null;
    const published = await strapi.documents(ARTICLE).findOne({
      documentId,
      locale,
      status: 'published',
      fields: ['title'],
    } as any);

    const links = await articleLinks<any>(strapi, documentId, {
      side: 'relatedLinks',
      locale,
      select: ['headline', 'position', 'status', 'confidence'],
      populate: { target: { select: ['documentId'] } },
      orderBy: [{ position: 'asc' }],
    });
    const targets = await present().targets(
      locale,
      links.flatMap((link) => (link.target ? [link.target.documentId] : [])),
      analysis.drafts
    );

    const mentions = new Map(analysis.officials.map((hit) => [hit.documentId ?? hit.name, hit.mentions]));
    return {
      duplicate: true,
      ...present().fields(analysis),
      article: { documentId, locale, slug: draft.slug, title: draft.title, status: published ? 'published' : 'draft' },
      relatedLinks: links.map(
        (link): Link => ({
          documentId: link.documentId,
          headline: link.headline,
          position: link.position,
          status: link.status,
          confidence: Number(link.confidence ?? 0),
          target: (link.target && targets.get(link.target.documentId)) || null,
        })
      ),
      officials: (draft.officials ?? []).map(
        (official: any): OfficialHit => ({
          name: official.name,
          role: official.role ?? null,
          honorific: official.honorific ?? null,
          documentId: official.documentId,
          known: true,
          mentions: mentions.get(official.documentId) ?? mentions.get(official.name) ?? 0,
        })
      ),
      warnings: analysis.warnings,
    };
  };

  const isPublished = async (documentId: string, locale: string): Promise<boolean> =>
    (await strapi.documents(ARTICLE).count({ filters: { documentId }, locale, status: 'published' } as any)) > 0;

  /** The article this text already became in this locale, if it still exists. */
  const existing = async (analysis: Analysis): Promise<ImportResult | null> => {
    const source = await sources().find(analysis.sourceHash, analysis.locale);
    if (!source?.documentId) return null;
    const result = await storedResult(source.documentId, analysis);
    // The article was deleted behind our back: the text may be imported again.
    if (!result) await sources().release(analysis.sourceHash, analysis.locale);
    return result;
  };

  const write = async (analysed: Analysis, input: ImportInput): Promise<ImportResult> =>
    strapi.db.transaction(async () => {
      const { analysis, verdicts } = await applyImportDecisions(strapi, analysed, input.decisions);
      const { locale } = analysis;
      await sources().claim(analysis.sourceHash, locale);

      const officials = await writeOfficials(strapi, analysis);
      const article: any = await strapi.documents(ARTICLE).create({
        locale,
        data: {
          ...articleFields(analysis, input),
          officials: { connect: officials.map(({ documentId }) => ({ documentId: documentId!, locale })) },
        },
      } as any);

      const linkIds = new Map<number, string>();
      await getService(strapi, 'linkIndex').batch(async () => {
        for (const link of analysis.links) {
          linkIds.set(link.position, await createLink(strapi, link, article.documentId, locale));
        }
      });
      for (const { position, ...verdict } of verdicts) {
        await getService(strapi, 'decisions').record({ ...verdict, locale, link: linkIds.get(position) ?? null });
      }

      if (input.publish) {
        await strapi.documents(ARTICLE).publish({ documentId: article.documentId, locale } as any);
      }
      await sources().bind(analysis.sourceHash, locale, article.documentId);

      return {
        duplicate: false,
        ...present().fields(analysis),
        article: {
          documentId: article.documentId,
          locale,
          slug: article.slug,
          title: article.title,
          status: input.publish ? 'published' : 'draft',
        },
        relatedLinks: (await present().links(analysis)).map((link) => ({
          documentId: linkIds.get(link.position),
          ...link,
        })),
        officials,
        warnings: analysis.warnings,
      } satisfies ImportResult;
    });

  /**
   * Stories imported at the same moment (on one instance or several) cannot see each other's
   * uncommitted rows: each links only to what was committed when it looked. Once this import has
   * committed, it looks again both ways: its own open links against every title now committed, and
   * its title against every open link now committed. Whichever of two concurrent imports commits
   * last sees the other, so they end linked whatever the interleaving.
   */
  const settleAfterCommit = async (result: ImportResult, analysis: Analysis) => {
    const { documentId, locale } = result.article;
    await getService(strapi, 'livingLinks').arrived(documentId);
    // Open links, and links short of certainty: a title equal to the headline may have committed
    // meanwhile (`الحلقة السابعة` scores 0.99 against `الحلقة الرابعة`, one letter apart).
    if (!result.relatedLinks.some((link) => isImprovable(link.status, link.confidence))) return;
    await getService(strapi, 'relinker').relink({ documentId, locale });
    // The answer shows what is stored now; a caller without draft rights keeps the answer made
    // from published titles (stored links follow the newsroom's latest ones).
    if (analysis.drafts) {
      result.relatedLinks = (await storedResult(documentId, analysis))?.relatedLinks ?? result.relatedLinks;
    }
  };

  return {
    /**
     * Everything the import would do, written nowhere. A caller without draft rights (`drafts:
     * false`) sees only published targets, and is not told which draft a text already became.
     */
    preview(input: PreviewInput, { drafts }: Audience = { drafts: true }): Promise<Preview> {
      return runInternal(async () => {
        const locale = await pipeline().resolveLocale(input.locale);
        const analysis = await pipeline().analyse(input.text, locale, { drafts });
        const preview = present().preview(analysis, await present().links(analysis));
        const source = await sources().find(analysis.sourceHash, locale);
        if (source?.documentId && (drafts || (await isPublished(source.documentId, locale)))) {
          preview.warnings.push(
            `This story was already imported (article ${source.documentId}); importing it again returns that article.`
          );
        } else if (!source?.documentId) {
          const target = await corrections().find(analysis);
          if (target) {
            preview.warnings.push(
              `This text updates article ${target.documentId} ("${target.title}"): it is an edited version of that story, so importing it updates the article instead of creating another.`
            );
          }
        }
        return preview;
      });
    },

    /**
     * Imports a story once per (text, locale); the same text again answers the same article, and an
     * edited version of an imported story updates it (./corrections.ts).
     */
    import(input: ImportInput, { drafts }: Audience = { drafts: true }): Promise<ImportResult> {
      return runInternal(async () => {
        const locale = await pipeline().resolveLocale(input.locale);
        const analysis = await pipeline().analyse(input.text, locale, { drafts });

        const already = await existing(analysis);
        if (already) return already;
        try {
          const target = await corrections().find(analysis);
          const result = await (target ? corrections().apply(analysis, input, target) : write(analysis, input));
          await settleAfterCommit(result, analysis);
          return result;
        } catch (error) {
          // A concurrent import of the same text won the claim; answer with its article.
          if (!isUniqueViolation(error)) throw error;
          const winner = await existing(analysis);
          if (winner) return winner;
          throw error;
        }
      });
    },
  };
};

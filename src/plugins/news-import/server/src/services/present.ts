/**
 * The answer shapes of the contract (`Preview`, `ImportResult`, `Link`, `OfficialHit`), built
 * from an analysis or from what is stored.
 */
import type { Core } from '@strapi/strapi';

import type { LinkStatus, OfficialMention } from '../language/types';
import type { Analysis } from './pipeline';

const ARTICLE = 'api::article.article';

export type LinkTarget = { documentId: string; slug: string; title: string };
export type Link = {
  /** The stored related link's own id; absent in a preview, where nothing is stored. */
  documentId?: string;
  headline: string;
  position: number;
  status: LinkStatus;
  confidence: number;
  target: LinkTarget | null;
};
export type OfficialHit = OfficialMention;
/** What the story says about itself: its author(s), the dateline's place and agency. */
export type StoryFields = { byline: string | null; dateline: string | null; agency: string | null };
export type Preview = StoryFields & {
  title: string;
  summary: string;
  paragraphs: string[];
  relatedLinks: Link[];
  officials: OfficialHit[];
  warnings: string[];
};
export type ImportResult = StoryFields & {
  duplicate: boolean;
  /** An edited version of an already imported story updated that article (a correction). */
  updated?: boolean;
  article: { documentId: string; locale: string; slug: string; title: string; status: 'draft' | 'published' };
  relatedLinks: Link[];
  officials: OfficialHit[];
  warnings: string[];
};

export const createPresenter = ({ strapi }: { strapi: Core.Strapi }) => {
  /**
   * Titles and slugs of target articles: as editors last wrote them (drafts hold the latest), or as
   * published for a caller without draft rights (a target with no published version is left out).
   */
  const targets = async (locale: string, documentIds: string[], drafts = true): Promise<Map<string, LinkTarget>> => {
    const unique = [...new Set(documentIds)];
    if (unique.length === 0) return new Map();
    const found = await strapi.documents(ARTICLE).findMany({
      locale,
      status: drafts ? 'draft' : 'published',
      filters: { documentId: { $in: unique } },
      fields: ['title', 'slug'],
      limit: unique.length,
    } as any);
    return new Map(
      found.map((article: any) => [
        article.documentId,
        { documentId: article.documentId, slug: article.slug, title: article.title },
      ])
    );
  };

  const fields = ({ story: { byline, dateline, agency } }: Analysis): StoryFields => ({ byline, dateline, agency });

  return {
    targets,
    fields,

    async links(analysis: Analysis): Promise<Link[]> {
      const byId = await targets(
        analysis.locale,
        analysis.links.flatMap((link) => (link.targetDocumentId ? [link.targetDocumentId] : [])),
        analysis.drafts
      );
      return analysis.links.map((link) => ({
        headline: link.headline,
        position: link.position,
        status: link.status,
        confidence: link.confidence,
        target: (link.targetDocumentId && byId.get(link.targetDocumentId)) || null,
      }));
    },

    preview(analysis: Analysis, relatedLinks: Link[]): Preview {
      return {
        title: analysis.story.title,
        summary: analysis.summary,
        paragraphs: analysis.story.paragraphs,
        ...fields(analysis),
        relatedLinks,
        officials: analysis.officials,
        warnings: [...analysis.warnings],
      };
    },
  };
};

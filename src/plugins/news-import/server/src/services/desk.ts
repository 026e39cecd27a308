/**
 * What the admin pages read: the review queue (open links across articles), the title type-ahead
 * for picking a target, and an article's side panel (its links, officials and backlinks).
 * Reads only, on draft rows: in Strapi 5 they hold every document's latest version.
 */
import type { Core } from '@strapi/strapi';

import { articleLinks } from '../storage/article-links';
import type { PanelInput, QueueInput, TitlesInput } from '../validation/desk';
import { linkOf } from './review';
import type { Link } from './present';

const ARTICLE = 'api::article.article';
const RELATED_LINK = 'api::related-link.related-link';

export type QueueEntry = Link & { locale: string; article: { documentId: string; title: string } | null };
export type TitleHit = { documentId: string; title: string; slug: string };
export type Panel = {
  relatedLinks: Link[];
  officials: { documentId: string; name: string; role: string | null }[];
  backlinks: number;
};

const LINK_SELECT = ['documentId', 'locale', 'headline', 'position', 'status', 'confidence', 'matchKey'];
const LINK_POPULATE = {
  article: { select: ['documentId', 'title'] },
  target: { select: ['documentId', 'slug', 'title'] },
};

export const createDesk = ({ strapi }: { strapi: Core.Strapi }) => ({
  async queue({ status, locale, page, pageSize }: QueueInput) {
    const where = { status: { $in: status ? [status] : ['suggested', 'unresolved'] }, ...(locale ? { locale } : {}) };
    const [rows, total] = await Promise.all([
      strapi.db.query(RELATED_LINK).findMany({
        where,
        select: LINK_SELECT,
        populate: LINK_POPULATE,
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        offset: (page - 1) * pageSize,
        limit: pageSize,
      }),
      strapi.db.query(RELATED_LINK).count({ where }),
    ]);
    return {
      results: rows.map(
        (row: any): QueueEntry => ({
          ...linkOf(row),
          locale: row.locale,
          article: row.article ? { documentId: row.article.documentId, title: row.article.title } : null,
        })
      ),
      pagination: { page, pageSize, total, pageCount: Math.max(1, Math.ceil(total / pageSize)) },
    };
  },

  async titles({ locale, q, exclude, limit }: TitlesInput): Promise<TitleHit[]> {
    const rows = await strapi.db.query(ARTICLE).findMany({
      where: {
        locale,
        publishedAt: null,
        title: { $containsi: q },
        ...(exclude ? { documentId: { $ne: exclude } } : {}),
      },
      select: ['documentId', 'title', 'slug'],
      orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
      limit,
    });
    return rows.map((row: any) => ({ documentId: row.documentId, title: row.title, slug: row.slug }));
  },

  async panel({ documentId, locale }: PanelInput): Promise<Panel> {
    const article: any = await strapi.db.query(ARTICLE).findOne({
      where: { documentId, locale, publishedAt: null },
      select: ['id'],
      populate: { officials: { select: ['documentId', 'name', 'role'] } },
    });
    const links = await articleLinks<any>(strapi, documentId, {
      side: 'relatedLinks',
      locale,
      select: LINK_SELECT,
      populate: LINK_POPULATE,
      orderBy: [{ position: 'asc' }],
    });
    const pointing = await articleLinks<any>(strapi, documentId, {
      side: 'backlinks',
      locale,
      select: ['id'],
      populate: { article: { select: ['documentId'] } },
    });
    // Stories that cite this one; a story listing itself is no back-link.
    const others = new Set(
      pointing.flatMap((row: any) => (row.article && row.article.documentId !== documentId ? [row.article.documentId] : []))
    );
    return {
      relatedLinks: links.map((row: any) => linkOf(row)),
      officials: (article?.officials ?? []).map((official: any) => ({
        documentId: official.documentId,
        name: official.name,
        role: official.role ?? null,
      })),
      backlinks: others.size,
    };
  },
});

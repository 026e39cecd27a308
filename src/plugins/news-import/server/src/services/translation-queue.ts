/**
 * The translators' queue for one locale: (a) articles with no version in it yet, and (b) articles
 * in it whose related links still wait for a target's translation (../matching/translation.ts).
 * Missing ones first, newest first; waiting ones after them.
 *
 * A caller without draft rights sees published versions only: an article counts as missing when
 * it has a published version elsewhere and none in the locale, and as waiting when its published
 * version in the locale has a link whose source points at a published target.
 */
import type { Core } from '@strapi/strapi';

import type { LinkStatus } from '../language/types';
import { waitsFor } from '../matching/translation';
import type { TranslationQueueInput } from '../validation/translations';
import { withTables } from '../storage/tables';

const ARTICLE = 'api::article.article';
const RELATED_LINK = 'api::related-link.related-link';
// Bound parameters per statement stay well under SQLite's and PostgreSQL's limits.
const CHUNK = 500;

export type MissingEntry = { reason: 'missing'; documentId: string; locale: string; title: string; locales: string[] };
export type WaitingEntry = {
  reason: 'waiting';
  documentId: string;
  locale: string;
  title: string;
  waiting: { position: number | null; headline: string; target: { documentId: string } }[];
};
export type TranslationQueue = {
  data: (MissingEntry | WaitingEntry)[];
  meta: {
    pagination: { page: number; pageSize: number; total: number; pageCount: number };
    counts: { missing: number; waiting: number };
  };
};

type Row = { documentId: string; locale: string; title?: string; status?: LinkStatus; confidence?: unknown };
type LinkRow = Row & { headline: string; position: number | null; status: LinkStatus; article?: Row | null; target?: Row | null };

const chunks = <T>(items: T[]): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
};

export const createTranslationQueue = ({ strapi }: { strapi: Core.Strapi }) => {
  const db = (uid: string) => strapi.db.query(uid as any);
  const published = (drafts: boolean) => (drafts ? {} : { publishedAt: { $notNull: true } });

  const findIn = async (uid: string, documentIds: string[], where: object, select: string[], populate?: object) => {
    const rows: any[] = [];
    for (const ids of chunks([...new Set(documentIds)])) {
      rows.push(...(await db(uid).findMany({ where: { documentId: { $in: ids }, ...where }, select, populate })));
    }
    return rows;
  };

  /** Articles with a version elsewhere and none in `locale`, in the database: counted and paged there. */
  const missing = async (locale: string, drafts: boolean, offset: number, limit: number) => {
    const table = strapi.db.metadata.get(ARTICLE).tableName;
    return withTables(strapi, async (from) => {
      const visible = (query: any) => (drafts ? query : query.whereNotNull('published_at'));
      const translated = visible(from(table).select('document_id').where('locale', locale));
      const base = () => visible(from(table).where('locale', '<>', locale).whereNotIn('document_id', translated));
      const [{ total }] = await base().countDistinct({ total: 'document_id' });
      const rows =
        limit > 0
          ? await base()
              .select('document_id')
              .max({ latest: 'id' })
              .groupBy('document_id')
              .orderBy([{ column: 'latest', order: 'desc' }, { column: 'document_id', order: 'asc' }])
              .offset(offset)
              .limit(limit)
          : [];
      return { total: Number(total), documentIds: rows.map((row: any) => row.document_id as string) };
    });
  };

  const describeMissing = async (documentIds: string[], drafts: boolean): Promise<MissingEntry[]> => {
    const preferred: string = await strapi.plugin('i18n').service('locales').getDefaultLocale();
    const rows = (await findIn(ARTICLE, documentIds, published(drafts), ['documentId', 'locale', 'title'])) as Row[];
    return documentIds.map((documentId) => {
      const versions = rows.filter((row) => row.documentId === documentId);
      const shown = versions.find((row) => row.locale === preferred) ?? versions[0];
      return {
        reason: 'missing',
        documentId,
        locale: shown.locale,
        title: shown.title ?? '',
        locales: [...new Set(versions.map((row) => row.locale))].sort(),
      };
    });
  };

  /** Every article of `locale` with links still waiting for a translated target, by documentId. */
  const waiting = async (locale: string, drafts: boolean): Promise<WaitingEntry[]> => {
    const open = ((await db(RELATED_LINK).findMany({
      where: { locale, status: 'unresolved' },
      select: ['documentId', 'headline', 'position', 'status'],
      populate: { article: { select: ['documentId'] }, target: { select: ['documentId'] } },
    })) as LinkRow[]).filter((link) => !link.target && link.article);
    if (open.length === 0) return [];
    const sources = (await findIn(
      RELATED_LINK,
      open.map((link) => link.documentId),
      { locale: { $ne: locale }, status: { $in: ['linked', 'suggested'] } },
      ['documentId', 'locale', 'status', 'confidence'],
      { target: { select: ['documentId'] } }
    )) as LinkRow[];
    const targets = sources.flatMap((source) => (source.target ? [source.target.documentId] : []));
    const translated = new Set((await findIn(ARTICLE, targets, { locale }, ['documentId'])).map((row) => row.documentId));
    // What the caller may see of the source: a target published in the source's locale.
    const visibleTargets = drafts
      ? null
      : new Set(
          (await findIn(ARTICLE, targets, published(false), ['documentId', 'locale'])).map(
            (row: Row) => `${row.documentId}\u0000${row.locale}`
          )
        );

    const byArticle = new Map<string, WaitingEntry['waiting']>();
    for (const link of open) {
      for (const source of sources.filter((row) => row.documentId === link.documentId)) {
        const target = waitsFor(
          { status: link.status, targetDocumentId: null },
          { status: source.status, confidence: 0, targetDocumentId: source.target?.documentId ?? null }
        );
        if (!target || translated.has(target)) continue;
        if (visibleTargets && !visibleTargets.has(`${target}\u0000${source.locale}`)) continue;
        const list = byArticle.get(link.article!.documentId) ?? [];
        list.push({ position: link.position, headline: link.headline, target: { documentId: target } });
        byArticle.set(link.article!.documentId, list);
        break;
      }
    }
    const articles = (await findIn(ARTICLE, [...byArticle.keys()], { locale, ...published(drafts) }, [
      'documentId',
      'title',
    ])) as Row[];
    const titles = new Map(articles.map((row) => [row.documentId, row.title ?? '']));
    return [...byArticle.entries()]
      .filter(([documentId]) => titles.has(documentId))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([documentId, links]) => ({
        reason: 'waiting',
        documentId,
        locale,
        title: titles.get(documentId)!,
        waiting: links.sort((a, b) => (a.position ?? 0) - (b.position ?? 0)),
      }));
  };

  return {
    async list({ locale, reason, page, pageSize }: TranslationQueueInput, { drafts }: { drafts: boolean }) {
      const offset = (page - 1) * pageSize;
      const wantMissing = reason !== 'waiting';
      const wantWaiting = reason !== 'missing';
      const waitingEntries = wantWaiting ? await waiting(locale, drafts) : [];
      const missingPage = wantMissing
        ? await missing(locale, drafts, offset, pageSize)
        : { total: 0, documentIds: [] as string[] };
      const data: TranslationQueue['data'] = await describeMissing(missingPage.documentIds, drafts);
      // Waiting entries continue where the missing ones end.
      const waitingOffset = Math.max(0, offset - missingPage.total);
      data.push(...waitingEntries.slice(waitingOffset, waitingOffset + pageSize - data.length));
      const total = missingPage.total + waitingEntries.length;
      return {
        data,
        meta: {
          pagination: { page, pageSize, total, pageCount: Math.max(1, Math.ceil(total / pageSize)) },
          counts: { missing: missingPage.total, waiting: waitingEntries.length },
        },
      } satisfies TranslationQueue;
    },
  };
};

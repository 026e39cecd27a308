/**
 * Translators: when an article gains a version in a new locale (the admin's "create locale",
 * REST `PUT /api/articles/:id?locale=en`, GraphQL `updateArticle(locale: "en")`, a script's
 * `documents.update({ documentId, locale })`), its related links and officials follow it.
 *
 * - Each link of the source version (the default locale's, `ar`) gets its version in the new
 *   locale: same related-link document, headline kept until a translator changes it, same
 *   position, and the same target document's version in that locale, or `unresolved` waiting for
 *   that target's translation (../matching/translation.ts).
 * - Each official maps to the same official document's version in the new locale (the gazetteer
 *   loads a person's locales as one document), or else to the entry the gazetteer key names.
 * - An article gaining a version is also the translation some links wait for: those resolve, to
 *   the status their source link has, and front ends hear of it (`news-import.links-changed`).
 *
 * Called by the Document Service middleware inside the write's transaction, like the living links.
 */
import fs from 'node:fs';
import path from 'node:path';

import type { Core } from '@strapi/strapi';

import { runInternal } from '../internal-context';
import type { LinkStatus } from '../language/types';
import { carryLink, namesAcross, waitsFor, type GazetteerEntries } from '../matching/translation';
import { articleLinks } from '../storage/article-links';
import { getService } from '../utils';
import { linkAnnouncer, type ListChange } from './living-links';

const ARTICLE = 'api::article.article';
const OFFICIAL = 'api::official.official';
const RELATED_LINK = 'api::related-link.related-link';
const GAZETTEER_FILE = path.join('database', 'seed', 'officials.json');

type LinkRow = {
  documentId: string;
  locale: string;
  headline: string;
  position: number | null;
  status: LinkStatus;
  confidence: number | string | null;
  matchKey: string | null;
  article?: { documentId: string } | null;
  target?: { documentId: string } | null;
};

const LINK_SELECT = ['documentId', 'locale', 'headline', 'position', 'status', 'confidence', 'matchKey'];
const LINK_POPULATE = { article: { select: ['documentId'] }, target: { select: ['documentId'] } };

const sourceOf = (row: LinkRow) => ({
  status: row.status,
  confidence: Number(row.confidence ?? 0),
  targetDocumentId: row.target?.documentId ?? null,
});

const unique = <T>(rows: T[], key: (row: T) => string): T[] => [...new Map(rows.map((row) => [key(row), row])).values()];

export const createTranslations = ({ strapi }: { strapi: Core.Strapi }) => {
  const db = (uid: string) => strapi.db.query(uid as any);
  const defaultLocale = (): Promise<string> => strapi.plugin('i18n').service('locales').getDefaultLocale();

  /** Documents of `uid` among `documentIds` that have a version in `locale`. */
  const versionsIn = async (uid: string, locale: string, documentIds: string[]): Promise<Set<string>> => {
    if (documentIds.length === 0) return new Set();
    const rows = await db(uid).findMany({
      where: { documentId: { $in: [...new Set(documentIds)] }, locale },
      select: ['documentId'],
    });
    return new Set(rows.map((row: any) => row.documentId));
  };

  /** The locale a new version is translated from: the default locale's, else the oldest other. */
  const sourceLocale = async (documentId: string, locale: string): Promise<string | null> => {
    const rows = (await db(ARTICLE).findMany({
      where: { documentId, locale: { $ne: locale } },
      select: ['locale'],
      orderBy: [{ id: 'asc' }],
    })) as { locale: string }[];
    if (rows.length === 0) return null;
    const preferred = await defaultLocale();
    return rows.some((row) => row.locale === preferred) ? preferred : rows[0].locale;
  };

  const linksOf = async (documentId: string, locale: string): Promise<LinkRow[]> =>
    unique(
      await articleLinks<LinkRow>(strapi, documentId, {
        side: 'relatedLinks',
        locale,
        select: LINK_SELECT,
        populate: LINK_POPULATE,
        orderBy: [{ position: 'asc' }],
      }),
      (row) => row.documentId
    );

  const acceptTarget = (row: LinkRow, locale: string, target: string) =>
    getService(strapi, 'decisions').record({
      decision: 'accepted',
      locale,
      matchKey: row.matchKey ?? '',
      target,
      link: row.documentId,
    });

  const carryLinks = async (documentId: string, source: string, locale: string): Promise<void> => {
    const links = await linksOf(documentId, source);
    const present = await versionsIn(RELATED_LINK, locale, links.map((link) => link.documentId));
    const translated = await versionsIn(
      ARTICLE,
      locale,
      links.flatMap((link) => (link.target ? [link.target.documentId] : []))
    );
    for (const link of links) {
      if (present.has(link.documentId)) continue;
      const carried = carryLink(sourceOf(link), translated);
      await strapi.documents(RELATED_LINK).update({
        documentId: link.documentId,
        locale,
        data: {
          headline: link.headline,
          position: link.position,
          matchKey: link.matchKey,
          status: carried.status,
          confidence: carried.confidence,
          article: { connect: [{ documentId, locale }] },
          ...(carried.targetDocumentId ? { target: { connect: [{ documentId: carried.targetDocumentId, locale }] } } : {}),
        },
      } as any);
      // The target was decided in the source locale; the headline, still untranslated, cannot
      // confirm it in this one, so a relink keeps it.
      if (carried.status === 'linked' && carried.targetDocumentId) {
        await acceptTarget(link, locale, carried.targetDocumentId);
      }
    }
  };

  let gazetteer: GazetteerEntries | undefined;
  const gazetteerEntries = (): GazetteerEntries => {
    if (!gazetteer) {
      const file = path.join(strapi.dirs.app.root, GAZETTEER_FILE);
      gazetteer = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')).officials ?? []) : [];
    }
    return gazetteer!;
  };

  /** Official row ids in `locale` for the officials of the source version. */
  const officialsIn = async (officials: { documentId: string; name: string }[], source: string, locale: string) => {
    const same = (await db(OFFICIAL).findMany({
      where: { documentId: { $in: officials.map((o) => o.documentId) }, locale },
      select: ['id', 'documentId'],
    })) as { id: number; documentId: string }[];
    const mapped = new Set(same.map((row) => row.documentId));
    const across = namesAcross(gazetteerEntries(), source, locale);
    const keyed = officials.flatMap((o) => (!mapped.has(o.documentId) && across.has(o.name) ? [across.get(o.name)!] : []));
    const byKey = keyed.length
      ? ((await db(OFFICIAL).findMany({ where: { locale, name: { $in: keyed } }, select: ['id'] })) as { id: number }[])
      : [];
    return [...new Set([...same, ...byKey].map((row) => row.id))];
  };

  const carryOfficials = async (documentId: string, source: string, locale: string): Promise<void> => {
    const from: any = await db(ARTICLE).findOne({
      where: { documentId, locale: source, publishedAt: null },
      select: ['id'],
      populate: { officials: { select: ['documentId', 'name'] } },
    });
    const officials = (from?.officials ?? []) as { documentId: string; name: string }[];
    if (officials.length === 0) return;
    const ids = await officialsIn(officials, source, locale);
    // The draft, and the published version when the write published at once.
    const rows = (await db(ARTICLE).findMany({
      where: { documentId, locale },
      select: ['id'],
      populate: { officials: { select: ['id'] } },
    })) as { id: number; officials?: { id: number }[] }[];
    for (const row of rows) {
      const have = new Set((row.officials ?? []).map((official) => official.id));
      const connect = ids.filter((id) => !have.has(id));
      if (connect.length > 0) await db(ARTICLE).update({ where: { id: row.id }, data: { officials: { connect } } });
    }
  };

  /** Links in `locale` that waited for `documentId`'s translation take their source link's target. */
  const resolveWaiting = async (documentId: string, locale: string): Promise<ListChange[]> => {
    const preferred = await defaultLocale();
    const pointing = await articleLinks<LinkRow>(strapi, documentId, {
      side: 'backlinks',
      where: { locale: { $ne: locale }, status: { $in: ['linked', 'suggested'] } },
      select: LINK_SELECT,
      populate: LINK_POPULATE,
    });
    // One source per link: the default locale's when the link has one.
    const sources = new Map<string, LinkRow>();
    for (const row of pointing) {
      if (!sources.has(row.documentId) || row.locale === preferred) sources.set(row.documentId, row);
    }
    if (sources.size === 0) return [];
    const translations = (await db(RELATED_LINK).findMany({
      where: { documentId: { $in: [...sources.keys()] }, locale, status: 'unresolved' },
      select: LINK_SELECT,
      populate: LINK_POPULATE,
    })) as LinkRow[];

    const changed = linkAnnouncer(strapi);
    for (const translation of unique(translations, (row) => row.documentId)) {
      const source = sources.get(translation.documentId)!;
      if (waitsFor(sourceOf(translation), sourceOf(source)) !== documentId) continue;
      await strapi.documents(RELATED_LINK).update({
        documentId: translation.documentId,
        locale,
        data: {
          status: source.status,
          confidence: Number(source.confidence ?? 0),
          target: { set: [{ documentId, locale }] },
        },
      } as any);
      if (source.status === 'linked') await acceptTarget(translation, locale, documentId);
      changed.add(translation, locale);
    }
    return changed.announce();
  };

  return {
    /** Whether a write to (`documentId`, `locale`) creates a new locale version of an existing article. */
    async isNewVersion(documentId: string, locale: string): Promise<boolean> {
      const rows = (await db(ARTICLE).findMany({ where: { documentId }, select: ['locale'] })) as { locale: string }[];
      return rows.length > 0 && rows.every((row) => row.locale !== locale);
    },

    /** The article just gained its `locale` version: its links and officials follow it there. */
    carry(documentId: string, locale: string): Promise<void> {
      return runInternal(async () => {
        const source = await sourceLocale(documentId, locale);
        if (!source) return;
        await carryLinks(documentId, source, locale);
        await carryOfficials(documentId, source, locale);
      });
    },

    /** The article just gained its `locale` version: the links waiting for that translation resolve. */
    resolveWaiting(documentId: string, locale: string): Promise<ListChange[]> {
      return runInternal(() => resolveWaiting(documentId, locale));
    },
  };
};

/**
 * Document Service middlewares that keep the plugin's derived data in step with content, whoever
 * writes it (an import, the admin's content manager, REST, GraphQL, a script):
 *
 * - an article's title written, published, unpublished or deleted -> its rows in the title index;
 * - an article deleted -> its idempotency records and replaced texts, so the same text can be imported again, and the
 *   links that pointed at it, released (../services/living-links.ts);
 * - an article written -> the open links of other stories that name it (later arrivals);
 * - an article gaining a locale version -> its links and officials carried into that locale, and
 *   the links that waited for that translation resolved (../services/translations.ts);
 * - a related link written -> its words in the link index;
 * - an official written -> the compiled gazetteer of its locale is rebuilt on next use.
 */
import type { Core, Modules } from '@strapi/strapi';

import { getService } from '../utils';

const ARTICLE = 'api::article.article';
const OFFICIAL = 'api::official.official';
const RELATED_LINK = 'api::related-link.related-link';
const WRITE_ACTIONS = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone']);
const TITLE_KEEPING_ACTIONS = new Set(['publish', 'unpublish']);

export const contentSyncMiddleware =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (!WRITE_ACTIONS.has(context.action)) return next();
    const params = context.params as { documentId?: string; locale?: string };

    if (context.uid === RELATED_LINK) {
      const result: any = await next();
      const documentId = result?.documentId ?? params.documentId;
      if (documentId) await getService(strapi, 'linkIndex').written(documentId);
      return result;
    }

    if (context.uid === OFFICIAL) {
      const result = await next();
      const gazetteer = getService(strapi, 'gazetteer');
      gazetteer.invalidate();
      // Again once the write is visible to other connections: a story analysed meanwhile may have
      // cached the gazetteer without it.
      if (strapi.db.inTransaction()) {
        await strapi.db.transaction(async ({ onCommit }) => onCommit(() => gazetteer.invalidate()));
      }
      return result;
    }
    if (context.uid !== ARTICLE) return next();

    // The write and everything derived from it commit together, or not at all.
    return strapi.db.transaction(async () => {
      const living = getService(strapi, 'livingLinks');
      const locale = params.locale && params.locale !== '*' ? params.locale : undefined;
      // Read before the delete takes the relations with it.
      const pointing =
        context.action === 'delete' && params.documentId ? await living.pointingAt(params.documentId, locale) : [];
      const translations = getService(strapi, 'translations');
      const newVersion =
        context.action === 'update' && params.documentId && locale
          ? await translations.isNewVersion(params.documentId, locale)
          : false;

      const result: any = await next();
      const documentId = result?.documentId ?? params.documentId;
      if (!documentId) return result;

      await getService(strapi, 'titleIndex').syncDocument(documentId);
      if (context.action === 'delete') {
        await getService(strapi, 'sources').forgetDocument(documentId, locale);
        await getService(strapi, 'revisions').forgetDocument(documentId, locale);
        await living.released(pointing);
      } else {
        if (newVersion) await translations.carry(documentId, locale!);
        // Publishing copies the draft and unpublishing drops the copy: the latest title, which
        // open links are matched against, is the one the draft already had.
        if (!TITLE_KEEPING_ACTIONS.has(context.action)) await living.arrived(documentId);
        // After the arrival: it re-scores suggestions of this article by headline words, which an
        // untranslated headline cannot pass; the source locale already decided these.
        if (newVersion) await translations.resolveWaiting(documentId, locale!);
      }
      return result;
    });
  };

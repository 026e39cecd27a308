/**
 * Document Service middlewares that keep the plugin's derived data in step with content, whoever
 * writes it (an import, the admin's content manager, REST, GraphQL, a script):
 *
 * - an article's title written, published, unpublished or deleted -> its rows in the title index;
 * - an article deleted -> its idempotency records, so the same text can be imported again;
 * - an official written -> the compiled gazetteer of its locale is rebuilt on next use.
 */
import type { Core, Modules } from '@strapi/strapi';

import { getService } from '../utils';

const ARTICLE = 'api::article.article';
const OFFICIAL = 'api::official.official';
const WRITE_ACTIONS = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone']);
// The index mirrors draft and published rows: every write can change one of them.
const TITLE_ACTIONS = WRITE_ACTIONS;

export const contentSyncMiddleware =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    const result: any = await next();
    if (!WRITE_ACTIONS.has(context.action)) return result;

    if (context.uid === OFFICIAL) {
      const gazetteer = getService(strapi, 'gazetteer');
      gazetteer.invalidate();
      // Again once the write is visible to other connections: a story analysed meanwhile may have
      // cached the gazetteer without it.
      if (strapi.db.inTransaction()) {
        await strapi.db.transaction(async ({ onCommit }) => onCommit(() => gazetteer.invalidate()));
      }
      return result;
    }
    if (context.uid !== ARTICLE || !TITLE_ACTIONS.has(context.action)) return result;

    const params = context.params as { documentId?: string; locale?: string };
    const documentId = result?.documentId ?? params.documentId;
    if (!documentId) return result;

    await getService(strapi, 'titleIndex').syncDocument(documentId);
    if (context.action === 'delete') {
      const locale = params.locale && params.locale !== '*' ? params.locale : undefined;
      await getService(strapi, 'sources').forgetDocument(documentId, locale);
    }
    return result;
  };

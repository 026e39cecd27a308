/**
 * Drafts are for the newsroom, not the public.
 *
 * Strapi 5's content API serves drafts to anyone who may `find` a type and adds `?status=draft`
 * (REST) or `status: DRAFT` (GraphQL). Only API tokens (integrations, previews) may read drafts
 * here; users-permissions callers (public and authenticated roles) always get the published
 * version. Done as a Document Service middleware so that REST, GraphQL and populated relations
 * follow one rule: populated relations inherit the status of the query that loads them.
 */
import type { Core, Modules } from '@strapi/strapi';

import { isInternal } from '../plugins/news-import/server/src/internal-context';

const READ_ACTIONS = new Set(['findMany', 'findOne', 'findFirst', 'count']);
// Strapi 5 names its API-token strategy `content-api-token` (`api-token` in earlier 5.x releases).
const DRAFT_READERS = new Set(['content-api-token', 'api-token']);

const isContentApiCallerWithoutDraftRights = (strapi: Core.Strapi): boolean => {
  const ctx: any = strapi.requestContext.get();
  if (!ctx?.state) return false; // bootstrap, scripts, cron: internal calls are trusted
  if (isInternal()) return false; // a plugin service working for an authorised caller
  if (ctx.state.route?.info?.type !== 'content-api') return false; // admin panel
  return !DRAFT_READERS.has(ctx.state.auth?.strategy?.name);
};

export const publishedOnlyMiddleware =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    // Also for types without draft & publish: their populated relations (a related link's
    // `article` and `target`) follow the status asked for at the root.
    if (READ_ACTIONS.has(context.action) && isContentApiCallerWithoutDraftRights(strapi)) {
      (context.params as { status?: string }).status = 'published';
    }
    return next();
  };

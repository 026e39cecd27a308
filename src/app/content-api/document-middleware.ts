/**
 * Content-API reads, checked before they reach the database.
 *
 * Filter values must fit their fields (./filter-values.ts): a mistake is a 400, never a 500.
 *
 * Drafts are for the newsroom, not the public.
 *
 * Strapi 5's content API serves drafts to anyone who may `find` a type and adds `?status=draft`
 * (REST) or `status: DRAFT` (GraphQL). Here every Document Service read made for a caller without
 * draft rights (see the plugin's access rule) is rewritten by the query guard: published rows
 * only, also through relation filters, populates and sorts, and related links only while their
 * article is published; a link whose target is not published reads as unresolved (./link-status.ts). REST, GraphQL root fields and populated relations all pass through here;
 * GraphQL's relation fields load below the Document Service and are guarded in ./graphql.ts.
 */
import type { Core, Modules } from '@strapi/strapi';

import { mayReadDrafts } from '../../plugins/news-import/server/src/access';
import { isInternal } from '../../plugins/news-import/server/src/internal-context';
import { createFilterValueCheck } from './filter-values';
import { createLinkStatusView } from './link-status';
import { FOLLOWS_PUBLICATION, modelLookup } from './models';
import { createQueryGuard } from './query-guard';

const READ_ACTIONS = new Set(['findMany', 'findOne', 'findFirst', 'count']);

const isContentApiRequest = (ctx: any) => ctx?.state?.route?.info?.type === 'content-api' && !isInternal();

export const contentApiReadMiddleware = (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware => {
  const lookup = modelLookup(strapi);
  const guard = createQueryGuard(lookup, FOLLOWS_PUBLICATION);
  const checkFilterValues = createFilterValueCheck(lookup);
  const linkStatus = createLinkStatusView(strapi);
  return async (context, next) => {
    if (!READ_ACTIONS.has(context.action)) return next();
    const ctx = strapi.requestContext.get();
    if (isContentApiRequest(ctx)) checkFilterValues(context.uid, context.params as Record<string, unknown>);
    if (mayReadDrafts(ctx)) return next();
    context.params = guard.guardRead(context.uid, context.params as Record<string, unknown>) as any;
    const answer = await next();
    await linkStatus.apply(answer);
    return answer;
  };
};

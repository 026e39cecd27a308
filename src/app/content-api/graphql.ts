/**
 * The draft guard for GraphQL's relation fields.
 *
 * Root fields (`articles`, `relatedLinks_connection`, …) read through the Document Service and are
 * guarded there. Relation fields (`RelatedLink.article`, `Official.articles`, `Article.localizations`,
 * their `_connection` twins) are loaded by the GraphQL plugin below the Document Service, with the
 * `status` of the root query's arguments (`status: DRAFT` loads draft rows) and the caller's own
 * `filters` and `sort`. For callers without draft rights, resolver middlewares pin the root's
 * status to `published`, add `publishedAt IS NOT NULL` to every relation into a type with drafts,
 * and guard the relation's filters and sort like the Document Service's.
 */
import type { Core } from '@strapi/strapi';

import { mayReadDrafts } from '../../plugins/news-import/server/src/access';
import { createLinkStatusView } from './link-status';
import { FOLLOWS_PUBLICATION, modelLookup } from './models';
import { createQueryGuard, GRAPHQL_SYNTAX } from './query-guard';

type Resolver = (parent: unknown, args: Record<string, any>, context: any, info: any) => unknown;
type Middleware = (next: Resolver, ...rest: Parameters<Resolver>) => unknown;

// The arguments through which a root query chooses which versions its relations load.
const PUBLICATION_ARGS = ['status', 'publicationFilter', 'hasPublishedVersion'];
const PUBLISHED = { publishedAt: { [GRAPHQL_SYNTAX.notNull]: true } };

const POINTING_STATUSES = new Set(['linked', 'suggested']);

const readsDrafts = (context: any) => mayReadDrafts(context?.koaContext ?? { state: context?.state });

const onlyPublished = (args: Record<string, any>) => {
  const pinned = { ...args };
  for (const name of PUBLICATION_ARGS) delete pinned[name];
  if ('status' in args) pinned.status = 'published';
  return pinned;
};

export const registerGraphqlDraftGuard = (strapi: Core.Strapi) => {
  if (!strapi.plugin('graphql')) return;

  strapi
    .plugin('graphql')
    .service('extension')
    .use(() => {
      const lookup = modelLookup(strapi);
      const guard = createQueryGuard(lookup, FOLLOWS_PUBLICATION);
      const naming = strapi.plugin('graphql').service('utils').naming;

      const root: Middleware = (next, parent, args, context, info) => {
        if (readsDrafts(context)) return next(parent, args, context, info);
        // The relation resolvers read the root's arguments from this map, keyed by alias.
        const inherited = context.rootQueryArgsByPath?.get(info.path.key);
        if (inherited) context.rootQueryArgsByPath.set(info.path.key, onlyPublished(inherited));
        return next(parent, onlyPublished(args), context, info);
      };

      const relation =
        (target: string): Middleware =>
        (next, parent, args, context, info) => {
          if (readsDrafts(context)) return next(parent, args, context, info);
          const guarded = guard.guardNested(target, onlyPublished(args), GRAPHQL_SYNTAX);
          if (lookup(target)?.draftAndPublish) {
            guarded.filters = guarded.filters ? { [GRAPHQL_SYNTAX.and]: [guarded.filters, PUBLISHED] } : PUBLISHED;
          }
          guarded.filters = guard.followsOwner(target, guarded.filters);
          return next(parent, guarded, context, info);
        };

      // A link whose target the caller cannot read answers as unresolved (./link-status.ts).
      const linkStatus = createLinkStatusView(strapi);
      const pointingField =
        (unresolved: unknown): Middleware =>
        async (next, parent: any, args, context, info) => {
          const value = await next(parent, args, context, info);
          if (readsDrafts(context) || !parent) return value;
          const cache: Map<unknown, Promise<boolean>> = (context.newsroomLinkTargets ??= new Map());
          if (!cache.has(parent)) cache.set(parent, linkStatus.readsAsPointing(parent));
          const pointsAtPublished = await cache.get(parent);
          return POINTING_STATUSES.has(parent.status) && !pointsAtPublished ? unresolved : value;
        };

      const resolversConfig: Record<string, { middlewares: Middleware[] }> = {
        'RelatedLink.status': { middlewares: [pointingField('unresolved')] },
        'RelatedLink.confidence': { middlewares: [pointingField(0)] },
      };
      const contentTypes = Object.values(strapi.contentTypes).filter((type: any) => type.uid.startsWith('api::'));
      for (const contentType of contentTypes as any[]) {
        const queries = [naming.getFindQueryName(contentType), naming.getFindOneQueryName(contentType)];
        if (contentType.kind === 'collectionType') queries.push(naming.getFindConnectionQueryName(contentType));
        for (const query of queries) resolversConfig[`Query.${query}`] = { middlewares: [root] };

        const typeName = naming.getTypeName(contentType);
        for (const [name, attribute] of Object.entries<any>(contentType.attributes)) {
          if (attribute.type !== 'relation' || !attribute.target || attribute.private) continue;
          const middlewares = [relation(attribute.target)];
          resolversConfig[`${typeName}.${name}`] = { middlewares };
          if (attribute.relation.endsWith('Many')) resolversConfig[`${typeName}.${name}_connection`] = { middlewares };
        }
      }
      return { resolversConfig };
    });
};

/**
 * GraphQL: `importArticle`, `newsImportPreview`, `acceptRelatedLink` and `rejectRelatedLink`, the same operations as the REST routes with
 * the same permissions (a resolver's `auth.scope` is checked against the caller's content-API
 * actions, exactly as for `/api/news-import/...`).
 */
import type { Core } from '@strapi/strapi';

import { mayReadDrafts } from '../access';
import { CONTENT_API_ACTIONS } from '../permissions';
import { getService, maxTextLength } from '../utils';
import { validateImport, validatePreview } from '../validation/import';
import { validateAccept, validateReject } from '../validation/review';

const typeDefs = /* GraphQL */ `
  type NewsImportTarget {
    documentId: ID!
    slug: String!
    title: String!
  }

  type NewsImportLink {
    documentId: ID
    headline: String!
    position: Int!
    status: ENUM_RELATEDLINK_STATUS!
    confidence: Float!
    target: NewsImportTarget
  }

  type NewsImportOfficial {
    name: String!
    role: String
    honorific: String
    documentId: ID
    known: Boolean!
    mentions: Int!
  }

  type NewsImportArticle {
    documentId: ID!
    locale: String!
    slug: String!
    title: String!
    status: String!
  }

  type NewsImportResult {
    duplicate: Boolean!
    updated: Boolean
    article: NewsImportArticle!
    byline: String
    dateline: String
    agency: String
    relatedLinks: [NewsImportLink!]!
    officials: [NewsImportOfficial!]!
    warnings: [String!]!
  }

  type NewsImportPreview {
    title: String!
    summary: String!
    paragraphs: [String!]!
    byline: String
    dateline: String
    agency: String
    relatedLinks: [NewsImportLink!]!
    officials: [NewsImportOfficial!]!
    warnings: [String!]!
  }

  extend type Query {
    newsImportPreview(text: String!, locale: I18NLocaleCode): NewsImportPreview!
  }

  extend type Mutation {
    importArticle(
      text: String!
      locale: I18NLocaleCode
      publish: Boolean
      sourceName: String
      sourceUrl: String
    ): NewsImportResult!
    acceptRelatedLink(documentId: ID!, target: ID, locale: I18NLocaleCode): NewsImportLink!
    rejectRelatedLink(documentId: ID!, locale: I18NLocaleCode): NewsImportLink!
  }
`;

// GraphQL sends `null` for arguments left out; the REST validation expects them absent.
const withoutNulls = (args: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(args).filter(([, value]) => value !== null && value !== undefined));

export const registerGraphql = (strapi: Core.Strapi) => {
  if (!strapi.plugin('graphql')) return;
  strapi
    .plugin('graphql')
    .service('extension')
    .use(() => ({
      typeDefs,
      resolvers: {
        Query: {
          newsImportPreview: async (_parent: unknown, args: Record<string, unknown>, context: any) => {
            await getService(strapi, 'rateLimit').count(context.koaContext, 'preview');
            return getService(strapi, 'importer').preview(validatePreview(withoutNulls(args), maxTextLength(strapi)), {
              drafts: mayReadDrafts(context.koaContext),
            });
          },
        },
        Mutation: {
          importArticle: async (_parent: unknown, args: Record<string, unknown>, context: any) => {
            await getService(strapi, 'rateLimit').count(context.koaContext, 'import');
            return getService(strapi, 'importer').import(validateImport(withoutNulls(args), maxTextLength(strapi)), {
              drafts: mayReadDrafts(context.koaContext),
            });
          },
          acceptRelatedLink: (_parent: unknown, { documentId, ...args }: Record<string, unknown>) =>
            getService(strapi, 'review').accept(validateAccept(documentId, withoutNulls(args))),
          rejectRelatedLink: (_parent: unknown, { documentId, ...args }: Record<string, unknown>) =>
            getService(strapi, 'review').reject(validateReject(documentId, withoutNulls(args))),
        },
      },
      resolversConfig: {
        'Query.newsImportPreview': { auth: { scope: [CONTENT_API_ACTIONS.preview] } },
        'Mutation.importArticle': { auth: { scope: [CONTENT_API_ACTIONS.import] } },
        'Mutation.acceptRelatedLink': { auth: { scope: [CONTENT_API_ACTIONS.accept] } },
        'Mutation.rejectRelatedLink': { auth: { scope: [CONTENT_API_ACTIONS.reject] } },
      },
    }));
};

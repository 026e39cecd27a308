import type { Core } from '@strapi/strapi';

import type { ModelInfo, ModelLookup } from './query-guard';

/** Reads what the query guard needs from Strapi's loaded models. */
export const modelLookup =
  (strapi: Core.Strapi): ModelLookup =>
  (uid) => {
    const model = strapi.getModel(uid as any) as any;
    if (!model) return undefined;
    return {
      draftAndPublish: model.options?.draftAndPublish === true,
      attributes: model.attributes ?? {},
    } satisfies ModelInfo;
  };

/** A related link is part of its article's list: it is public exactly while that article is. */
export const FOLLOWS_PUBLICATION = { 'api::related-link.related-link': 'article' };

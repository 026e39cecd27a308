/**
 * Accept or reject a related link, for the content API (`/api/news-import/links/...`) and the admin
 * panel (`/news-import/links/...`): the routes differ only in who may call them.
 */
import type { Core } from '@strapi/strapi';

import { getService } from '../utils';
import { validateAccept, validateReject } from '../validation/review';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async accept(ctx: any) {
    const input = validateAccept(ctx.params.documentId, ctx.request.body, ctx.query.locale);
    ctx.body = { data: await getService(strapi, 'review').accept(input) };
  },

  async reject(ctx: any) {
    const input = validateReject(ctx.params.documentId, ctx.request.body, ctx.query.locale);
    ctx.body = { data: await getService(strapi, 'review').reject(input) };
  },
});

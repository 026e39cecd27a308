/**
 * One controller for the content API (`/api/news-import/...`) and the admin panel
 * (`/news-import/...`): the routes differ only in who may call them.
 */
import type { Core } from '@strapi/strapi';

import { mayReadDrafts } from '../access';
import { getService, maxTextLength } from '../utils';
import { validateImport, validatePreview, validateRelink } from '../validation/import';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async preview(ctx: any) {
    await getService(strapi, 'rateLimit').count(ctx, 'preview');
    const input = validatePreview(ctx.request.body, maxTextLength(strapi));
    ctx.body = { data: await getService(strapi, 'importer').preview(input, { drafts: mayReadDrafts(ctx) }) };
  },

  async import(ctx: any) {
    await getService(strapi, 'rateLimit').count(ctx, 'import');
    const input = validateImport(ctx.request.body, maxTextLength(strapi));
    const result = await getService(strapi, 'importer').import(input, { drafts: mayReadDrafts(ctx) });
    // 201 only when an article was created; a duplicate or a correction answers an existing one.
    ctx.status = result.duplicate || result.updated ? 200 : 201;
    ctx.body = { data: result };
  },

  async relink(ctx: any) {
    const input = validateRelink(ctx.request.body);
    ctx.body = { data: await getService(strapi, 'relinker').relink(input) };
  },
});

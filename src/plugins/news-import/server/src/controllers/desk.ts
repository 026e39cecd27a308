/** The admin pages' reads: review queue, title type-ahead, an article's side panel. */
import type { Core } from '@strapi/strapi';

import { getService } from '../utils';
import { validatePanel, validateQueue, validateTitles } from '../validation/desk';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async queue(ctx: any) {
    ctx.body = { data: await getService(strapi, 'desk').queue(validateQueue(ctx.query)) };
  },

  async titles(ctx: any) {
    ctx.body = { data: await getService(strapi, 'desk').titles(validateTitles(ctx.query)) };
  },

  async panel(ctx: any) {
    ctx.body = { data: await getService(strapi, 'desk').panel(validatePanel(ctx.params.documentId, ctx.query)) };
  },
});
